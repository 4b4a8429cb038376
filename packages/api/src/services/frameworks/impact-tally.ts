import type { CompiledFramework } from '@bacc/criteria-engine';
import type { Decision } from '@bacc/schema';
import type { TrustLearner } from './trust-records.ts';

export type Direction = 'up' | 'down' | 'across';

export interface Outcome {
  tier: string | null;
  pathway: string | null;
  awardGrade: string | null;
}

export interface AffectedLearner {
  learnerId: string;
  name: string;
  centreName: string;
  direction: Direction;
  from: Outcome;
  to: Outcome;
}

export interface CentreImpact {
  centreId: string;
  centreName: string;
  learners: number;
  changed: number;
  up: number;
  down: number;
  across: number;
  examples: AffectedLearner[];
}

export interface ImpactSummary {
  learners: number;
  /** Learners with no stored decision yet (no cohort for their leaving year): not compared. */
  undecided: number;
  changed: number;
  up: number;
  down: number;
  across: number;
  tierChanges: number;
  pathwayChanges: number;
  gradeChanges: number;
  /** Learners by tier, now (stored) and under the previewed version. */
  tiers: { tier: string; now: number; preview: number }[];
  moves: { from: string; to: string; count: number }[];
  centres: CentreImpact[];
  seconds: number;
}

const EXAMPLES_PER_CENTRE = 10;
const NO_AWARD = 'No award';

/** Counts how a previewed framework would change stored decisions, learner by learner. */
export class ImpactTally {
  private readonly tierNames: Map<string, string>;
  private readonly tierRanks: Map<string, number>;
  private readonly pathwayNames: Map<string, string>;
  private readonly gradeNames = new Map<string, string>();
  private readonly centres = new Map<string, CentreImpact>();
  private readonly tierCounts = new Map<string, { now: number; preview: number }>();
  private readonly moves = new Map<string, number>();
  private readonly s = {
    learners: 0,
    undecided: 0,
    changed: 0,
    up: 0,
    down: 0,
    across: 0,
    tierChanges: 0,
    pathwayChanges: 0,
    gradeChanges: 0,
  };

  constructor(framework: CompiledFramework) {
    const tiers = framework.definition.tiers;
    this.tierNames = new Map(tiers.map((t) => [t.id, t.name]));
    // The same ranks the stored decisions use: the last tier ranks 1, no award 0.
    this.tierRanks = new Map(tiers.map((t, i) => [t.id, tiers.length - i]));
    this.pathwayNames = new Map((framework.definition.pathways ?? []).map((p) => [p.id, p.name]));
    for (const t of tiers) for (const g of t.awardGrades ?? []) this.gradeNames.set(g.id, g.name);
    for (const t of tiers) this.tierCounts.set(t.name, { now: 0, preview: 0 });
    this.tierCounts.set(NO_AWARD, { now: 0, preview: 0 });
  }

  private tierName(id: string | null) {
    return id === null ? NO_AWARD : (this.tierNames.get(id) ?? id);
  }

  private count(name: string, key: 'now' | 'preview') {
    let c = this.tierCounts.get(name);
    if (!c) {
      c = { now: 0, preview: 0 };
      this.tierCounts.set(name, c);
    }
    c[key]++;
  }

  add(learner: TrustLearner, decision: Decision) {
    let centre = this.centres.get(learner.centreId);
    if (!centre) {
      centre = {
        centreId: learner.centreId,
        centreName: learner.centreName,
        learners: 0,
        changed: 0,
        up: 0,
        down: 0,
        across: 0,
        examples: [],
      };
      this.centres.set(learner.centreId, centre);
    }
    this.s.learners++;
    centre.learners++;
    const toTier = decision.tier?.id ?? null;
    this.count(this.tierName(toTier), 'preview');
    if (learner.tierRank === null) {
      this.s.undecided++;
      return;
    }
    const fromTier = learner.tier;
    this.count(this.tierName(fromTier), 'now');
    const toPathway = decision.pathway?.id ?? null;
    const toGrade = decision.awardGrade?.id ?? null;
    const tierChanged = fromTier !== toTier;
    const pathwayChanged = learner.pathway !== toPathway;
    const gradeChanged = learner.awardGrade !== toGrade;
    if (!tierChanged && !pathwayChanged && !gradeChanged) return;
    const toRank = toTier === null ? 0 : (this.tierRanks.get(toTier) ?? 0);
    const direction: Direction =
      toRank > learner.tierRank ? 'up' : toRank < learner.tierRank ? 'down' : 'across';
    this.s.changed++;
    this.s[direction]++;
    centre.changed++;
    centre[direction]++;
    if (tierChanged) {
      this.s.tierChanges++;
      const key = `${this.tierName(fromTier)}\u0000${this.tierName(toTier)}`;
      this.moves.set(key, (this.moves.get(key) ?? 0) + 1);
    }
    if (pathwayChanged) this.s.pathwayChanges++;
    if (gradeChanged) this.s.gradeChanges++;
    if (centre.examples.length < EXAMPLES_PER_CENTRE) {
      centre.examples.push({
        learnerId: learner.id,
        name: `${learner.preferredName ?? learner.givenName} ${learner.familyName}`,
        centreName: learner.centreName,
        direction,
        from: this.outcome(fromTier, learner.pathway, learner.awardGrade),
        to: this.outcome(toTier, toPathway, toGrade),
      });
    }
  }

  private outcome(tier: string | null, pathway: string | null, grade: string | null): Outcome {
    return {
      tier: tier === null ? null : this.tierName(tier),
      pathway: pathway === null ? null : (this.pathwayNames.get(pathway) ?? pathway),
      awardGrade: grade === null ? null : (this.gradeNames.get(grade) ?? grade),
    };
  }

  summary(seconds: number): ImpactSummary {
    return {
      ...this.s,
      tiers: [...this.tierCounts].map(([tier, c]) => ({ tier, ...c })),
      moves: [...this.moves]
        .map(([key, count]) => {
          const [from = '', to = ''] = key.split('\u0000');
          return { from, to, count };
        })
        .sort((a, b) => b.count - a.count),
      centres: [...this.centres.values()].sort(
        (a, b) => b.changed - a.changed || a.centreName.localeCompare(b.centreName),
      ),
      seconds,
    };
  }
}
