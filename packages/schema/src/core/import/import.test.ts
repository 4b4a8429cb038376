import { describe, expect, it } from 'vitest';
import { parseSpreadsheetDate } from './dates.ts';
import { guessMapping, mappingProblems } from './headers.ts';
import { checkActivityRow, checkLearnerRow, checkResultRow } from './rows.ts';
import { parseStrand } from './strands.ts';

describe('spreadsheet dates', () => {
  it.each([
    ['2008-09-01', '2008-09-01'],
    ['01/09/2008', '2008-09-01'],
    ['1/9/2008', '2008-09-01'],
    ['1-Sep-08', '2008-09-01'],
    ['01 September 2008', '2008-09-01'],
    ['39692', '2008-09-01'],
    ['31/12/99', '1999-12-31'],
  ])('%s is %s', (text, iso) => expect(parseSpreadsheetDate(text)).toBe(iso));

  it.each(['31/02/2008', '2008-13-01', 'next Tuesday', '12', '09/2008'])('%s is not a date', (t) =>
    expect(parseSpreadsheetDate(t)).toBeNull(),
  );
});

describe('header mapping', () => {
  it('guesses SIMS-style headers', () => {
    expect(
      guessMapping('learners', [
        'UPN',
        'Legal Surname',
        'Legal Forename',
        'Preferred Forename',
        'DOB',
        'Leaving Year',
      ]),
    ).toEqual({
      upn: 'UPN',
      legalFamilyName: 'Legal Surname',
      legalGivenName: 'Legal Forename',
      preferredName: 'Preferred Forename',
      dateOfBirth: 'DOB',
      leavingYear: 'Leaving Year',
    });
    expect(
      guessMapping('results', ['ULN', 'Surname', 'QAN', 'Qualification Title', 'Grade']),
    ).toEqual({
      uln: 'ULN',
      qn: 'QAN',
      qualificationTitle: 'Qualification Title',
      grade: 'Grade',
    });
  });

  it('says what is missing', () => {
    expect(mappingProblems('results', { grade: 'Grade' })).toEqual([
      'Choose the column that identifies the learner: ULN, UPN or Bacc learner id',
      'Choose the column with the qualification number (QN) or title',
    ]);
  });
});

describe('rows', () => {
  it('reads a learner row with an Excel date', () => {
    const row = checkLearnerRow({
      uln: '1000000043',
      legalGivenName: ' Zoë ',
      legalFamilyName: "O'Neill",
      dateOfBirth: '1-Mar-08',
      leavingYear: '2026',
    });
    expect(row).toEqual({
      ok: true,
      value: expect.objectContaining({
        legalGivenName: 'Zoë',
        dateOfBirth: '2008-03-01',
        leavingYear: 2026,
      }),
    });
  });

  it('names every bad cell once', () => {
    const row = checkLearnerRow({
      uln: '1000000042',
      legalGivenName: '',
      legalFamilyName: 'X',
      dateOfBirth: '31/02/2008',
      leavingYear: '2026',
    });
    expect(row.ok).toBe(false);
    if (row.ok) return;
    expect(row.errors.map((e) => e.field).sort()).toEqual(['dateOfBirth', 'legalGivenName', 'uln']);
  });

  it('reads results and activities', () => {
    expect(
      checkResultRow({ uln: '1000000043', qn: '601/4772/1', grade: 'A*', status: 'Provisional' }),
    ).toMatchObject({
      ok: true,
      value: { qn: '601/4772/1', status: 'provisional', awardedOn: null },
    });
    expect(
      checkActivityRow({
        upn: '',
        uln: '1000000043',
        strand: 'Leadership & Service',
        hours: '12.5 hrs',
        description: 'Sports leader',
      }),
    ).toMatchObject({ ok: true, value: { strand: 'leadership_service', hours: 12.5 } });
    expect(
      checkActivityRow({ uln: '1000000043', strand: 'Knitting', hours: 'lots', description: '' }),
    ).toMatchObject({
      ok: false,
    });
  });

  it('reads strand names as centres write them', () => {
    expect(parseStrand('Creative and Cultural')).toBe('creative_cultural');
    expect(parseStrand('physical_outdoor')).toBe('physical_outdoor');
    expect(parseStrand('Leadership & Creative')).toBeNull();
  });
});
