import { describe, expect, it } from 'vitest';
import { labelsFrom } from './labels.ts';
import { NO_AWARD, summariseAnalytics, UNDECIDED } from './summarise.ts';

const labels = labelsFrom([
  {
    tiers: [
      { id: 'advanced', name: 'Advanced' },
      { id: 'entry', name: 'Entry' },
    ],
    pathways: [{ id: 'general', name: 'General' }],
    components: [{ id: 'core', name: 'Core Learning' }],
  },
]);
const row = (centreId: string, tier: string | null, learners: number, decided = true) => ({
  centreId,
  leavingYear: 2026,
  decided,
  tier,
  tierRank: tier === 'advanced' ? 2 : tier === 'entry' ? 1 : 0,
  pathway: tier ? 'general' : null,
  awardGrade: null,
  unmetComponents: tier === 'advanced' ? [] : ['core'],
  learners,
});
const centres = [
  { id: 'a', name: 'Alpha' },
  { id: 'b', name: 'Beta' },
];

describe('summariseAnalytics', () => {
  it('says nothing is known rather than dividing by nobody', () => {
    const out = summariseAnalytics({ decisions: [], destinations: [], centres, labels }, {});
    expect(out.totals).toEqual({ learners: 0, decided: 0, awarded: 0, awardedShare: null });
    expect(out.byTier.map((t) => [t.key, t.count, t.share])).toEqual([
      [NO_AWARD, 0, null],
      [UNDECIDED, 0, null],
    ]);
    expect(out.byCentre.map((c) => c.awardedShare)).toEqual([null, null]);
  });

  it('orders tiers from the top, names them, and measures a centre against the trust', () => {
    const decisions = [
      row('a', 'advanced', 3),
      row('a', null, 1),
      row('b', 'entry', 4),
      row('b', null, 2, false),
    ];
    const out = summariseAnalytics(
      { decisions, destinations: [], centres, labels },
      { centreId: 'a' },
    );
    expect(out.tiers.map((t) => t.label)).toEqual([
      'Advanced',
      'Entry',
      'No award',
      'Not yet decided',
    ]);
    const advanced = out.byTier[0]!;
    expect(advanced).toMatchObject({ count: 3, share: 0.75, trustCount: 3, trustShare: 0.3 });
    expect(advanced.gap).toBeCloseTo(0.45);
    expect(out.trustTotals).toEqual({ learners: 10, decided: 8, awarded: 7, awardedShare: 7 / 8 });
    expect(out.centreGaps.find((c) => c.centreId === 'b')?.gap).toBeCloseTo(1 - 7 / 8);
    // Undecided learners need nothing yet; decided ones count once per component they need.
    expect(out.byComponent).toEqual([
      expect.objectContaining({ key: 'core', label: 'Core Learning', count: 1, trustCount: 5 }),
    ]);
    expect(out.byComponent[0]?.share).toBeCloseTo(1 / 4);
    expect(out.byComponent[0]?.trustShare).toBeCloseTo(5 / 8);
  });
});
