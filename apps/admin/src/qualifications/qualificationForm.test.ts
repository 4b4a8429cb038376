import { describe, expect, it } from 'vitest';
import { emptyDraft, readDraft } from './qualificationForm.ts';

describe('readDraft', () => {
  it('turns text into a qualification', () => {
    const { value, errors } = readDraft({
      ...emptyDraft,
      qn: '601/4590/1',
      title: ' A level Chemistry ',
      type: 'A level',
      subject: 'Chemistry',
      glh: '360',
      sizeALevels: '1',
      gradeScale: 'a_level',
    });
    expect(errors).toEqual({});
    expect(value).toMatchObject({
      qn: '601/4590/1',
      type: 'a_level',
      subject: 'chemistry',
      level: 3,
      glh: 360,
      sizeALevels: 1,
    });
  });
  it('names each field that is wrong', () => {
    const { errors } = readDraft({ ...emptyDraft, qn: '6014590', glh: '-1', level: '9' });
    expect(Object.keys(errors).sort()).toEqual([
      'glh',
      'gradeScale',
      'level',
      'qn',
      'title',
      'type',
    ]);
  });
});
