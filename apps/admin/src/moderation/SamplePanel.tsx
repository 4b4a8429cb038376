import {
  Button,
  ErrorSummary,
  type FormError,
  QueryBoundary,
  TextField,
  useSession,
  useTRPC,
} from '@bacc/ui';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useId, useState } from 'react';
import { LearnersTable } from './LearnersTable.tsx';
import type { SubmissionSearch } from './moderationSearch.ts';

const MAX_SEED = 2_147_483_647;
const newSeed = () => Math.floor(Math.random() * MAX_SEED);

/** Draws a reproducible sample: the seed is shown and kept in the address, so anyone can redraw it. */
export function SamplePanel({
  submissionId,
  population,
  search,
}: {
  submissionId: string;
  population: number;
  search: SubmissionSearch;
}) {
  const { user } = useSession();
  const trpc = useTRPC();
  const navigate = useNavigate({ from: '/moderation/$submissionId' });
  const ids = { size: useId(), seed: useId(), strata: useId() };
  const [size, setSize] = useState(String(search.size ?? Math.min(10, population)));
  const [seed, setSeed] = useState(String(search.seed ?? newSeed()));
  const [strata, setStrata] = useState(search.strata ?? true);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const drawn = search.size !== undefined && search.seed !== undefined;
  const sample = useQuery({
    ...trpc.trust.moderation.sample.queryOptions({
      trustId: user.trustId,
      submissionId,
      size: search.size ?? 1,
      seed: search.seed ?? 0,
      stratifyByTier: search.strata ?? false,
    }),
    enabled: drawn,
  });

  const draw = (event: FormEvent) => {
    event.preventDefault();
    const found: FormError[] = [];
    const n = Number(size);
    const s = Number(seed);
    if (!Number.isInteger(n) || n < 1 || n > 500)
      found.push({ fieldId: ids.size, message: 'Enter a sample size from 1 to 500' });
    if (!/^\d+$/.test(seed.trim()) || s > MAX_SEED)
      found.push({
        fieldId: ids.seed,
        message: `Enter a seed: a whole number from 0 to ${MAX_SEED}`,
      });
    setErrors(found);
    setAttempt((a) => a + 1);
    if (found.length > 0) return;
    void navigate({
      search: (prev) => ({ ...prev, size: n, seed: s, strata: strata || undefined }),
    });
  };

  const errorFor = (id: string) => errors.find((e) => e.fieldId === id)?.message ?? null;
  return (
    <section aria-labelledby="sample-heading" className="stack">
      <h2 id="sample-heading">Sample learners to inspect</h2>
      <p>
        Draw a random sample. The same seed always draws the same learners from this submission, so
        note it (it stays in this page’s address) to show how the sample was chosen.
      </p>
      <form onSubmit={draw} noValidate className="stack">
        <ErrorSummary errors={errors} focusKey={attempt} />
        <div className="filters">
          <TextField
            id={ids.size}
            label="How many learners"
            inputMode="numeric"
            width="10"
            value={size}
            error={errorFor(ids.size)}
            onChange={(e) => setSize(e.target.value)}
          />
          <TextField
            id={ids.seed}
            label="Seed"
            inputMode="numeric"
            width="20"
            value={seed}
            error={errorFor(ids.seed)}
            onChange={(e) => setSeed(e.target.value)}
          />
          <div className="checkbox-field">
            <input
              id={ids.strata}
              type="checkbox"
              checked={strata}
              onChange={(e) => setStrata(e.target.checked)}
            />
            <label htmlFor={ids.strata}>Stratify by tier (each tier in proportion)</label>
          </div>
        </div>
        <div className="form-actions">
          <Button type="submit">Draw sample</Button>
          <Button variant="secondary" onClick={() => setSeed(String(newSeed()))}>
            New seed
          </Button>
        </div>
      </form>
      {drawn ? (
        <QueryBoundary
          query={sample}
          loadingLabel="Drawing the sample…"
          errorTitle="Sorry, the sample could not be drawn"
        >
          {(s) => (
            <LearnersTable
              caption={`Sample of ${s.learners.length} from ${s.population} (seed ${s.seed}${s.stratifyByTier ? ', stratified by tier' : ''})`}
              submissionId={submissionId}
              learners={s.learners}
            />
          )}
        </QueryBoundary>
      ) : null}
    </section>
  );
}
