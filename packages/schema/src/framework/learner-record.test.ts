import { describe, expect, it } from 'vitest';
import { learnerRecordSchema } from './learner-record.ts';

const result = (id: string) => ({
  id,
  qualification: {
    id: 'q1',
    qn: '603/2476/0',
    title: 'GCSE Mathematics',
    type: 'gcse',
    subject: 'maths',
    level: 2,
    category: 'general',
    gradeScale: 'gcse_9_1',
  },
  grade: '5',
  status: 'confirmed',
});

describe('learnerRecordSchema', () => {
  it('accepts a learner record', () => {
    const record = {
      learnerId: 'L1',
      results: [result('r1')],
      projects: [
        {
          id: 'p1',
          title: 'EPQ',
          kind: 'epq',
          level: 3,
          grade: 'A',
          gradeScale: 'epq',
          hours: 120,
        },
      ],
      activities: [
        {
          id: 'a1',
          strand: 'physical_outdoor',
          hours: 12,
          startedOn: '2025-09-01',
          verified: true,
        },
      ],
    };
    expect(learnerRecordSchema.parse(record)).toEqual(record);
  });

  it('refuses repeated ids, unknown project kinds and bad dates', () => {
    const bad = learnerRecordSchema.safeParse({
      learnerId: 'L1',
      results: [result('r1'), result('r1')],
      projects: [{ id: 'p1', title: 'X', kind: 'thesis' }],
      activities: [{ id: 'a1', strand: 's', hours: 1, startedOn: '1/9/2025', verified: true }],
    });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path.join('.'))).toEqual([
      'results',
      'projects.0.kind',
      'activities.0.startedOn',
    ]);
  });
});
