import { validateFramework } from '@bacc/criteria-engine';

/** The engine's static validation, as plain data for the editor: path, where in words, what to fix. */
export function checkFramework(definition: unknown) {
  const result = validateFramework(definition);
  return {
    ok: result.ok,
    issues: result.issues.map((i) => ({ path: i.path, pathText: i.pathText, message: i.message })),
  };
}
