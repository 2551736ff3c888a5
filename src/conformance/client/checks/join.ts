// Joining (WIRE.md §5.1, §4.1): the request goes to the token's endpoint claim, carries the token exactly as the
// URL's `token` parameter holds it and a raw 32-byte key, with the protocol headers; and an invite whose token
// names another swarm than its URL is refused before anything is sent.
import { validateJoinRequest } from '../../../../generated/validators/JoinRequest.js';
import { splitInviteToken } from '../../../core/invite-token.js';
import { decodePublicKey } from '../../../core/keys.js';
import { schemaProblem, type Validator } from '../../judge.js';
import { CheckFailed, CheckSkipped } from '../../model.js';
import type { ClientSection, Evidence, JoinAttempt, Recorder } from '../model.js';
import { header, headerProblem } from '../wire.js';

function attempt(evidence: Evidence, kind: JoinAttempt['kind']): JoinAttempt {
  const found = evidence.joins.find((join) => join.kind === kind);
  if (!found) throw new CheckSkipped(evidence.problems.join ?? `no ${kind} join was made`);
  return found;
}

/** Every join request that arrived, from every attempt but the one that had to be refused. */
function joinArrivals(evidence: Evidence) {
  const arrivals = evidence.joins.filter((join) => join.kind !== 'mismatch').flatMap((join) => join.arrivals);
  if (arrivals.length === 0) throw new CheckFailed('correctness', 'no join request arrived');
  return arrivals;
}

/** The path a join must be sent to: the endpoint claim's, stripped of trailing `/`, plus `/join`. */
function claimedJoinPath(join: JoinAttempt): { path: string; endpoint: string } {
  const endpoint = String(splitInviteToken(join.jwt).payload.endpoint);
  return { path: `${new URL(endpoint).pathname.replace(/\/+$/, '')}/join`, endpoint };
}

function stepSaid(join: JoinAttempt): string {
  const { outcome } = join.step;
  if (outcome.manual) return 'the step was printed, not driven';
  if (outcome.timedOut) return 'the driver ran out of time';
  return `the driver exited ${outcome.exitCode}${outcome.output ? `: ${outcome.output.slice(-200)}` : ''}`;
}

function judgeMismatch(evidence: Evidence, recorder: Recorder): void {
  const join = attempt(evidence, 'mismatch');
  recorder.note(`invite: ${join.invite}`);
  recorder.note(stepSaid(join));
  for (const arrival of join.arrivals.slice(0, 4)) recorder.exchange(arrival);
  if (join.arrivals.length > 0) {
    throw new CheckFailed(
      'security',
      'sent a join request for an invite whose token names another swarm than its URL; it must be refused before anything is sent',
    );
  }
}

function judgeUrl(evidence: Evidence, recorder: Recorder): void {
  const tricky = attempt(evidence, 'tricky');
  recorder.note(`invite: ${tricky.invite}`);
  for (const join of evidence.joins.filter((j) => j.kind !== 'mismatch')) {
    const { path, endpoint } = claimedJoinPath(join);
    for (const arrival of join.arrivals) {
      recorder.exchange(arrival);
      if (arrival.path !== path) {
        throw new CheckFailed(
          'correctness',
          `the join went to ${arrival.path} (Host: ${header(arrival, 'host')}); the token's endpoint claim ${endpoint} gives ${path}: a peer's URLs are its endpoint with trailing / removed and /join appended, and the invite URL's authority is not used`,
        );
      }
    }
  }
  if (tricky.arrivals.length === 0) {
    const plain = evidence.joins.find((join) => join.kind === 'plain');
    if (!plain || plain.arrivals.length === 0) {
      throw new CheckFailed('correctness', `no join request arrived at the token's endpoint (${stepSaid(tricky)})`);
    }
    recorder.note(
      'the first invite (with a further query parameter) sent nothing; a plain one was joined at the right URL',
    );
  }
}

function judgeToken(evidence: Evidence, recorder: Recorder): void {
  const tricky = attempt(evidence, 'tricky');
  recorder.note(`invite: ${tricky.invite}`);
  const [first] = tricky.arrivals;
  if (!first) {
    throw new CheckFailed(
      'correctness',
      `an invite URL with a query parameter after the token was not joined (${stepSaid(tricky)}); parsers take the token parameter alone and ignore the rest`,
    );
  }
  recorder.exchange(first);
  const token = (first.json as { invite_token?: unknown } | undefined)?.invite_token;
  if (token !== tricky.jwt) {
    throw new CheckFailed(
      'correctness',
      `invite_token is ${JSON.stringify(String(token).slice(-60))}… not the token parameter's value exactly (the text after "?token=" up to the next "&")`,
    );
  }
}

function judgeBody(evidence: Evidence, recorder: Recorder): void {
  for (const arrival of joinArrivals(evidence)) {
    recorder.exchange(arrival);
    if (arrival.json === undefined) throw new CheckFailed('format', 'the join body is not JSON');
    const key = (arrival.json as { sender?: { public_key?: unknown } }).sender?.public_key;
    if (typeof key === 'string') {
      try {
        decodePublicKey(key);
      } catch (error) {
        throw new CheckFailed(
          'format',
          `sender.public_key ${JSON.stringify(key)} is not the standard base64 of the raw 32-byte key: ${(error as Error).message}`,
        );
      }
    }
    const shape = schemaProblem(validateJoinRequest as Validator, arrival.json);
    if (shape) throw new CheckFailed('format', `the join body is not a JoinRequest: ${shape}`);
    const extra = Object.keys(arrival.json as object).filter(
      (k) => !['type', 'action', 'invite_token', 'sender'].includes(k),
    );
    if (extra.length > 0) recorder.note(`keys a master ignores: ${extra.join(', ')}`);
  }
}

function judgeHeaders(evidence: Evidence, recorder: Recorder): void {
  for (const arrival of joinArrivals(evidence)) {
    recorder.exchange(arrival);
    const agentId = (arrival.json as { sender?: { agent_id?: unknown } } | undefined)?.sender?.agent_id;
    const problem = headerProblem(arrival, String(agentId));
    if (problem) throw new CheckFailed('format', `join request: ${problem}`);
  }
}

export const joinSection: ClientSection = {
  id: 'client-join',
  title: 'Joining the suite’s swarm',
  checks: [
    {
      id: 'client-join.swarm-mismatch',
      requirement: 'TOK-SWM-001',
      category: 'security',
      expected: 'refuses an invite whose token names another swarm than its URL, before sending anything',
      stages: ['join-mismatch'],
      judge: judgeMismatch,
    },
    {
      id: 'client-join.url',
      requirement: 'ID-ENDP-003',
      category: 'correctness',
      expected: "posts the join to the token's endpoint claim plus /join, not to the invite URL's host",
      stages: ['join'],
      judge: judgeUrl,
    },
    {
      id: 'client-join.token',
      requirement: 'TOK-URL-001',
      category: 'correctness',
      expected: 'joins with an invite URL that has a further query parameter, sending the token parameter alone',
      stages: ['join'],
      judge: judgeToken,
    },
    {
      id: 'client-join.body',
      requirement: 'ID-KEY-001',
      category: 'format',
      expected:
        'sends a JoinRequest: type, action, invite_token and sender with the raw 32-byte key in standard base64',
      stages: ['join'],
      judge: judgeBody,
    },
    {
      id: 'client-join.headers',
      requirement: 'HDR-001',
      category: 'format',
      expected:
        'sends X-Agent-ID (its agent_id), X-Swarm-Protocol: 0.1.0 and Content-Type: application/json with the join',
      stages: ['join'],
      judge: judgeHeaders,
    },
  ],
};
