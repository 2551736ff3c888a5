// The suite's own swarm in client mode: a master and members with keys (more made on demand), the invites it
// offers the implementation under test, and the master's side of a join. The suite's server (server.ts) routes
// requests here; the stages and probes change who is master and who is a member as the run goes.
import { randomUUID } from 'node:crypto';
import { errorCatalog } from '../../../generated/errors.js';
import type { AgentInfo, ErrorCode, JoinAccepted, Message, SystemContent } from '../../../generated/types.js';
import { validateJoinAccepted } from '../../../generated/validators/JoinAccepted.js';
import { validateJoinRequest } from '../../../generated/validators/JoinRequest.js';
import { ProtocolError } from '../../core/errors.js';
import { createInviteToken, verifyInviteToken } from '../../core/invite-token.js';
import { endpointAuthority } from '../../core/invite-url.js';
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

function errorReply(code: ErrorCode, message: string, details: Record<string, unknown> | null = null): Reply {
  return { status: errorCatalog[code].status ?? 500, body: { error: { code, message, details } } };
}

export class SuiteSwarm implements SwarmView {
  readonly swarmId = randomUUID();
  dissolved = false;
  /** The implementation once a join admitted it, and whether it is a member now. */
  impl: Implementation | undefined;
  implMember = false;
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

  /** What GET <endpoint>/info of one of the suite's agents answers, lies included. */
  info(agentId: string): AgentInfo | undefined {
    const identity = this.byId(agentId);
    if (!identity) return undefined;
    const info = agentInfoOf(identity);
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

  message(from: Identity, what: string, draft: Partial<Message> = {}): Message {
    return signedMessage(from, this.swarmId, {
      recipient: this.impl?.agentId ?? 'broadcast',
      content: `${CONTENT_PREFIX} ${what}`,
      ...draft,
    });
  }

  system(from: Identity, recipient: string, content: object): Message {
    return signedMessage(from, this.swarmId, {
      recipient,
      type: 'system',
      content: serializeSystemContent(content as SystemContent),
    });
  }
}
