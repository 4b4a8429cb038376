// What the server host (HTTP routes, CLI, demo seed) uses of award issuance.

export { issueAwardsForSubmission } from './issue.ts';
export { activeIssuerKey, issuerKeyById, rotateIssuerKey } from './keys.ts';
export { reissueAward } from './reissue.ts';
export { revokeAward } from './revoke.ts';
export { awardVerificationCode, openSealed } from './secrets.ts';
export { resignStatusList, statusListUrl } from './status-lists.ts';
export { type AwardView, awardView, listAwards, toAwardView } from './view.ts';
export { type AwardDraft, verifyUrlFor } from './write-award.ts';
