import { type FrameworkDefinition, frameworkDefinitionSchema } from '@bacc/schema';
import { Bounds } from './bounds.ts';
import { checkCycles } from './cycles.ts';
import { type FrameworkIssue, IssueList } from './issues.ts';
import { placeInWords } from './place-in-words.ts';
import { RuleChecker } from './rule-walk.ts';
import { checkStructure } from './structure.ts';
import { fromZodIssues } from './zod-issues.ts';

export type FrameworkValidation =
  | { ok: true; definition: FrameworkDefinition; issues: [] }
  | { ok: false; issues: FrameworkIssue[] };

function checkRules(def: FrameworkDefinition, issues: IssueList): void {
  const rules = new RuleChecker(def, issues);
  for (const [name, rule] of Object.entries(def.sets ?? {})) rules.set(['sets', name], rule);
  for (const [name, rule] of Object.entries(def.measures ?? {}))
    rules.measure(['measures', name], rule);
  for (const [name, rule] of Object.entries(def.conditions ?? {}))
    rules.condition(['conditions', name], rule);
  def.pathways?.forEach((p, i) => {
    if (p.when) rules.condition(['pathways', i, 'when'], p.when);
  });
  def.failingConditions?.forEach((f, i) => {
    rules.condition(['failingConditions', i, 'when'], f.when);
  });
  def.tiers.forEach((tier, t) => {
    tier.requirements.forEach((r, i) => {
      rules.condition(['tiers', t, 'requirements', i, 'rule'], r.rule);
    });
    tier.failingConditions?.forEach((f, i) => {
      rules.condition(['tiers', t, 'failingConditions', i, 'when'], f.when);
    });
    tier.awardGrades?.forEach((g, i) => {
      if (g.when) rules.condition(['tiers', t, 'awardGrades', i, 'when'], g.when);
    });
  });
  if (def.score) rules.measure(['score', 'measure'], def.score.measure);
}

/** Tiers no learner could ever be awarded: an impossible requirement, or an always-met tier above. */
function checkReachable(def: FrameworkDefinition, issues: IssueList): void {
  const bounds = new Bounds(def);
  let alwaysMetAbove: string | null = null;
  def.tiers.forEach((tier, t) => {
    if (alwaysMetAbove !== null) {
      issues.add(
        ['tiers', t],
        `Tier "${tier.name}" can never be awarded: the tier "${alwaysMetAbove}" above it has no requirements, so every learner gets that instead.`,
      );
    }
    tier.requirements.forEach((r, i) => {
      if (!bounds.satisfiable(r.rule)) {
        issues.add(
          ['tiers', t, 'requirements', i, 'rule'],
          `Tier "${tier.name}" can never be awarded: no learner could meet this requirement (a threshold is above the most its measure can reach).`,
        );
      }
    });
    if (
      tier.requirements.length === 0 &&
      (tier.failingConditions ?? []).length === 0 &&
      alwaysMetAbove === null
    ) {
      alwaysMetAbove = tier.name;
    }
  });
}

/** Everything wrong with a framework definition, each with its JSON path and a plain sentence. */
export function validateFramework(input: unknown): FrameworkValidation {
  const parsed = frameworkDefinitionSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: fromZodIssues(input, parsed.error.issues) };
  const def = parsed.data;
  const issues = new IssueList();
  checkStructure(def, issues);
  checkCycles(def, issues);
  checkRules(def, issues);
  // Reachability is only meaningful once every reference resolves.
  if (issues.issues.length === 0) checkReachable(def, issues);
  const found = issues.issues.map((i) => ({
    ...i,
    message: /^[A-Z]/.test(i.message) ? i.message : `${placeInWords(def, i.path)} ${i.message}`,
  }));
  return found.length > 0
    ? { ok: false, issues: found }
    : { ok: true, definition: def, issues: [] };
}
