import { resultDescriptionId } from '../vocabulary.ts';

export interface CredentialSummary {
  learnerName: string;
  achievement: string;
  tier?: string;
  pathway?: string | null;
  grade?: string | null;
  centreName?: string;
  issuerName?: string;
  issuedOn: string;
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {};
const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** What the credential says, in the terms a person reads on a certificate. */
export function summarise(credential: Obj): CredentialSummary | null {
  const subject = obj(credential.credentialSubject);
  const achievement = obj(subject.achievement);
  const named = (Array.isArray(subject.identifier) ? subject.identifier.map(obj) : []).find(
    (i) => i.identityType === 'name' && i.hashed === false,
  );
  const learnerName = text(subject.name) ?? text(named?.identityHash);
  const achievementName = text(achievement.name);
  const validFrom = text(credential.validFrom);
  if (!learnerName || !achievementName || !validFrom) return null;
  const results = Array.isArray(subject.result) ? subject.result.map(obj) : [];
  const achievementId = text(achievement.id) ?? '';
  const resultFor = (key: string) =>
    text(
      results.find((r) => r.resultDescription === resultDescriptionId(achievementId, key))?.value,
    ) ?? null;
  const tier = resultFor('tier');
  return {
    learnerName,
    achievement: achievementName,
    ...(tier === null ? {} : { tier }),
    pathway: resultFor('pathway'),
    grade: resultFor('grade'),
    ...(text(obj(subject.source).name) ? { centreName: text(obj(subject.source).name) } : {}),
    ...(text(obj(credential.issuer).name) ? { issuerName: text(obj(credential.issuer).name) } : {}),
    issuedOn: validFrom.slice(0, 10),
  };
}
