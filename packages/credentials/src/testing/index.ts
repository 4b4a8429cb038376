// Test helpers for other workspaces (`@bacc/credentials/testing`): check the credentials they
// issue with every verifier, the network closed.
export type { Json } from './award-input.ts';
export { independentDocumentLoader } from './independent-loader.ts';
export {
  byDigitalBazaar,
  byVerifierCore,
  type EveryVerifier,
  verifyWithEveryVerifier,
} from './independent-verifiers.ts';
export { blockNetwork, type NetworkGuard } from './network-guard.ts';
export { OB_SCHEMA_URL, obSchemaStandIn } from './ob-schema.ts';
export { type StatusServer, startStatusServer } from './status-server.ts';
