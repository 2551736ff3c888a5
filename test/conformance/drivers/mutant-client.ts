// A mutant implementation for client mode: a small client written from src/core that does each step by hand and,
// when told to, breaks one rule (rounds the timestamp to the second, sends nulls, retries a 400, sends 0.2 to a
// member that did not list it, seals for the wrong key, …), in front of our real server (in process), so that the
// suite also has a server to probe. It speaks 0.2 to a member whose /info lists it when its own server lists it.
// It is a Driver the suite calls in process: the steps are the same as a --drive command gets, without a process
// per step.
import { createHash, randomUUID } from 'node:crypto';
import { Agent, fetch } from 'undici';
import type { AgentInfo, ConformanceDriverStep, JoinAccepted, SealedContent } from '../../../generated/types.js';
import type { Driver } from '../../../src/conformance/client/driver.js';
import type { StepOutcome } from '../../../src/conformance/client/model.js';
import { UNKNOWN_STEP_EXIT } from '../../../src/conformance/client/stages.js';
import { encodeBase64 } from '../../../src/core/base64.js';
import { signingDigest } from '../../../src/core/canonical.js';
import { envelopeSigningInput } from '../../../src/core/envelope-signature.js';
import { splitInviteToken } from '../../../src/core/invite-token.js';
import { parseInviteUrl } from '../../../src/core/invite-url.js';
import { ed25519Sign, generateSeed, keyPairFromSeed } from '../../../src/core/keys.js';
import { peerUrl, protocolHeaders } from '../../../src/core/peer.js';
import { PROTOCOL_V01, PROTOCOL_V02, speaksV02 } from '../../../src/core/protocol.js';
import { type Reader, sealContent } from '../../../src/core/sealed.js';
import { memberLeftContent, serializeSystemContent } from '../../../src/core/system-content.js';
import { formatTimestamp } from '../../../src/core/timestamp.js';
import type { TestAgent } from '../../server/fixture.js';

export interface MutantFlags {
  /** Joins with an invite whose token names another swarm than its URL. */
  ignoreSwarmMismatch?: boolean;
  /** Takes everything after `?token=` as the token, further parameters glued on. */
  glueQuery?: boolean;
  /** Posts the join to `https://<invite authority>/swarm/join` instead of the token's endpoint claim. */
  joinFromAuthority?: boolean;
  /** Sends its key in the SPKI form. */
  spkiKey?: boolean;
  /** Sends no X-Agent-ID / X-Swarm-Protocol. */
  noHeaders?: boolean;
  /** Writes the timestamp rounded to the second, without milliseconds. */
  secondsTimestamp?: boolean;
  /** Writes the optional keys it does not set as null. */
  nullOptionals?: boolean;
  /** Writes message_id and swarm_id in upper case. */
  upperCaseIds?: boolean;
  /** Signs the canonical fields joined with `|`. */
  separatorSignature?: boolean;
  /** Addresses direct messages to `broadcast`. */
  wrongRecipient?: boolean;
  /** Looks a member up at `<endpoint>/swarm/info` before sending (a base path of its own). */
  extraPath?: boolean;
  /** Sends a broadcast twice to the first member. */
  broadcastTwice?: boolean;
  /** Sends a direct message to every member. */
  directToAll?: boolean;
  /** Retries a 503 after 300 ms, whatever Retry-After says. */
  earlyRetry?: boolean;
  /** Retries a 400. */
  retry400?: boolean;
  /** Writes member_left as Python's json.dumps does, with spaces. */
  spacedMemberLeft?: boolean;
  /** Does not tell the master it leaves. */
  leaveSkipsMaster?: boolean;
  /** Sends 0.2 to every member, whatever its /info lists (and whatever its own server lists). */
  blind02?: boolean;
  /** Sends 0.1.0 alone, though its server's /info lists 0.2.0; does not know the send-sealed step. */
  only01?: boolean;
  /** Signs 0.2 envelopes over the six 0.1.0 fields. */
  v01Signature02?: boolean;
  /** Wraps the content key for a key of its own making, not the recipient's. */
  sealWrongKey?: boolean;
  /** Leaves itself out of the readers of what it seals. */
  sealSkipsSelf?: boolean;
  /** Puts the text in content too, beside its sealed copy. */
  plaintextContent?: boolean;
}

type Version = '0.1' | '0.2';

interface Member {
  agentId: string;
  endpoint: string;
  publicKey: string;
}

const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export class MutantClient implements Driver {
  readonly #dispatcher: Agent;
  /** What each member's /info said, read once. */
  readonly #versions = new Map<string, Version>();

  /** `server` is the real agent whose store it keeps; `endpoint` what it advertises (a proxy in front, maybe). */
  constructor(
    readonly server: TestAgent,
    readonly endpoint: string,
    suiteCaPem: string,
    readonly flags: MutantFlags = {},
  ) {
    this.#dispatcher = new Agent({ connect: { ca: suiteCaPem } });
  }

  get agentId(): string {
    return this.server.self.agentId;
  }

  async close(): Promise<void> {
    await this.#dispatcher.close();
  }

  async run(step: ConformanceDriverStep): Promise<StepOutcome> {
    const done = (exitCode: number, output = ''): StepOutcome => ({ exitCode, timedOut: false, output, manual: false });
    try {
      switch (step.SWARM_CONFORMANCE_STEP) {
        case 'join':
          return done(await this.join(step.SWARM_CONFORMANCE_INVITE as string));
        case 'send-broadcast':
          await this.send(step.SWARM_CONFORMANCE_SWARM_ID, step.SWARM_CONFORMANCE_TEXT as string);
          return done(0);
        case 'send-direct':
          await this.send(
            step.SWARM_CONFORMANCE_SWARM_ID,
            step.SWARM_CONFORMANCE_TEXT as string,
            step.SWARM_CONFORMANCE_RECIPIENT,
          );
          return done(0);
        case 'send-sealed':
          if (this.flags.only01) return done(UNKNOWN_STEP_EXIT, 'unknown step: send-sealed');
          await this.sendSealed(
            step.SWARM_CONFORMANCE_SWARM_ID,
            step.SWARM_CONFORMANCE_TEXT as string,
            step.SWARM_CONFORMANCE_RECIPIENT as string,
          );
          return done(0);
        case 'leave':
          await this.leave(step.SWARM_CONFORMANCE_SWARM_ID);
          return done(0);
      }
    } catch (error) {
      return done(1, (error as Error).message);
    }
  }

  #headers(version: Version = '0.1'): Record<string, string> {
    if (this.flags.noHeaders) return { 'Content-Type': 'application/json' };
    return protocolHeaders(this.agentId, version === '0.2' ? PROTOCOL_V02 : PROTOCOL_V01);
  }

  async #post(url: string, body: string, version: Version = '0.1'): Promise<number> {
    for (let attempt = 1; ; attempt += 1) {
      const response = await fetch(url, {
        method: 'POST',
        headers: this.#headers(version),
        body,
        dispatcher: this.#dispatcher,
      });
      await response.arrayBuffer();
      const retryable = response.status === 503 || (response.status === 400 && this.flags.retry400);
      if (!retryable || attempt === 3) return response.status;
      const asked = Number(response.headers.get('retry-after') ?? '1') * 1000;
      await new Promise((resolve) =>
        setTimeout(resolve, this.flags.earlyRetry || response.status === 400 ? 300 : asked),
      );
    }
  }

  async join(invite: string): Promise<number> {
    const parts = parseInviteUrl(invite);
    const jwt = this.flags.glueQuery ? invite.slice(invite.indexOf('?token=') + '?token='.length) : parts.jwt;
    const claims = splitInviteToken(parts.jwt).payload as { swarm_id: string; endpoint: string };
    if (!this.flags.ignoreSwarmMismatch && claims.swarm_id !== parts.swarmId) return 4;
    const key = this.server.self.keyPair.publicKey;
    const body = JSON.stringify({
      type: 'system',
      action: 'join_request',
      invite_token: jwt,
      sender: {
        agent_id: this.agentId,
        endpoint: this.endpoint,
        public_key: encodeBase64(this.flags.spkiKey ? Buffer.concat([SPKI_PREFIX, key]) : key),
      },
    });
    const base = this.flags.joinFromAuthority ? `https://${parts.authority}/swarm` : claims.endpoint;
    const response = await fetch(peerUrl(base, 'join'), {
      method: 'POST',
      headers: this.#headers(),
      body,
      dispatcher: this.#dispatcher,
    });
    if (response.status !== 200) {
      await response.arrayBuffer();
      return 4;
    }
    const accepted = (await response.json()) as JoinAccepted;
    await this.server.store.write(({ swarms, keys }) => {
      swarms.save({
        swarmId: accepted.swarm_id,
        name: accepted.swarm_name,
        masterId: accepted.master ?? String(splitInviteToken(parts.jwt).payload.master),
        role: 'member',
        members: accepted.members.map((m) => ({ agentId: m.agent_id, endpoint: m.endpoint, publicKey: m.public_key })),
      });
      for (const m of accepted.members) {
        if (m.agent_id !== this.agentId)
          keys.put({ agentId: m.agent_id, publicKey: m.public_key, endpoint: m.endpoint });
      }
    });
    return 0;
  }

  /** The other members, as the server knows them now (joins, announcements, departures). */
  #others(swarmId: string): Member[] {
    return this.server.store.swarms.listMembers(swarmId).filter((m) => m.agentId !== this.agentId);
  }

  /** The version to write to `member`: 0.2 when both /info documents list it (or blindly, as a flag says). */
  async #version(member: Member): Promise<Version> {
    if (this.flags.blind02) return '0.2';
    if (this.flags.only01 || !this.server.ctx.options.protocol.v02) return '0.1';
    let version = this.#versions.get(member.agentId);
    if (!version) {
      const response = await fetch(peerUrl(member.endpoint, 'info'), {
        headers: this.#headers(),
        dispatcher: this.#dispatcher,
      });
      const info = (await response.json()) as AgentInfo;
      version = speaksV02(info.protocol_versions) ? '0.2' : '0.1';
      this.#versions.set(member.agentId, version);
    }
    return version;
  }

  /** One message written in `version`; every version's copy of one message shares `id` and `at`. */
  #envelope(
    version: Version,
    message: { id: string; at: Date; swarmId: string; recipient: string; type: 'message' | 'system'; content: string },
    sealed?: SealedContent,
  ): string {
    const { swarmId, recipient, type, content } = message;
    const now = new Date(message.at);
    if (this.flags.secondsTimestamp) now.setUTCMilliseconds(0);
    const fields = {
      message_id: message.id,
      timestamp: formatTimestamp(now),
      swarm_id: swarmId,
      recipient,
      type,
      content,
    };
    const upper = (id: string) => (this.flags.upperCaseIds ? id.toUpperCase() : id);
    const wire: Record<string, unknown> = {
      protocol_version: version === '0.2' ? PROTOCOL_V02 : PROTOCOL_V01,
      message_id: upper(fields.message_id),
      timestamp: this.flags.secondsTimestamp ? fields.timestamp.replace('.000Z', 'Z') : fields.timestamp,
      sender: { agent_id: this.agentId, endpoint: this.endpoint },
      recipient,
      swarm_id: upper(swarmId),
      type,
      content,
      signature: '',
      ...(this.flags.nullOptionals ? { in_reply_to: null, thread_id: null, expires_at: null } : {}),
      ...(sealed ? { sealed } : {}),
    };
    const keyPair = this.server.self.keyPair;
    if (version === '0.2' && !this.flags.separatorSignature && !this.flags.v01Signature02) {
      const input = envelopeSigningInput(wire);
      if (!input.ok) throw new Error(input.reason);
      wire.signature = encodeBase64(ed25519Sign(input.bytes, keyPair));
    } else {
      const digest = this.flags.separatorSignature
        ? createHash('sha256').update(Object.values(fields).join('|')).digest()
        : signingDigest(fields);
      wire.signature = encodeBase64(ed25519Sign(digest, keyPair));
    }
    return JSON.stringify(wire);
  }

  async send(swarmId: string, text: string, to?: string): Promise<void> {
    const others = this.#others(swarmId);
    const recipient = to === undefined || this.flags.wrongRecipient ? 'broadcast' : to;
    const message = { id: randomUUID(), at: new Date(), swarmId, recipient, type: 'message' as const, content: text };
    const targets = to === undefined || this.flags.directToAll ? others : others.filter((m) => m.agentId === to);
    for (const [index, member] of targets.entries()) {
      if (this.flags.extraPath) {
        await fetch(`${member.endpoint}/swarm/info`, { headers: this.#headers(), dispatcher: this.#dispatcher }).then(
          (r) => r.arrayBuffer(),
        );
      }
      const version = await this.#version(member);
      const body = this.#envelope(version, message);
      await this.#post(peerUrl(member.endpoint, 'message'), body, version);
      if (index === 0 && to === undefined && this.flags.broadcastTwice)
        await this.#post(peerUrl(member.endpoint, 'message'), body, version);
    }
  }

  /** A direct message sealed for `to` and (unless a flag says otherwise) for itself; `to` must speak 0.2. */
  async sendSealed(swarmId: string, text: string, to: string): Promise<void> {
    const member = this.#others(swarmId).find((m) => m.agentId === to);
    if (!member) throw new Error(`${to} is not a member`);
    const version = await this.#version(member);
    if (version !== '0.2') throw new Error(`SEALING_UNSUPPORTED: ${to} does not speak 0.2`);
    const id = randomUUID();
    const self = this.server.self;
    const readers: Reader[] = [
      {
        agentId: to,
        publicKey: this.flags.sealWrongKey ? keyPairFromSeed(generateSeed()).publicKey : member.publicKey,
      },
      ...(this.flags.sealSkipsSelf ? [] : [{ agentId: self.agentId, publicKey: self.publicKey }]),
    ];
    const sealed = sealContent({ content: text, messageId: id, swarmId, senderId: self.agentId, readers });
    const content = this.flags.plaintextContent ? text : '';
    const body = this.#envelope(
      version,
      { id, at: new Date(), swarmId, recipient: to, type: 'message', content },
      sealed,
    );
    await this.#post(peerUrl(member.endpoint, 'message'), body, version);
  }

  async leave(swarmId: string): Promise<void> {
    const swarm = this.server.store.swarms.get(swarmId);
    const content = this.flags.spacedMemberLeft
      ? `{"action": "member_left", "agent_id": "${this.agentId}"}`
      : serializeSystemContent(memberLeftContent(this.agentId));
    const message = {
      id: randomUUID(),
      at: new Date(),
      swarmId,
      recipient: 'broadcast',
      type: 'system' as const,
      content,
    };
    for (const member of this.#others(swarmId)) {
      if (this.flags.leaveSkipsMaster && member.agentId === swarm?.masterId) continue;
      const version = await this.#version(member);
      await this.#post(peerUrl(member.endpoint, 'message'), this.#envelope(version, message), version);
    }
    await this.server.store.write(({ swarms }) => swarms.delete(swarmId));
  }
}
