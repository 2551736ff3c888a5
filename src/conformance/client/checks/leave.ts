// Leaving: a signed `member_left` broadcast to every other member, its content written by a real JSON encoder,
// which for identifiers of the NewAgentId alphabet is byte for byte the reference's compact template (SYS-ENC-001).
import { memberLeftContent, serializeSystemContent } from '../../../core/system-content.js';
import { CheckFailed, CheckSkipped } from '../../model.js';
import type { Arrival, ClientSection, Evidence, LeaveRecord, Recorder } from '../model.js';
import { isMemberLeft, messageOf } from '../wire.js';

function leaving(evidence: Evidence, recorder: Recorder): { record: LeaveRecord; found: Arrival[] } {
  const record = evidence.leave;
  if (!record)
    throw new CheckSkipped(evidence.problems.leave ?? evidence.problems.join ?? 'the leave step was not made');
  const found = evidence.arrivals.filter((a) => a.at >= record.step.startedAt && isMemberLeft(a));
  for (const arrival of found.slice(0, 6)) recorder.exchange(arrival);
  if (found.length === 0) {
    const { outcome } = record.step;
    const said = outcome.manual ? 'printed, not driven' : `the driver exited ${outcome.exitCode}`;
    throw new CheckFailed('correctness', `no member_left arrived after the leave step (${said})`);
  }
  return { record, found };
}

function judgeContent(evidence: Evidence, recorder: Recorder): void {
  const { found } = leaving(evidence, recorder);
  const impl = evidence.impl;
  if (!impl) throw new CheckSkipped('the implementation never joined');
  const want = serializeSystemContent(memberLeftContent(impl.agentId));
  for (const arrival of found) {
    const { content } = messageOf(arrival);
    if (content !== want) {
      throw new CheckFailed(
        'format',
        `member_left content is ${JSON.stringify(content)}; a JSON encoder writes ${JSON.stringify(want)}`,
      );
    }
  }
}

function judgeReach(evidence: Evidence, recorder: Recorder): void {
  const { record, found } = leaving(evidence, recorder);
  const ids = new Set(found.map((a) => messageOf(a).message_id));
  if (ids.size > 1)
    throw new CheckFailed('correctness', `${ids.size} different member_left messages: a broadcast is one envelope`);
  for (const agentId of record.members) {
    const count = found.filter((a) => a.target?.agentId === agentId).length;
    if (count === 0) throw new CheckFailed('correctness', `${agentId}, a member, was not told`);
    if (count > 1) throw new CheckFailed('correctness', `${agentId} was told ${count} times`);
  }
  const others = found.filter((a) => !record.members.includes(a.target?.agentId ?? ''));
  if (others.length > 0) recorder.note(`also told: ${others.map((a) => a.path).join(', ')}`);
}

export const leaveSection: ClientSection = {
  id: 'client-leave',
  title: 'Leaving',
  checks: [
    {
      id: 'client-leave.content',
      requirement: 'SYS-ENC-001',
      category: 'format',
      expected: 'writes member_left as {"action":"member_left","agent_id":"<its id>"}, a JSON encoder’s compact output',
      stages: ['leave'],
      judge: judgeContent,
    },
    {
      id: 'client-leave.reach',
      requirement: 'DLV-ONCE-001',
      category: 'correctness',
      expected: "broadcasts one member_left that reaches each of the swarm's other members once",
      stages: ['leave'],
      judge: judgeReach,
    },
  ],
};
