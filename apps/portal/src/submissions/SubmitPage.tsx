import {
  Button,
  describeError,
  EmptyState,
  ErrorSummary,
  Message,
  Page,
  QueryBoundary,
  useSession,
  useTRPC,
} from '@bacc/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { CandidateTable } from './CandidateTable.tsx';

const route = getRouteApi('/cohorts/$year/submit');

/** A centre admin hands a cohort, or chosen learners of it, to the trust for award. */
export function SubmitPage() {
  const { user } = useSession();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const year = Number(route.useParams().year);
  const centreId = user.centreId as string;
  const candidates = useQuery(
    trpc.centre.submissions.candidates.queryOptions({ centreId, leavingYear: year }),
  );
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [attempt, setAttempt] = useState(0);
  const submit = useMutation(
    trpc.centre.submissions.create.mutationOptions({
      onSuccess: () => {
        setChosen(new Set());
        void queryClient.invalidateQueries({ queryKey: trpc.centre.pathKey() });
      },
      onError: () => setAttempt((n) => n + 1),
    }),
  );
  const admin = user.role === 'centre_admin';

  return (
    <Page
      title={`Submit the ${year} cohort for award`}
      caption={user.centreName ?? undefined}
      description="Learners whose decisions are final (every result confirmed) can be submitted. Their records lock until the trust returns them."
    >
      <p>
        <Link to="/dashboard" search={{ year }}>
          Back to the {year} dashboard
        </Link>
      </p>
      {!admin ? (
        <Message tone="info" live="none" title="Only a centre administrator can submit">
          <p>You can see who is ready; ask your centre administrator to submit them.</p>
        </Message>
      ) : null}
      {submit.isError ? (
        <ErrorSummary
          title="The learners were not submitted"
          errors={[{ message: describeError(submit.error) }]}
          focusKey={attempt}
        />
      ) : null}
      {submit.isSuccess ? (
        <Message tone="success" title="Submitted to the trust">
          <p>
            {submit.data.learnerCount}{' '}
            {submit.data.learnerCount === 1 ? 'learner was' : 'learners were'} submitted. Their
            records are locked until the trust returns them.
          </p>
        </Message>
      ) : null}
      <QueryBoundary
        query={candidates}
        loadingLabel="Loading the cohort…"
        errorTitle="Sorry, the cohort could not be loaded"
        isEmpty={(rows) => rows.length === 0}
        empty={<EmptyState title={`No learners leave in ${year}`} />}
      >
        {(rows) => {
          const ready = rows.filter((r) => r.ready);
          const open = rows.filter((r) => r.blocker !== 'submitted' && r.blocker !== 'approved');
          return (
            <form
              className="stack"
              onSubmit={(event) => {
                event.preventDefault();
                submit.mutate({ centreId, leavingYear: year, learnerIds: [...chosen] });
              }}
            >
              <p role="status" className="muted">
                {ready.length} of {rows.length} learners ready to submit; {chosen.size} chosen.
              </p>
              <CandidateTable
                rows={rows}
                year={year}
                chosen={chosen}
                selectable={admin}
                onToggle={(id, on) =>
                  setChosen((prev) => {
                    const next = new Set(prev);
                    if (on) next.add(id);
                    else next.delete(id);
                    return next;
                  })
                }
              />
              {admin ? (
                <div className="button-row">
                  <Button
                    type="button"
                    variant="secondary"
                    onClick={() => setChosen(new Set(ready.map((r) => r.id)))}
                  >
                    Choose everyone ready
                  </Button>
                  <Button
                    type="submit"
                    disabled={chosen.size === 0}
                    busy={submit.isPending}
                    busyLabel="Submitting…"
                  >
                    Submit {chosen.size} chosen {chosen.size === 1 ? 'learner' : 'learners'}
                  </Button>
                  <Button
                    type="button"
                    variant="secondary"
                    disabled={open.length === 0 || submit.isPending}
                    onClick={() => submit.mutate({ centreId, leavingYear: year })}
                  >
                    Submit the whole cohort ({open.length})
                  </Button>
                </div>
              ) : null}
            </form>
          );
        }}
      </QueryBoundary>
    </Page>
  );
}
