// The package's library surface: the protocol core, the generated wire types and validators, the store, the
// client and delivery worker, the server and the peer conformance suite, for programs that embed an agent instead of running `swarm`.

export { createManagementApiClient, createPeerApiClient } from '../generated/client.js';
export { errorCatalog, errorCodes, isErrorCode } from '../generated/errors.js';
export type * from '../generated/types.js';
export * as validators from '../generated/validators.js';
export * from './client/index.js';
export type { Check as ConformanceCheck, Section as ConformanceSection } from './conformance/model.js';
export { renderJunit } from './conformance/report/junit.js';
export {
  type ProbeFetch,
  planChecks,
  type RunOptions as ConformanceRunOptions,
  runConformance,
} from './conformance/runner.js';
export * from './core/index.js';
export { createApp, createRequestHandler } from './server/app.js';
export {
  type AgentIdentity,
  createServerContext,
  type ServerContext,
  type ServerHooks,
  type ServerOptions,
} from './server/context.js';
export { type AgentServer, type AgentServerOptions, startAgentServer } from './server/run.js';
export * from './state/index.js';
export { createTransport, type Transport, type TransportOptions } from './transport/transport.js';
