import type { CredentialReport } from '../verify.ts';

const STATUS_WORDS: Record<CredentialReport['status'], string> = {
  active: 'not revoked',
  revoked: 'REVOKED by the issuer',
  unreachable: 'status not checked (unreachable)',
  not_checked: 'status not checked',
  invalid: 'REVOCATION LIST NOT TRUSTED',
};

const DATE_WORDS: Record<CredentialReport['dates'], string> = {
  current: 'current',
  not_yet_valid: 'NOT YET VALID',
  expired: 'EXPIRED',
};

/** The report as lines a person reads in a terminal. */
export function formatReport(
  file: string,
  report: CredentialReport,
  opts: { offline: boolean },
): string[] {
  const status =
    report.status === 'not_checked' && opts.offline
      ? 'status not checked (--offline)'
      : STATUS_WORDS[report.status];
  const lines = [
    `Credential: ${file}`,
    `  Signature   ${report.signature === 'valid' ? 'valid (eddsa-rdfc-2022)' : 'INVALID'}`,
    `  Issuer      ${report.summary?.issuerName ? `${report.summary.issuerName}, ` : ''}${report.issuer || 'unknown'}`,
    `  Structure   ${report.structure.valid ? 'valid (Open Badges 3.0)' : 'INVALID'}`,
    `  Status      ${status}`,
    `  Dates       ${DATE_WORDS[report.dates]}`,
  ];
  const s = report.summary;
  if (s) {
    lines.push(
      '',
      `  Learner     ${s.learnerName}`,
      `  Award       ${s.achievement}${s.tier ? `, ${s.tier}` : ''}`,
      ...(s.pathway ? [`  Pathway     ${s.pathway}`] : []),
      ...(s.grade ? [`  Grade       ${s.grade}`] : []),
      ...(s.centreName ? [`  Centre      ${s.centreName}`] : []),
      `  Issued on   ${s.issuedOn}`,
    );
  }
  if (report.problems.length > 0) lines.push('', ...report.problems.map((p) => `  - ${p}`));
  lines.push('', report.verified ? 'VALID' : 'NOT VALID');
  return lines;
}
