import { compileFramework } from '@bacc/criteria-engine';
import { nationalBaccalaureate } from '@bacc/criteria-engine/fixtures';
import { describe, expect, it } from 'vitest';
import type { LearnerRecordData } from '../types.ts';
import { loadedRecord, recordWithWhatIfs } from './record.ts';

const data = {
  learner: { id: 'l1' },
  results: [],
  projects: [
    {
      id: 'p1',
      learnerId: 'l1',
      title: 'Garden',
      kind: 'centre_devised',
      grade: null,
      hours: 40,
      qualificationId: null,
      version: 1,
      level: null,
      gradeScale: null,
      glh: null,
    },
  ],
  activities: [
    {
      id: 'a1',
      learnerId: 'l1',
      strand: 'physical_outdoor',
      hours: 30,
      startedOn: null,
      endedOn: null,
      description: 'Run',
      verifiedBy: 'Coach',
      version: 1,
    },
  ],
} as unknown as LearnerRecordData;

describe('the browser’s learner record', () => {
  it('is built as the server builds it: verified by someone means verified', () => {
    const record = loadedRecord(data);
    expect(record.activities[0]).toEqual({
      id: 'a1',
      strand: 'physical_outdoor',
      hours: 30,
      verified: true,
    });
    expect(record.projects[0]).toMatchObject({ kind: 'centre_devised', hours: 40 });
  });

  it('adds what-ifs without touching the loaded record, and the engine sees them', () => {
    const base = loadedRecord(data);
    const bacc = compileFramework(nationalBaccalaureate);
    const withHours = recordWithWhatIfs(
      base,
      [{ kind: 'activity', key: '1', strand: 'creative_cultural', hours: 60 }],
      undefined,
    );
    expect(base.activities).toHaveLength(1);
    const before = bacc
      .evaluate(base)
      .requirements.find((r) => r.component === 'personal_development');
    const after = bacc
      .evaluate(withHours)
      .requirements.find((r) => r.component === 'personal_development');
    expect(before?.value).not.toEqual(after?.value);
  });
});
