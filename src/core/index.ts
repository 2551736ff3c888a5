// The protocol core: pure functions for keys, canonical form, signatures, envelopes, invite tokens and URLs,
// system-message contents and join requests. No I/O here (agent.key lives in src/keystore/).
export * from './base64.js';
export * from './canonical.js';
export * from './envelope.js';
export * from './errors.js';
export * from './invite-token.js';
export * from './invite-url.js';
export * from './join-request.js';
export * from './json-ascii.js';
export * from './json-depth.js';
export * from './keys.js';
export * from './peer.js';
export * from './signature.js';
export * from './system-content.js';
export * from './timestamp.js';
