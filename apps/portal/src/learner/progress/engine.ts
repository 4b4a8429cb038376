import type { CompiledFramework } from '@bacc/criteria-engine';
import type { FrameworkDefinition } from '@bacc/schema';
import { useQuery } from '@tanstack/react-query';

// Loaded only when a learner page needs it, so the learners list never downloads the engine.
let engine: Promise<typeof import('@bacc/criteria-engine')> | null = null;
const loadEngine = () => {
  engine ??= import('@bacc/criteria-engine');
  return engine;
};

export interface FrameworkRef {
  id: string;
  hash: string | null;
  definition: FrameworkDefinition;
}

/** The learner's framework version, compiled once per version and hash for the session. */
export function useCompiledFramework(framework: FrameworkRef | null) {
  return useQuery({
    queryKey: ['compiled-framework', framework?.id, framework?.hash],
    enabled: framework !== null,
    queryFn: async (): Promise<CompiledFramework> =>
      // The page's CSP forbids eval, so the browser runs the engine's interpreter, never its
      // generated code (the same decisions, proven in the engine's tests).
      (await loadEngine()).compileFramework(framework!.definition, { strategy: 'interpreted' }),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
    structuralSharing: false,
    retry: false,
  });
}
