import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { signAwardCredential } from '../award-credential.ts';
import { generateIssuerKey } from '../keys.ts';
import { awardInput, type Json } from '../testing/award-input.ts';
import { checkStructure } from './check-structure.ts';
import { compileStructureValidator } from './compile-schema.ts';

let signed: Json;
beforeAll(async () => {
  signed = (await signAwardCredential(awardInput(), await generateIssuerKey())) as Json;
});

const without = (path: string[]): Json => {
  const copy = structuredClone(signed);
  const parent = path.slice(0, -1).reduce((node, key) => node[key], copy);
  delete parent[path.at(-1) as string];
  return copy;
};

const REQUIRED: string[][] = [
  ['@context'],
  ['id'],
  ['type'],
  ['issuer'],
  ['validFrom'],
  ['name'],
  ['credentialSubject'],
  ['proof'],
  ['issuer', 'id'],
  ['issuer', 'type'],
  ['credentialSubject', 'type'],
  ['credentialSubject', 'achievement'],
  ['credentialSubject', 'achievement', 'id'],
  ['credentialSubject', 'achievement', 'type'],
  ['credentialSubject', 'achievement', 'name'],
  ['credentialSubject', 'achievement', 'description'],
  ['credentialSubject', 'achievement', 'criteria'],
  ['credentialStatus', 'type'],
  ['credentialStatus', 'statusPurpose'],
  ['credentialStatus', 'statusListIndex'],
  ['credentialStatus', 'statusListCredential'],
  ['proof', 'type'],
  ['proof', 'cryptosuite'],
  ['proof', 'verificationMethod'],
  ['proof', 'proofPurpose'],
  ['proof', 'proofValue'],
];

describe('the OB 3.0 structure check', () => {
  it('accepts every credential the project signs', () => {
    expect(checkStructure(signed)).toEqual({ valid: true, problems: [] });
  });

  it.each(REQUIRED.map((path) => [path.join('.'), path] as const))(
    'rejects a credential without %s',
    (_, path) => {
      const result = checkStructure(without(path));
      expect(result.valid).toBe(false);
      const parent = path.length === 1 ? 'The credential' : `"${path.slice(0, -1).join('.')}"`;
      expect(result.problems).toContain(`${parent} is missing "${path.at(-1)}".`);
    },
  );

  it('rejects criteria with neither narrative nor id', () => {
    const result = checkStructure(
      without(['credentialSubject', 'achievement', 'criteria', 'narrative']),
    );
    expect(result.problems).toContain(
      '"credentialSubject.achievement.criteria" needs a narrative or an id.',
    );
  });

  it('rejects a subject with neither an id nor an identifier', () => {
    const result = checkStructure(without(['credentialSubject', 'identifier']));
    expect(result).toEqual({
      valid: false,
      problems: ['"credentialSubject" needs an id or an identifier.'],
    });
  });

  it('explains wrong values in plain words', () => {
    const wrong = structuredClone(signed);
    wrong.type = ['VerifiableCredential'];
    wrong['@context'] = ['https://www.w3.org/ns/credentials/v2', 'https://example.com/other.json'];
    wrong.validFrom = '1 July 2026';
    wrong.credentialStatus.statusListIndex = 48213;
    wrong.credentialSubject.result[0].type = ['Outcome'];
    wrong.credentialSubject.name = '   ';
    expect(checkStructure(wrong).problems).toEqual([
      '"@context" does not include the expected value (the Open Badges 3.0 context).',
      '"type" does not include the expected value (OpenBadgeCredential or AchievementCredential).',
      '"validFrom" is not a date and time (like 2026-07-01T09:30:00Z).',
      '"credentialSubject.name" is empty.',
      '"credentialSubject.result[0].type" does not include the expected value (Result).',
      '"credentialStatus.statusListIndex" must be a string.',
    ]);
  });

  it('ships a compiled validator that matches the schema (run `npm run compile-schema` after editing it)', () => {
    const shipped = readFileSync(join(import.meta.dirname, 'validate-ob3.gen.ts'), 'utf8');
    expect(shipped).toBe(compileStructureValidator());
  });
});
