export {
  type AuditEntryText,
  auditEntryHash,
  canonicalAuditText,
  GENESIS_HASH,
} from './canonical.ts';
export { type AuditChainVerdict, type VerifyOptions, verifyAuditChain } from './verify.ts';
