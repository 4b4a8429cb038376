import { describe, expect, it } from 'vitest';
import { emailSchema, personNameSchema } from './text.ts';

describe('personNameSchema', () => {
  it.each([
    "O'Brien",
    'Smith-Jones',
    'Zoë',
    'Nguyễn',
    'Siobhán',
    'Ōtani',
    'محمد',
    '李',
    'Jean Luc',
    'D’Arcy',
    'St. John',
  ])('accepts %s', (name) => {
    expect(personNameSchema.safeParse(name).success).toBe(true);
  });

  it.each(['', '   ', 'Bob1', '<script>', "''", 'A--B', 'x'.repeat(101)])('rejects %j', (name) => {
    expect(personNameSchema.safeParse(name).success).toBe(false);
  });

  it('tidies spacing and Unicode form', () => {
    expect(personNameSchema.parse('  Mary   Ann ')).toBe('Mary Ann');
    expect(personNameSchema.parse('Zoe\u0308')).toBe('Zoë');
  });
});

describe('emailSchema', () => {
  it('lower-cases and trims', () => {
    expect(emailSchema.parse('  Ada@Example.ORG ')).toBe('ada@example.org');
  });
  it('explains a bad address', () => {
    expect(emailSchema.safeParse('nope').error?.issues[0]?.message).toMatch(/email address/);
  });
});
