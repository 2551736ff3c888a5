// What `swarm serve` runs: the agent server, the delivery worker on the same store and transport, and the
// wake method; stopped together, in order.
import type { Writable } from 'node:stream';
import { DeliveryWorker } from '../client/delivery-worker.js';
import { infoFetcher } from '../client/keys.js';
import { ProtocolNegotiator } from '../client/negotiation.js';
import type { LoadedAgent } from '../home/agent.js';
import { homeRelative } from '../home/paths.js';
import type { ListenOptions } from '../server/listen.js';
import { createLogger, type LogLevel } from '../server/logger.js';
import { startAgentServer } from '../server/run.js';
import { retentionPurgeOptions } from '../state/purge.js';
import { scheduleRetention } from '../state/retention.js';
import type { Store } from '../state/store.js';
import { createTransport } from '../transport/transport.js';
import { createInvoker } from '../wake/invokers.js';
import { compileWakePolicy } from '../wake/policy.js';
import { Waker } from '../wake/waker.js';

export interface ServingOptions {
  agent: LoadedAgent;
  store: Store;
  token: string;
  listen: ListenOptions;
  rateLimit: boolean;
  logLevel: LogLevel;
  stderr: Writable;
}

export async function startServing(options: ServingOptions) {
  const { agent, store } = options;
  const { config, paths } = agent;
  const logger = createLogger({ level: options.logLevel, sink: (line) => options.stderr.write(`${line}\n`) });
  const client = config.client ?? {};
  const transport = createTransport({
    caFile: client.ca_file ? homeRelative(paths.home, client.ca_file) : undefined,
    timeoutMs: client.timeout_ms,
    allowHttpLoopback: client.allow_http_loopback,
    agentId: config.agent_id,
  });
  const protocol = {
    v02: config.protocol?.v02 ?? true,
    refuseDowngrade: config.protocol?.refuse_downgrade ?? true,
    peerInfoTtlMs: (config.protocol?.peer_info_ttl_seconds ?? 3600) * 1000,
  };
  const fetchInfo = infoFetcher(transport, config.agent_id);
  // One negotiator for the server (which learns from what it receives) and the worker (which sends by it).
  const negotiator = protocol.v02
    ? new ProtocolNegotiator({ store, fetchInfo, ttlMs: protocol.peerInfoTtlMs })
    : undefined;
  const worker = new DeliveryWorker({
    store,
    agentId: config.agent_id,
    keyPair: agent.keyPair,
    negotiator,
    transport,
    concurrency: client.concurrency,
    maxAttempts: client.max_attempts,
    logger,
  });
  const invoker = createInvoker(config.wake);
  const waker = invoker
    ? new Waker({
        store,
        invoker,
        policy: compileWakePolicy(config.wake, config.agent_id),
        sessionTimeoutMs: (config.wake?.session_timeout_minutes ?? 30) * 60_000,
        onError: (error) => logger.log('warn', 'wake.failed', { error: String(error) }),
        onDecision: (decision) =>
          logger.log('debug', 'wake.decided', {
            message_id: decision.message_id,
            level: decision.level,
            rule: decision.rule.name,
            reason: decision.reason,
          }),
      })
    : undefined;
  // Keeps a long-lived store bounded (config `retention`); nothing runs when no limit is set.
  const retention = scheduleRetention(store, {
    options: retentionPurgeOptions(config.retention),
    intervalMs: (config.retention?.interval_minutes ?? 60) * 60_000,
    onPurged: (counts) => logger.log('info', 'retention.purged', { ...counts }),
    onError: (error) => logger.log('warn', 'retention.failed', { error: String(error) }),
  });
  const settings = config.server ?? {};
  const limits = settings.rate_limits ?? {};
  const server = await startAgentServer({
    store,
    identity: {
      agentId: config.agent_id,
      endpoint: config.endpoint,
      keyPair: agent.keyPair,
      publicKey: agent.publicKey,
      name: config.name,
      description: config.description,
    },
    server: {
      basePath: settings.base_path,
      bodyLimit: settings.body_limit_bytes,
      bodiesInFlight: settings.bodies_in_flight_bytes,
      replayWindowMs: settings.replay_window_seconds === undefined ? undefined : settings.replay_window_seconds * 1000,
      trustProxy: settings.trust_proxy,
      management: { token: options.token, loopbackOnly: settings.management?.loopback_only ?? true },
      protocol,
      rateLimits: {
        enabled: options.rateLimit && limits.enabled !== false,
        perSenderPerMinute: limits.per_sender_per_minute ?? 60,
        perSwarmPerMinute: limits.per_swarm_per_minute ?? 100,
        joinsPerIpPerHour: limits.joins_per_ip_per_hour ?? 10,
      },
    },
    listen: options.listen,
    logger,
    hooks: {
      outboxQueued: () => worker.notify(),
      fetchInfo,
      negotiator,
      received: waker
        ? async (event) => {
            await waker.received(event);
          }
        : undefined,
      wake: waker ? (request) => waker.wake(request as never) : undefined,
    },
    companions: [
      { stop: () => worker.stop() },
      { stop: () => waker?.idle() },
      { stop: () => retention.stop() },
      { stop: () => transport.close() },
    ],
  });
  // A failed sync stops durable writes for good (state/group-commit.ts): the process must exit, so that its
  // supervisor restarts it and SQLite recovers what the disk holds.
  const failed = new Promise<Error>((resolve) =>
    store.onWriteFailure((error) => {
      logger.log('error', 'store.failed', { error: error.message });
      resolve(error);
    }),
  );
  worker.start();
  logger.log('info', 'serving', { origin: server.running.origin, endpoint: config.endpoint });
  return {
    origin: server.running.origin,
    port: server.running.port,
    failed,
    stop: () => server.stop(),
  };
}
