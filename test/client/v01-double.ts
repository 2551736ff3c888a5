// A peer that speaks protocol 0.1.0 alone, as WIRE.md describes the reference: its /info lists no
// `protocol_versions`, and its /message verifies the 0.1.0 signature (SHA-256 of the six fields, Ed25519) with
// node:crypto, independently of our core, and records every request's exact bytes and headers.
import { createHash, createPublicKey, verify } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { encodePublicKey, generateSeed, type KeyPair, keyPairFromSeed } from '../../src/core/keys.js';
import { type RunningServer, sendJson, startHttpsServer } from '../helpers/https.js';
import { testPki } from '../helpers/tls.js';
import type { Peer } from '../server/fixture.js';

export interface RecordedMessage {
  headers: IncomingMessage['headers'];
  /** The body's bytes exactly as received. */
  raw: string;
  /** What the double answered. */
  status: number;
}

export interface V01Double {
  self: Peer;
  server: RunningServer;
  received: RecordedMessage[];
  /** Public keys (wire form) of the senders it accepts, by agent id. */
  members: Map<string, string>;
  close(): Promise<void>;
}

const SPKI_ED25519 = Buffer.from('302a300506032b6570032100', 'hex');

function verifiesUnder010(message: Record<string, unknown>, publicKey: string): boolean {
  const fields = ['message_id', 'timestamp', 'swarm_id', 'recipient', 'type', 'content'] as const;
  if (fields.some((field) => typeof message[field] !== 'string') || typeof message.signature !== 'string') return false;
  const canonical = fields.map((field) => message[field] as string).join('');
  const digest = createHash('sha256').update(canonical, 'utf8').digest();
  const key = createPublicKey({
    key: Buffer.concat([SPKI_ED25519, Buffer.from(publicKey, 'base64')]),
    format: 'der',
    type: 'spki',
  });
  return verify(null, digest, key, Buffer.from(message.signature, 'base64'));
}

export async function startV01Double(agentId: string, keyPair: KeyPair = keyPairFromSeed(generateSeed())) {
  const received: RecordedMessage[] = [];
  const members = new Map<string, string>();
  let origin = '';
  const server = await startHttpsServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    if (req.method === 'GET' && req.url === '/swarm/info') {
      return sendJson(res, 200, {
        agent_id: agentId,
        endpoint: `${origin}/swarm`,
        public_key: encodePublicKey(keyPair.publicKey),
        protocol_version: '0.1.0',
        capabilities: ['message', 'system', 'notification'],
        metadata: null,
      });
    }
    if (req.method === 'POST' && req.url === '/swarm/message') {
      let status = 200;
      let message: Record<string, unknown> = {};
      try {
        message = JSON.parse(raw) as Record<string, unknown>;
        const sender = (message.sender as { agent_id?: string } | undefined)?.agent_id ?? '';
        const key = members.get(sender);
        if (!key || !verifiesUnder010(message, key)) status = 401;
      } catch {
        status = 400;
      }
      received.push({ headers: req.headers, raw, status });
      return status === 200
        ? sendJson(res, 200, { status: 'queued', message_id: message.message_id })
        : sendJson(res, status, {
            error: { code: status === 401 ? 'INVALID_SIGNATURE' : 'INVALID_JSON', message: 'refused' },
          });
    }
    sendJson(res, 404, { error: { code: 'NOT_FOUND', message: 'no such route' } });
  }, testPki());
  origin = server.url;
  const self: Peer = {
    agentId,
    endpoint: `${server.url}/swarm`,
    keyPair,
    publicKey: encodePublicKey(keyPair.publicKey),
  };
  return { self, server, received, members, close: () => server.close() } satisfies V01Double;
}
