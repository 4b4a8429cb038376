import type { CompiledRules } from '../compiled-framework.ts';
import type { FrameworkGenerator } from './generator.ts';
import { explainedTier, fastTier, firstMet, type Generated } from './tiers.ts';

/**
 * The two evaluation entry points as generated code, statement for statement the same as
 * evaluate/decide-fast.ts and evaluate/decide-explained.ts, with the tiers unrolled.
 */
function generateRules(gen: FrameworkGenerator): Generated {
  const d = gen.definition;
  return {
    pathways: (d.pathways ?? []).map((p) => (p.when ? gen.condition(p.when) : null)),
    tiers: d.tiers.map((t) => ({
      requirements: t.requirements.map((r) => gen.condition(r.rule)),
      failing: (t.failingConditions ?? []).map((f) => gen.condition(f.when)),
      awardGrades: (t.awardGrades ?? []).map((g) => (g.when ? gen.condition(g.when) : null)),
    })),
    failing: (d.failingConditions ?? []).map((f) => gen.condition(f.when)),
    score: d.score ? gen.measure(d.score.measure) : null,
  };
}

/**
 * The named rules explained in this evaluation, in the interpreter's slot order. The object
 * is a copy of one with every name, so every decision's has the same shape; a rule this
 * evaluation did not explain is undefined there, which JSON leaves out as the interpreter does.
 */
function namedExplanations(gen: FrameworkGenerator, slotKeys: string[]): string {
  const k = (x: unknown) => gen.src.constant(x);
  const every = k(Object.fromEntries(slotKeys.map((key) => [key, undefined])));
  const lines = [`const named = { ...${every} };`];
  for (const key of slotKeys) lines.push(`named[${k(key)}] = ${gen.memos(key).explained};`);
  lines.push('return named;');
  return `const named = ${gen.src.fn('named', lines.join('\n'))}();`;
}

/** Generates every function and returns the factory's last statement. */
export function generateDecide(
  gen: FrameworkGenerator,
  rules: CompiledRules,
  slotKeys: string[],
): string {
  const { src } = gen;
  const k = (x: unknown) => src.constant(x);
  const generated = generateRules(gen);
  const fastTiers = rules.tiers.map((t, n) => fastTier(gen, t, generated.tiers[n]!));
  const explainedTiers = rules.tiers.map((t, n) => explainedTier(gen, t, generated.tiers[n]!));
  const last = rules.tiers.length - 1;
  const tierRefs = k(rules.tiers.map((t) => t.ref));
  const head = `load(record);`;
  // Evidence order never changes a decision without explanations where orderFreeMask says so.
  const fastHead = `loadInAnyOrder(record);`;
  const decisionHead = `frameworkId: ${k(rules.definition.id)}, frameworkVersion: ${k(rules.definition.version)}, frameworkHash: ${k(rules.hash)}, learnerId: record.learnerId, tier: awarded >= 0 ? ${tierRefs}[awarded] : null`;

  // decide-fast.ts
  const pathwayTests = rules.pathways.map((p, n) => {
    const when = generated.pathways[n];
    return when ? `if (${when.test}()) return ${k(p.ref)};` : `return ${k(p.ref)};`;
  });
  const choosePathway = src.fn('pathway', `${pathwayTests.join('\n')}\nreturn null;`);
  const frameworkHolding = src.fn(
    'holding',
    `let any = false;\n${rules.failing
      .map(
        (f, n) =>
          `if (${generated.failing[n]!.test}()) {\nany = true;\naddFailing(into, ${k(f.code)}, ${k(f.description)});\n}`,
      )
      .join('\n')}\nreturn any;`,
    'into',
  );
  const score = generated.score;
  const fast = src.fn(
    'fast',
    `${fastHead}
const pathway = ${choosePathway}();
const pathwayId = pathway ? pathway.id : null;
const failing = [];
const blocked = ${frameworkHolding}(failing);
let awarded = -1;
do {
${fastTiers.map((t, n) => `if (${t.holding}(failing) === false && !blocked && ${t.met}(pathwayId)) { awarded = ${n}; break; }`).join('\n')}
} while (false);
let awardGrade = null;
switch (awarded) {
${fastTiers.map((t, n) => `case ${n}: awardGrade = ${t.grade}(); break;`).join('\n')}
}
return {
${decisionHead},
pathway,
awardGrade,
score: ${score && rules.score ? `{ label: ${k(rules.score.label)}, value: ${score.value}() }` : 'null'},
requirements: awarded >= 0 ? OUTCOMES(awarded, pathwayId) : ${fastTiers[last]!.outcomes}(pathwayId, false),
failing,
};`.replace(
      'OUTCOMES(awarded, pathwayId)',
      `(${fastTiers.map((t, n) => `awarded === ${n} ? ${t.outcomes}(pathwayId, true) : `).join('')}null)`,
    ),
    'record',
  );

  // decide-explained.ts
  const pathwayChoice =
    rules.pathways.length > 0
      ? `${firstMet(gen, 'pathway', rules.pathways, generated.pathways)}()`
      : 'null';
  const frameworkFailing = src.fn(
    'failing',
    `const out = [];\n${rules.failing
      .map(
        (f, n) =>
          `if (${generated.failing[n]!.explain}().met) out.push({ code: ${k(f.code)}, description: ${k(f.description)} });`,
      )
      .join('\n')}\nreturn out;`,
  );
  const gradeChoices = rules.tiers.map((t, n) =>
    t.awardGrades.length > 0
      ? firstMet(gen, 'awardGrade', t.awardGrades, generated.tiers[n]!.awardGrades)
      : null,
  );
  const explained = src.fn(
    'explained',
    `${head}
clearExplanations();
const pathwayChoice = ${pathwayChoice};
const pathway = pathwayChoice?.chosen ?? null;
const pathwayId = pathway ? pathway.id : null;
const blocked = ${frameworkFailing}();
const tiers = [];
let awarded = -1;
let outcome;
do {
${explainedTiers.map((t, n) => `outcome = ${t}(pathwayId, blocked);\ntiers.push(outcome);\nif (outcome.met) { awarded = ${n}; break; }`).join('\n')}
} while (false);
// What the awarded tier (the last explained) counted, before anything else is explained.
const counted = awarded >= 0 && !DR ? countedItems() : null;
let gradeChoice = null;
switch (awarded) {
${gradeChoices.map((g, n) => (g ? `case ${n}: gradeChoice = ${g}(); break;` : '')).join('\n')}
}
const scoreNode = ${score ? `${score.explain}()` : 'null'};
const reported = tiers[tiers.length - 1];
const decision = {
${decisionHead},
pathway,
awardGrade: gradeChoice?.chosen ?? null,
score: ${rules.score ? `scoreNode ? { label: ${k(rules.score.label)}, value: scoreNode.value ?? 0 } : null` : 'null'},
requirements: reported.requirements,
failing: failingOnce(tiers),
};
${namedExplanations(gen, slotKeys)}
const explanation = {
summary: summarise(decision, tiers),
tiers,
named,
evidence: counted ?? countedEvidence(awarded >= 0 ? reported.requirements : [], named),
gap: null,
};
decision.explanation = explanation;
if (pathwayChoice) explanation.pathway = pathwayChoice.node;
if (gradeChoice) explanation.awardGrade = gradeChoice.node;
if (scoreNode) explanation.score = scoreNode;
explanation.gap = gapToNextTier(decision);
return decision;`,
    'record',
  );
  gen.declarePasses();
  const orderFree = gen.orderFreeMask();
  const loadInAnyOrder =
    orderFree === null
      ? 'const loadInAnyOrder = load;'
      : `function loadInAnyOrder(record) {
const evidence = reader.read(record, false);
${orderFree === 0 ? '' : `if ((evidence.unwhole & ${orderFree}) !== 0) sortEvidence(evidence);`}
R = evidence.results;
P = evidence.projects;
A = evidence.activities;
F = record.flags ?? noFlags;
clearMemos();
}`;
  return `const reader = new EvidenceReader(scales, ${k(rules.needs)});
function load(record) {
const evidence = reader.read(record);
R = evidence.results;
P = evidence.projects;
A = evidence.activities;
F = record.flags ?? noFlags;
clearMemos();
}
${loadInAnyOrder}
return { fast: ${fast}, explained: ${explained} };`;
}
