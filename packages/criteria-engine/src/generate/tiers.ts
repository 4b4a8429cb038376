import type { CompiledTier } from '../compiled-framework.ts';
import type { FrameworkGenerator, GeneratedCondition } from './generator.ts';

/** The statement that records one requirement's outcome from its explained node `node`. */
function requirementOutcome(
  gen: FrameworkGenerator,
  req: CompiledTier['requirements'][number],
  condition: GeneratedCondition,
): string {
  const k = (x: unknown) => gen.src.constant(x);
  const prefix = k(`${req.componentName}: `);
  // A requirement's sentence is its condition's, after the component's name.
  const text = condition.textByValue
    ? `spokenBefore(${gen.src.sentenceTable()}, value, met, ${prefix}, node.text)`
    : `${prefix} + node.text`;
  return `const met = node.met ?? false;
const value = node.value ?? 0;
requirements.push({ component: ${k(req.component)}, componentName: ${k(req.componentName)}, met, value, threshold: node.threshold ?? 0, text: ${text}, explanation: node });`;
}

/** The generated functions of a framework's top-level rules, in definition order. */
export interface Generated {
  pathways: (GeneratedCondition | null)[];
  tiers: {
    requirements: GeneratedCondition[];
    failing: GeneratedCondition[];
    awardGrades: (GeneratedCondition | null)[];
  }[];
  failing: GeneratedCondition[];
  score: { value: string; explain: string } | null;
}

/** `pathwayId` is one of the requirement's pathways (or true when it has none). */
function applies(gen: FrameworkGenerator, pathways: ReadonlySet<string> | null): string {
  if (!pathways) return 'true';
  const ids = [...pathways].map((p) => `pathwayId === ${gen.src.constant(p)}`);
  return ids.length === 0 ? 'false' : `pathwayId !== null && (${ids.join(' || ')})`;
}

/** A pathway or award-grade choice: the first option whose rule holds (decide-explained's firstMet). */
export function firstMet(
  gen: FrameworkGenerator,
  kind: string,
  options: { ref: unknown }[],
  when: (GeneratedCondition | null)[],
): string {
  const k = (x: unknown) => gen.src.constant(x);
  const lines = ['const children = [];', 'let node;'];
  for (let o = 0; o < options.length; o++) {
    const ref = k(options[o]!.ref);
    const condition = when[o];
    if (!condition) {
      lines.push(`return chosenOption(${k(kind)}, ${ref}, undefined, children);`);
      return gen.src.fn('choose', lines.join('\n'));
    }
    lines.push(`node = ${condition.explain}();`, 'children.push(node);');
    lines.push(`if (node.met) return chosenOption(${k(kind)}, ${ref}, node, children);`);
  }
  lines.push(`return noOption(${k(kind)}, ${options.length}, children);`);
  return gen.src.fn('choose', lines.join('\n'));
}

/** One tier tried, explained requirement by requirement (decide-explained's explainTier). */
export function explainedTier(
  gen: FrameworkGenerator,
  tier: CompiledTier,
  generated: Generated['tiers'][number],
): string {
  const k = (x: unknown) => gen.src.constant(x);
  // Each tier gathers the evidence its requirements count afresh (generate/counted.ts).
  const lines = ['CN = 0;', 'const requirements = [];', 'let node;'];
  tier.requirements.forEach((req, r) => {
    lines.push(`if (${applies(gen, req.pathways)}) {
node = ${generated.requirements[r]!.explain}();
${requirementOutcome(gen, req, generated.requirements[r]!)}
}`);
  });
  lines.push('const failing = blocked.slice();', 'const counted = CN;');
  tier.failing.forEach((f, n) => {
    lines.push(
      `if (${generated.failing[n]!.explain}().met) failing.push({ code: ${k(f.code)}, description: ${k(f.description)} });`,
    );
  });
  lines.push(`CN = counted;
let met = failing.length === 0;
for (let r = 0; r < requirements.length && met; r++) if (!requirements[r].met) met = false;
return { id: ${k(tier.ref.id)}, name: ${k(tier.ref.name)}, met, requirements, failing };`);
  return gen.src.fn('tier', lines.join('\n'), 'pathwayId, blocked');
}

/** One tier's failing conditions, requirements, outcomes and award grade (decide-fast.ts). */
export function fastTier(
  gen: FrameworkGenerator,
  tier: CompiledTier,
  generated: Generated['tiers'][number],
) {
  const { src } = gen;
  const k = (x: unknown) => src.constant(x);
  const holding = src.fn(
    'holding',
    `let any = false;\n${tier.failing
      .map(
        (f, n) =>
          `if (${generated.failing[n]!.test}()) {\nany = true;\naddFailing(into, ${k(f.code)}, ${k(f.description)});\n}`,
      )
      .join('\n')}\nreturn any;`,
    'into',
  );
  const met = src.fn(
    'met',
    `${tier.requirements
      .map(
        (req, r) =>
          `if ((${applies(gen, req.pathways)}) && !${generated.requirements[r]!.test}()) return false;`,
      )
      .join('\n')}\nreturn true;`,
    'pathwayId',
  );
  const outcomes = src.fn(
    'outcomes',
    `const out = [];\n${tier.requirements
      .map((req, r) => {
        const rule = generated.requirements[r]!;
        return `if (${applies(gen, req.pathways)}) out.push({ component: ${k(req.component)}, componentName: ${k(req.componentName)}, met: knownMet || ${rule.test}(), value: ${rule.score}(), threshold: ${rule.threshold}() });`;
      })
      .join('\n')}\nreturn out;`,
    'pathwayId, knownMet',
  );
  const grade = src.fn(
    'grade',
    `${tier.awardGrades
      .map((g, n) => {
        const when = generated.awardGrades[n];
        return when ? `if (${when.test}()) return ${k(g.ref)};` : `return ${k(g.ref)};`;
      })
      .join('\n')}\nreturn null;`,
  );
  return { holding, met, outcomes, grade };
}
