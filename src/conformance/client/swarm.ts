// The suite's own swarm in client mode: a master and members with keys (more made on demand), the invites it
// offers the implementation under test, the master's side of a join and the members' side of a message. The
// swarm mixes versions: member m1 lists 0.2.0 in /info and speaks it, the others list nothing (0.1.0 alone, as
// the reference does), so that one run shows how the implementation negotiates ([NEG-002]). The suite's server
// (server.ts) routes requests here; the stages and probes change who is master and who is a member as the run goes.
import { randomUUID } from 'node:crypto';
import { errorCatalog } from '../../../generated/errors.js';
import type { AgentInfo, ErrorCode, JoinAccepted, Message, SystemContent } from '../../../generated/types.js';
import { validateJoinAccepted } from '../../../generated/validators/JoinAccepted.js';
import { validateJoinRequest } from '../../../generated/validators/JoinRequest.js';
import { validateMessage } from '../../../generated/validators/Message.js';
import { verifyEnvelope } from '../../core/envelope-signature.js';
import { ProtocolError } from '../../core/errors.js';
import { createInviteToken, verifyInviteToken } from '../../core/invite-token.js';
import { endpointAuthority } from '../../core/invite-url.js';
import { advertisedVersions, rulesOf } from '../../core/protocol.js';
import { type OpenResult, openSealed } from '../../core/sealed.js';
import { serializeSystemContent } from '../../core/system-content.js';
import { CONTENT_PREFIX, createIdentity, signedMessage } from '../identities.js';
import { schemaProblem, type Validator } from '../judge.js';
import { agentInfoOf } from '../listener.js';
import type { Identity } from '../model.js';
import type { Implementation, SwarmView } from './model.js';

/** The name the suite's swarm goes by. */
export const SWARM_NAME = 'swarm-conformance';
/** The query parameter an invite carries besides `token`, to check that parsers ignore it (TOK-URL-001). */
export const EXTRA_QUERY = 'via=swarm-conformance';
/**
 * The one agent of the suite that lists 0.2.0. m1 is the direct stages' recipient, so a 0.2 implementation's
 * direct message, sealed one and a broadcast's copy all meet a 0.2 peer; m2 and the master stay 0.1.0.
 */
export const V02_LABEL = 'm1';

export interface InviteOptions {
  /** The swarm the token names (default: this one; another for the mismatch step). */
  tokenSwarmId?: string;
  /** Append `&via=…` after the token. */
  extraQuery?: boolean;
}

export interface Invite {
  url: string;
  jwt: string;
}

/** A status and a JSON body for the server to send. */
export interface Reply {
  status: number;
  body: unknown;
}

/** A member's answer to a message, and what it got opening sealed content addressed to it. */
export interface Receipt {
  reply: Reply;
  opened?: OpenResult;
}

function errorReply(code: ErrorCode, message: string, details: Record<string, unknown> | null = null): Reply {
  return { status: errorCatalog[code].status ?? 500, body: { error: { code, message, details } } };
}

export class SuiteSwarm implements SwarmView {
  readonly swarmId = randomUUID();
  dissolved = false;
  /** The implementation once a join admitted it, and whether it is a member now. */
  impl: Implementation | undefined;
  implMember = false;
  /** Whether the implementation's /info lists 0.2.0: the suite's 0.2 agent then sends it 0.2. */
  implSpeaks02 = false;
  readonly #agents = new Map<string, Identity>();
  readonly #members = new Set<string>();
  readonly #lies = new Map<string, string>();
  #master = 'master';
  #serial = 0;

  constructor(
    readonly tag: string,
    readonly base: string,
    readonly now: () => number = Date.now,
  ) {
    for (const label of ['master', 'm1', 'm2']) this.#members.add(this.agent(label).agentId);
  }

  agent(label: string): Identity {
    let identity = this.#agents.get(label);
    if (!identity) {
      identity = createIdentity(this.tag, label, this.base);
      this.#agents.set(label, identity);
    }
    return identity;
  }

  master(): Identity {
    return this.agent(this.#master);
  }

  setMaster(label: string): void {
    this.#master = label;
  }

  setMember(label: string, member: boolean): void {
    const id = this.agent(label).agentId;
    if (member) this.#members.add(id);
    else this.#members.delete(id);
  }

  lieAbout(label: string, otherId: string): void {
    this.#lies.set(this.agent(label).agentId, otherId);
  }

  /** The suite's agents that are members now, master first. */
  memberIds(): string[] {
    const master = this.master().agentId;
    return [master, ...[...this.#members].filter((id) => id !== master)];
  }

  byId(agentId: string): Identity | undefined {
    return [...this.#agents.values()].find((identity) => identity.agentId === agentId);
  }

  /** Whether the agent lists 0.2.0 in its /info. */
  speaks02(agentId: string): boolean {
    return agentId === this.agent(V02_LABEL).agentId;
  }

  /** What GET <endpoint>/info of one of the suite's agents answers, lies included. */
  info(agentId: string): AgentInfo | undefined {
    const identity = this.byId(agentId);
    if (!identity) return undefined;
    const info: AgentInfo = {
      ...agentInfoOf(identity),
      ...(this.speaks02(agentId) ? { protocol_versions: advertisedVersions(true) } : {}),
    };
    const other = this.#lies.get(agentId);
    return other === undefined ? info : { ...info, agent_id: other };
  }

  /**
   * An invite signed by the current master. Its URL's authority is the master endpoint's host and port with no
   * path, while the token's `endpoint` claim carries the path: a client that derives the join URL from the URL
   * instead of the claim posts to a path the suite can tell apart.
   */
  invite(options: InviteOptions = {}): Invite {
    const master = this.master();
    this.#serial += 1;
    const claims = {
      swarm_id: options.tokenSwarmId ?? this.swarmId,
      master: master.agentId,
      endpoint: master.endpoint,
      // Distinct per invite, never in the future.
      iat: Math.floor(this.now() / 1000) - this.#serial,
    };
    const jwt = createInviteToken(claims, master.keyPair);
    const url = `swarm://${this.swarmId}@${endpointAuthority(master.endpoint)}?token=${jwt}${options.extraQuery ? `&${EXTRA_QUERY}` : ''}`;
    return { url, jwt };
  }

  /** The master's side of `POST <agent>/join`, for the agent the request was sent to. */
  admit(target: string, body: unknown): Reply {
    if (target !== this.master().agentId) return errorReply('NOT_MASTER', `${target} is not this swarm's master`);
    if (this.dissolved) return errorReply('SWARM_NOT_FOUND', `Swarm '${this.swarmId}' was dissolved`);
    const shape = schemaProblem(validateJoinRequest as Validator, body);
    if (shape) return errorReply('INVALID_FORMAT', `Invalid join request: ${shape}`);
    const request = body as {
      invite_token: string;
      sender: { agent_id: string; endpoint: string; public_key: string };
    };
    const master = this.master();
    try {
      const { claims } = verifyInviteToken(request.invite_token, {
        now: new Date(this.now()),
        publicKey: master.publicKey,
        endpoint: master.endpoint,
      });
      if (claims.swarm_id !== this.swarmId)
        return errorReply('SWARM_NOT_FOUND', `Swarm '${claims.swarm_id}' not found`);
    } catch (error) {
      if (error instanceof ProtocolError) return errorReply(error.code, error.message);
      throw error;
    }
    const { agent_id: agentId, endpoint, public_key: publicKey } = request.sender;
    if (this.byId(agentId)) return errorReply('AGENT_ID_TAKEN', `${agentId} is an agent of the suite`);
    if (this.impl && (this.impl.agentId !== agentId || this.impl.publicKey !== publicKey)) {
      return errorReply('AGENT_ID_TAKEN', `this run admits one implementation: ${this.impl.agentId} with its key`);
    }
    // A re-join keeps the endpoint first given, as a master does (WIRE.md §5.3).
    this.impl = this.impl ?? { agentId, endpoint, publicKey };
    this.implMember = true;
    const answer: JoinAccepted = {
      status: 'accepted',
      swarm_id: this.swarmId,
      swarm_name: SWARM_NAME,
      master: master.agentId,
      members: [
        ...this.memberIds().map((id) => {
          const identity = this.byId(id) as Identity;
          return { agent_id: id, endpoint: identity.endpoint, public_key: identity.publicKey };
        }),
        { agent_id: this.impl.agentId, endpoint: this.impl.endpoint, public_key: this.impl.publicKey },
      ],
    };
    // The answer is a wire object of ours: one that breaks its schema is a bug of the suite.
    const problem = schemaProblem(validateJoinAccepted as Validator, answer);
    if (problem) throw new Error(`the suite's join answer breaks JoinAccepted: ${problem}`);
    return { status: 200, body: answer };
  }

  /**
   * The members' side of `POST <agent>/message` (a primed answer aside). Whatever is shaped like a message is
   * queued, for the checks to judge afterwards, except at the 0.2 agent, which receives as a 0.2 agent must: a 0.2
   * envelope is verified whole with the implementation's key ([ESIG-002]), and sealed content is opened with its
   * own key and refused when it does not open, comes with content or in a 0.1.0 envelope ([SEAL-002]). The
   * opening is recorded whatever the answer, so that the checks judge the sealing apart from the signature.
   */
  receive(target: string, body: unknown): Receipt {
    const id = (body as { message_id?: unknown } | undefined)?.message_id;
    if (typeof id !== 'string') return { reply: errorReply('INVALID_FORMAT', 'not a message') };
    const queued: Reply = { status: 200, body: { status: 'queued', message_id: id } };
    const message = body as Message;
    const sealed = message.sealed !== undefined && message.sealed !== null;
    if (!this.speaks02(target) || (rulesOf(message.protocol_version) !== '0.2' && !sealed)) return { reply: queued };
    const shape = schemaProblem(validateMessage as Validator, body);
    if (shape) return { reply: errorReply('INVALID_FORMAT', `Invalid message: ${shape}`) };
    const sender = message.sender.agent_id;
    if (!this.impl || sender !== this.impl.agentId) {
      return { reply: errorReply('NOT_MEMBER', `${sender} is not a member of this swarm`) };
    }
    const opened = sealed
      ? openSealed({
          sealed: message.sealed,
          messageId: message.message_id,
          swarmId: message.swarm_id,
          senderId: sender,
          agentId: target,
          keyPair: this.agent(V02_LABEL).keyPair,
        })
      : undefined;
    const receipt = (reply: Reply): Receipt => (opened ? { reply, opened } : { reply });
    if (rulesOf(message.protocol_version) !== '0.2') {
      return receipt(errorReply('SEALED_CONTENT_INVALID', 'sealed content comes in a 0.2 envelope only'));
    }
    const verified = verifyEnvelope(message, this.impl.publicKey);
    if (!verified.valid) {
      return receipt(errorReply('INVALID_SIGNATURE', `the 0.2 signature does not verify: ${verified.reason}`));
    }
    if (opened?.status === 'invalid') return receipt(errorReply('SEALED_CONTENT_INVALID', opened.reason));
    if (opened && (message.content !== '' || message.type === 'system')) {
      return receipt(
        errorReply('SEALED_CONTENT_INVALID', 'sealed content goes with an empty content, never in a system message'),
      );
    }
    return receipt(queued);
  }

  /** The version `from` writes to the implementation: 0.2 when both list it ([NEG-002]). */
  #protocolFrom(from: Identity): '0.1' | '0.2' {
    return this.implSpeaks02 && this.speaks02(from.agentId) ? '0.2' : '0.1';
  }

  message(from: Identity, what: string, draft: Partial<Message> = {}): Message {
    return signedMessage(
      from,
      this.swarmId,
      { recipient: this.impl?.agentId ?? 'broadcast', content: `${CONTENT_PREFIX} ${what}`, ...draft },
      { protocol: this.#protocolFrom(from) },
    );
  }

  system(from: Identity, recipient: string, content: object): Message {
    return signedMessage(
      from,
      this.swarmId,
      { recipient, type: 'system', content: serializeSystemContent(content as SystemContent) },
      { protocol: this.#protocolFrom(from) },
    );
  }
}
