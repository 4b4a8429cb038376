/// <reference path="./types/libraries.d.ts" />
export {
  type AwardCredentialInput,
  awardCredential,
  signAwardCredential,
} from './award-credential.ts';
export { offlineDocumentLoader } from './document-loader.ts';
export {
  didWebDocument,
  didWebFor,
  type Ed25519Jwk,
  generateIssuerKey,
  type IssuerKey,
  issuerDid,
  jwks,
  verificationMethodId,
} from './keys.ts';
export {
  createStatusListCredential,
  pickStatusListIndex,
  STATUS_LIST_LENGTH,
} from './status-list.ts';
export {
  type CredentialReport,
  type CredentialSummary,
  checkStructure,
  type StructureCheck,
  type VerifyOptions,
  verifyAwardCredential,
} from './verify.ts';
