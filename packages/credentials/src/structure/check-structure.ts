import validate from './validate-ob3.gen.ts';

interface AjvError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

export interface StructureCheck {
  valid: boolean;
  problems: string[];
}

/** The project's own check of the OB 3.0 fields a Bacc award must carry (see the schema). */
export function checkStructure(credential: unknown): StructureCheck {
  if (validate(credential)) return { valid: true, problems: [] };
  const errors = ((validate as unknown as { errors?: AjvError[] }).errors ?? []).filter(
    (e) =>
      // "contains" also reports each item that did not match; the summary error says it all
      !e.schemaPath.includes('/contains/') &&
      // an anyOf is summarised in one sentence; its branches' errors are not repeated
      !e.schemaPath.includes('/anyOf/'),
  );
  const problems = [...new Set(errors.map(describe))];
  return { valid: false, problems };
}

function describe(error: AjvError): string {
  const at = where(error.instancePath);
  switch (error.keyword) {
    case 'required':
      return `${at.subject} is missing "${String(error.params.missingProperty)}".`;
    case 'anyOf':
      return error.instancePath === '/credentialSubject'
        ? `${at.field} needs an id or an identifier.`
        : `${at.field} needs a narrative or an id.`;
    case 'const':
      return `${at.field} must be ${JSON.stringify(error.params.allowedValue)}.`;
    case 'enum':
      return `${at.field} must be one of ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}.`;
    case 'contains':
      return `${at.field} does not include the expected value (${containsWhat(error)}).`;
    case 'type':
      return `${at.field} must be ${article(String(error.params.type))}.`;
    case 'pattern':
      return `${at.field} ${patternMeaning(error.schemaPath)}.`;
    case 'minItems':
      return `${at.field} is empty.`;
    default:
      return `${at.field} ${error.message ?? 'is not valid'}.`;
  }
}

function where(instancePath: string): { subject: string; field: string } {
  if (instancePath === '') return { subject: 'The credential', field: 'The credential' };
  const path = instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce(
      (acc, part) => (/^\d+$/.test(part) ? `${acc}[${part}]` : acc ? `${acc}.${part}` : part),
      '',
    );
  return { subject: `"${path}"`, field: `"${path}"` };
}

function patternMeaning(schemaPath: string): string {
  if (schemaPath.includes('dateTime')) return 'is not a date and time (like 2026-07-01T09:30:00Z)';
  if (schemaPath.includes('uri')) return 'is not a URL or URN';
  if (schemaPath.includes('$defs/text') || schemaPath.endsWith('statusPurpose/pattern'))
    return 'is empty';
  if (schemaPath.includes('statusListIndex')) return 'is not a whole number written as text';
  if (schemaPath.includes('proofValue')) return 'is not a multibase signature';
  if (schemaPath.includes('@context')) return 'does not name an Open Badges 3.0 context';
  return 'is not in the expected form';
}

const TYPE_OF_PARENT: Record<string, string> = {
  credentialSubject: 'AchievementSubject',
  achievement: 'Achievement',
  resultDescription: 'ResultDescription',
  result: 'Result',
  evidence: 'Evidence',
  issuer: 'Profile',
  source: 'Profile',
};

function containsWhat(error: AjvError): string {
  if (error.instancePath === '/@context') {
    return error.schemaPath.includes('allOf/0')
      ? 'the VC 2.0 context'
      : 'the Open Badges 3.0 context';
  }
  if (error.schemaPath.includes('allOf/0')) return 'VerifiableCredential';
  if (error.schemaPath.includes('allOf/1')) return 'OpenBadgeCredential or AchievementCredential';
  const parent = error.instancePath
    .split('/')
    .filter((p) => p !== 'type' && !/^\d+$/.test(p))
    .at(-1);
  return TYPE_OF_PARENT[parent ?? ''] ?? 'its type';
}

function article(type: string): string {
  return type === 'object' || type === 'array' ? `an ${type}` : `a ${type}`;
}
