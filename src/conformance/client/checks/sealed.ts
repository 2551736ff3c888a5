// Sealed content as a client builds it ([SEAL-001]): a `send-sealed` step asks the implementation, when its /info
// lists 0.2.0, for a direct message to m1, the suite's 0.2 member, which opens it with its own key as it arrives
// (server.ts records what it got). The message must be a 0.2 envelope with an empty content and a valid `sealed`,
// open to exactly the step's text, list the sender and the recipient as readers and nobody else, and leave the
// text readable nowhere. A driver that does not know the step (exit 64) says the implementation does not seal,
// which 0.2 allows: these checks then skip, as they do for an implementation that does not speak 0.2.
import type { SealedContent } from '../../../../generated/types.js';
import { validateSealedContent } from '../../../../generated/validators/SealedContent.js';
import { decodeBase64Strict } from '../../../core/base64.js';
import { schemaProblem, type Validator } from '../../judge.js';
import { CheckFailed, CheckSkipped } from '../../model.js';
import type { Arrival, ClientSection, Evidence, Recorder, SendRecord } from '../model.js';
import { is02, isMessage, isSealed, messageOf } from '../wire.js';
import { fail, speaking02 } from './protocol-02.js';

/** The sealed step, and the messages it made arrive (sealed, or carrying its text), wherever they went. */
function sealedSend(evidence: Evidence, recorder: Recorder): { record: SendRecord; found: Arrival[] } {
  speaking02(evidence);
  const record = evidence.sends.sealed;
  if (!record) throw new CheckSkipped(evidence.problems.sealed ?? 'the send-sealed step was not made');
  const found = evidence.arrivals.filter(
    (a) => a.at >= record.step.startedAt && (isSealed(a) || (isMessage(a) && messageOf(a).content === record.text)),
  );
  for (const arrival of found.slice(0, 4)) recorder.exchange(arrival);
  if (found.length === 0) {
    const { outcome } = record.step;
    const said = outcome.manual ? 'printed, not driven' : `the driver exited ${outcome.exitCode}`;
    throw new CheckFailed('correctness', `no sealed message arrived after the send-sealed step (${said})`);
  }
  return { record, found };
}

/** The sealed message that reached its recipient (the first, when several did). */
function delivered(evidence: Evidence, recorder: Recorder): { record: SendRecord; arrival: Arrival } {
  const { record, found } = sealedSend(evidence, recorder);
  const arrival = found.find((a) => a.target?.agentId === record.recipient);
  if (!arrival) throw new CheckFailed('correctness', `nothing sealed reached ${record.recipient}`);
  return { record, arrival };
}

function judgeSealedEnvelope(evidence: Evidence, recorder: Recorder): void {
  const { record, found } = sealedSend(evidence, recorder);
  const stray = found.find((a) => a.target?.agentId !== record.recipient);
  if (stray)
    throw new CheckFailed('correctness', `it was also sent to ${stray.path}; the step named ${record.recipient}`);
  for (const arrival of found) {
    const message = messageOf(arrival);
    if (!is02(arrival)) fail(recorder, arrival, `a ${message.protocol_version} envelope: sealed content is 0.2's`);
    if (message.recipient !== record.recipient || message.type !== 'message') {
      fail(
        recorder,
        arrival,
        `recipient ${message.recipient}, type ${message.type}: the step asked for ${record.recipient}, message`,
      );
    }
    if (message.content !== '')
      fail(recorder, arrival, `content is ${JSON.stringify(message.content.slice(0, 80))}, not empty`);
    if (!isSealed(arrival)) fail(recorder, arrival, 'it carries no sealed content');
    const shape = schemaProblem(validateSealedContent as Validator, message.sealed);
    if (shape) fail(recorder, arrival, `sealed is not a SealedContent: ${shape}`);
    const readers = (message.sealed as SealedContent).keys.map((entry) => entry.agent_id);
    const twice = readers.find((id, index) => readers.indexOf(id) !== index);
    if (twice) fail(recorder, arrival, `${twice} is listed twice among the readers`);
  }
}

function judgeSealedOpens(evidence: Evidence, recorder: Recorder): void {
  const { record, arrival } = delivered(evidence, recorder);
  const opened = arrival.opened;
  if (!isSealed(arrival)) fail(recorder, arrival, 'it carries no sealed content');
  if (!opened) fail(recorder, arrival, `${record.recipient} refused it before opening it (${arrival.answer})`);
  if (opened.status === 'not-reader')
    fail(recorder, arrival, `${record.recipient}, its recipient, is not among its readers`);
  if (opened.status === 'invalid')
    fail(recorder, arrival, `${record.recipient} cannot open it with its key: ${opened.reason}`);
  if (opened.content !== record.text) {
    fail(recorder, arrival, `it opens to ${JSON.stringify(opened.content.slice(0, 80))}, not the step's text`);
  }
}

function judgeSealedReaders(evidence: Evidence, recorder: Recorder): void {
  const { record, arrival } = delivered(evidence, recorder);
  const sealed = messageOf(arrival).sealed as SealedContent | undefined;
  if (!Array.isArray(sealed?.keys)) fail(recorder, arrival, 'it lists no readers');
  const readers = sealed.keys.map((entry) => entry?.agent_id);
  const sender = messageOf(arrival).sender.agent_id;
  const other = readers.find((id) => id !== record.recipient && id !== sender);
  if (other !== undefined) {
    recorder.exchange(arrival);
    throw new CheckFailed(
      'security',
      `${String(other)} is a reader: a direct message is sealed for its recipient and its sender alone`,
    );
  }
  if (!readers.includes(sender)) {
    fail(
      recorder,
      arrival,
      'the sender is not among its readers: a sender lists itself, so that its own stores can read what it sent',
    );
  }
}

function judgeSealedCiphertext(evidence: Evidence, recorder: Recorder): void {
  const { record, found } = sealedSend(evidence, recorder);
  const plain = Buffer.from(record.text, 'utf8');
  for (const arrival of found) {
    const leak = (where: string) => {
      recorder.exchange(arrival);
      throw new CheckFailed('security', `message to ${arrival.path}: the text of the step is readable ${where}`);
    };
    if (arrival.text.includes(JSON.stringify(record.text).slice(1, -1))) leak('in the envelope as sent');
    const ciphertext = (messageOf(arrival).sealed as SealedContent | undefined)?.ciphertext;
    const bytes = typeof ciphertext === 'string' ? decodeBase64Strict(ciphertext) : null;
    if (bytes && Buffer.from(bytes).includes(plain)) leak('in the ciphertext');
  }
}

export const sealedSection: ClientSection = {
  id: 'client-sealed',
  title: 'Protocol 0.2: sealed content',
  checks: [
    {
      id: 'client-sealed.envelope',
      requirement: 'SEAL-001',
      also: ['SEAL-002', 'NEG-002'],
      category: 'correctness',
      expected:
        'sends a sealed message to its recipient alone as a 0.2 envelope of type message, content empty, sealed a SealedContent with each reader once',
      stages: ['sealed'],
      judge: judgeSealedEnvelope,
    },
    {
      id: 'client-sealed.opens',
      requirement: 'SEAL-001',
      also: ['SEAL-002'],
      category: 'correctness',
      expected:
        'seals so that the recipient opens it with its own key (X25519 of its Ed25519 key) to exactly the text sent',
      stages: ['sealed'],
      judge: judgeSealedOpens,
    },
    {
      id: 'client-sealed.readers',
      requirement: 'SEAL-001',
      category: 'security',
      expected: 'lists as readers the recipient and itself (so that its own stores can read what it sent), nobody else',
      stages: ['sealed'],
      judge: judgeSealedReaders,
    },
    {
      id: 'client-sealed.ciphertext',
      requirement: 'SEAL-001',
      category: 'security',
      expected:
        'leaves the text nowhere readable: not in content, metadata or any other key, nor as the ciphertext itself',
      stages: ['sealed'],
      judge: judgeSealedCiphertext,
    },
  ],
};
