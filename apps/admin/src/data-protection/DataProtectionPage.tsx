import {
  Button,
  describeError,
  Message,
  Page,
  plural,
  QueryBoundary,
  SelectField,
  type SelectOption,
  useSession,
  useTRPC,
} from '@bacc/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';

const choices: SelectOption[] = [
  { value: 'keep', label: 'Keep leavers’ records (no automatic erasure)' },
  ...[1, 2, 3, 4, 5, 6, 7, 10, 15, 25].map((years) => ({
    value: String(years),
    label: `${years} whole year${years === 1 ? '' : 's'} after leaving`,
  })),
];

/** How long the trust keeps leavers' records, and what that means today. */
export function DataProtectionPage() {
  const { user } = useSession();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const scope = { trustId: user.trustId };
  const retention = useQuery(trpc.trust.dataProtection.retention.queryOptions(scope));
  const [choice, setChoice] = useState<string | null>(null);
  const save = useMutation(
    trpc.trust.dataProtection.setRetention.mutationOptions({
      onSuccess: (data) => {
        queryClient.setQueryData(trpc.trust.dataProtection.retention.queryKey(scope), data);
        setChoice(null);
      },
    }),
  );

  return (
    <Page
      title="Data protection"
      description="Learners’ records are children’s personal data. Keep them no longer than the trust needs them."
    >
      <QueryBoundary
        query={retention}
        loadingLabel="Loading the retention setting…"
        errorTitle="Sorry, the retention setting could not be loaded"
      >
        {(current) => {
          const selected = choice ?? (current.years === null ? 'keep' : String(current.years));
          const submit = (event: FormEvent) => {
            event.preventDefault();
            save.mutate({ ...scope, years: selected === 'keep' ? null : Number(selected) });
          };
          return (
            <div className="stack">
              <section className="card stack" aria-labelledby="retention-heading">
                <h2 id="retention-heading">Leavers’ records</h2>
                <form className="stack" onSubmit={submit} noValidate>
                  <SelectField
                    label="How long to keep a leaver’s record"
                    hint="Counted in whole calendar years after the year they left. Erased learners’ awards stay checkable by code only as “revoked: record erased”, naming nobody."
                    options={choices}
                    value={selected}
                    onChange={(event) => setChoice(event.target.value)}
                  />
                  {save.isError ? (
                    <Message tone="danger" live="alert" title="The setting was not saved">
                      {describeError(save.error)}
                    </Message>
                  ) : null}
                  {save.isSuccess && choice === null ? (
                    <Message tone="success" live="status" title="Saved">
                      The new setting applies from the next retention run.
                    </Message>
                  ) : null}
                  <div className="button-row">
                    <Button type="submit" busy={save.isPending} busyLabel="Saving…">
                      Save setting
                    </Button>
                  </div>
                </form>
              </section>
              <section className="card stack" aria-labelledby="due-heading">
                <h2 id="due-heading">Due for erasure today</h2>
                {current.years === null ? (
                  <p>The trust keeps leavers’ records, so nothing is due.</p>
                ) : (
                  <p>
                    Leavers of {current.lastExpiredLeavingYear} and before are past the{' '}
                    {plural(current.years, 'year')} kept:{' '}
                    <strong>{plural(current.learnersDue, 'learner')}</strong> across all centres.
                  </p>
                )}
                <p>
                  The operator runs <code>npm run retention -- --apply</code> daily; it erases those
                  learners in batches. Staged import files are deleted after{' '}
                  {current.importStagingDays} days. A centre admin can erase one learner at any time
                  from the learner’s page, and download everything held about them for a subject
                  access request.
                </p>
              </section>
            </div>
          );
        }}
      </QueryBoundary>
    </Page>
  );
}
