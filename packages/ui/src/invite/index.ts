export { ConformanceReport, type ConformanceView } from '../accreditation/ConformanceReport.tsx';
export { AcceptInvitePage } from './AcceptInvitePage.tsx';
export { InviteGate } from './InviteGate.tsx';
export { InviteLinkPanel } from './InviteLinkPanel.tsx';
export { inviteLinkFor, inviteTokenFrom, isAcceptInvitePath } from './inviteToken.ts';
export { roleLabels, type UserAccessRow, UserAccessTable } from './UserAccessTable.tsx';
