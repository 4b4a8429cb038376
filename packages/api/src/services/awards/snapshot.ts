import type { AwardComponent, AwardEvidence } from '@bacc/db';
import type { CompareOp, Decision, FrameworkDefinition, LearnerRecord } from '@bacc/schema';

const opWords: Record<CompareOp, string> = {
  atLeast: 'at least',
  atMost: 'at most',
  moreThan: 'more than',
  lessThan: 'less than',
  exactly: 'exactly',
};

const number = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1).replace(/\.0$/, ''));

/** The tier's components as decided, in words a certificate can print. */
export function awardComponents(decision: Decision): AwardComponent[] {
  return decision.requirements.map((r) => {
    const op = r.explanation?.op;
    return {
      name: r.componentName,
      met: r.met,
      measured: number(r.value),
      required: op ? `${opWords[op]} ${number(r.threshold)}` : number(r.threshold),
    };
  });
}

const words = (key: string) => {
  const s = key.replace(/[_-]+/g, ' ').trim();
  return s.charAt(0).toUpperCase() + s.slice(1);
};

/** The evidence that counted towards the decision, as it stood at issue. */
export function countedEvidence(decision: Decision, record: LearnerRecord): AwardEvidence[] {
  const counted = new Set(decision.explanation?.evidence.counted ?? []);
  const out: AwardEvidence[] = [];
  for (const r of record.results)
    if (counted.has(r.id))
      out.push({
        id: r.id,
        source: 'results',
        title: r.qualification.title,
        detail: `Grade ${r.grade}`,
      });
  for (const p of record.projects)
    if (counted.has(p.id))
      out.push({
        id: p.id,
        source: 'projects',
        title: p.title,
        detail: p.grade
          ? `Grade ${p.grade}`
          : p.hours !== undefined
            ? `${p.hours} hours`
            : words(p.kind),
      });
  for (const a of record.activities)
    if (counted.has(a.id))
      out.push({
        id: a.id,
        source: 'activities',
        title: words(a.strand),
        detail: `${a.hours} hours`,
      });
  return out;
}

/** The achievement an award is for, as an Open Badges credential describes it. */
export function achievementFor(
  definition: FrameworkDefinition,
  tierId: string,
  issuerUrl: string,
  framework: { id: string; name: string; versionNumber: number; hash: string },
) {
  const tier = definition.tiers.find((t) => t.id === tierId);
  const tierName = tier?.name ?? tierId;
  const components = new Map(definition.components.map((c) => [c.id, c.name]));
  const required = [
    ...new Set((tier?.requirements ?? []).map((r) => components.get(r.component) ?? r.component)),
  ];
  return {
    id: `${issuerUrl}/frameworks/${framework.id}/tiers/${encodeURIComponent(tierId)}`,
    name: `${framework.name}: ${tierName}`,
    description:
      tier?.description ?? definition.description ?? `The ${tierName} tier of ${framework.name}.`,
    criteriaNarrative:
      required.length > 0
        ? `Awarded to learners who meet every requirement of the ${tierName} tier of ${framework.name} (version ${framework.versionNumber}): ${required.join(', ')}.`
        : `Awarded to learners who meet the ${tierName} tier of ${framework.name} (version ${framework.versionNumber}).`,
    frameworkName: framework.name,
    frameworkVersion: framework.versionNumber,
    frameworkHash: framework.hash,
  };
}
