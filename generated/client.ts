/* eslint-disable */
// Generated from spec/openapi.yaml by `npm run codegen`. Do not edit: change spec/ and regenerate.

import createClient, { type Client, type ClientOptions } from 'openapi-fetch';
import type { paths } from './openapi.js';

export type { components, operations, paths } from './openapi.js';

type PeerPath = '/health' | '/info' | '/message' | '/join';
type ManagementPath = Exclude<keyof paths, PeerPath>;

export type PeerPaths = Pick<paths, PeerPath>;
export type ManagementPaths = Pick<paths, ManagementPath>;
export type PeerApiClient = Client<PeerPaths>;
export type ManagementApiClient = Client<ManagementPaths>;

/** A client for one peer; baseUrl is the peer's endpoint with trailing '/' removed. */
export function createPeerApiClient(options: ClientOptions & { baseUrl: string }): PeerApiClient {
  return createClient<PeerPaths>(options);
}

/** A client for an agent's own management API; baseUrl is the agent's origin. */
export function createManagementApiClient(options: ClientOptions & { baseUrl: string }): ManagementApiClient {
  return createClient<ManagementPaths>(options);
}
