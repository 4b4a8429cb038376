import { type CompiledFramework, compileFramework } from '@bacc/criteria-engine';
import { type Db, findFrameworkVersion, type TrustScope } from '@bacc/db';
import type { FrameworkDefinition } from '@bacc/schema';
import { notFound } from '../../errors.ts';

// Published versions never change, so a compiled one can be kept for the life of the process.
// Drafts are keyed by hash too, so an edited draft is compiled afresh.
const compiled = new Map<string, CompiledFramework>();
const MAX_CACHED = 64;

export async function compiledFrameworkVersion(
  db: Db,
  scope: TrustScope,
  frameworkVersionId: string,
) {
  const row = await findFrameworkVersion(db, scope, frameworkVersionId);
  if (!row) throw notFound('That framework version');
  const key = `${row.id}:${row.definitionHash ?? 'draft'}`;
  let framework = row.status === 'draft' ? undefined : compiled.get(key);
  if (!framework) {
    framework = compileFramework(row.definition as FrameworkDefinition);
    if (row.status !== 'draft') {
      if (compiled.size >= MAX_CACHED) compiled.delete(compiled.keys().next().value!);
      compiled.set(key, framework);
    }
  }
  return { version: row, framework };
}
