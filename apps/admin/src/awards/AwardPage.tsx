import {
  Badge,
  Button,
  ConfirmDialog,
  describeError,
  formatCalendarDate,
  Message,
  Page,
  QueryBoundary,
  Table,
  useSession,
  useTRPC,
} from '@bacc/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import type { AwardStatus } from './awardsSearch.ts';
import { awardSummary, learnerLabel, statusWords } from './words.ts';

const route = getRouteApi('/awards/$awardId');

/** One award: what it says, where it came from, and revoke or reissue (each with a reason). */
export function AwardPage() {
  const { awardId } = route.useParams();
  const { user } = useSession();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<'revoke' | 'reissue' | null>(null);
  // Said once, on the page of the award it is about.
  const [done, setDone] = useState<{ awardId: string; text: string } | null>(null);
  const award = useQuery(trpc.trust.awards.get.queryOptions({ trustId: user.trustId, awardId }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.trust.awards.pathKey() });
  const revoke = useMutation(
    trpc.trust.awards.revoke.mutationOptions({
      onSuccess: () => {
        setDialog(null);
        setDone({
          awardId,
          text: 'The award is revoked. Its verification page and credential status now say so.',
        });
        void refresh();
      },
    }),
  );
  const reissue = useMutation(
    trpc.trust.awards.reissue.mutationOptions({
      onSuccess: (fresh) => {
        setDialog(null);
        void refresh();
        void navigate({ to: '/awards/$awardId', params: { awardId: fresh.id } });
        setDone({
          awardId: fresh.id,
          text: 'This is the new award. The earlier one is superseded and its verification page links here.',
        });
      },
    }),
  );
  const open = (which: 'revoke' | 'reissue') => {
    revoke.reset();
    reissue.reset();
    setDone(null);
    setDialog(which);
  };

  return (
    <Page
      title={award.data ? `Award: ${learnerLabel(award.data.learnerName)}` : 'Award'}
      caption={<Link to="/awards">Awards</Link>}
    >
      <QueryBoundary
        query={award}
        loadingLabel="Loading the award…"
        errorTitle="Sorry, this award could not be loaded"
      >
        {(a) => {
          const status = statusWords[a.status as AwardStatus];
          return (
            <div className="stack">
              {done?.awardId === a.id ? (
                <Message tone="success" live="status">
                  <p>{done.text}</p>
                </Message>
              ) : null}
              <section className="card" aria-labelledby="award-facts-heading">
                <h2 id="award-facts-heading">What the award says</h2>
                <dl className="summary-list">
                  <div>
                    <dt>Status</dt>
                    <dd>
                      <Badge tone={status.tone}>{status.label}</Badge>
                    </dd>
                  </div>
                  <div>
                    <dt>Learner</dt>
                    <dd>{learnerLabel(a.learnerName)}</dd>
                  </div>
                  <div>
                    <dt>Award</dt>
                    <dd>{awardSummary(a)}</dd>
                  </div>
                  <div>
                    <dt>Centre</dt>
                    <dd>
                      {a.centreName}, leavers of {a.leavingYear ?? 'unknown year'}
                    </dd>
                  </div>
                  <div>
                    <dt>Issued</dt>
                    <dd>
                      {formatCalendarDate(a.issuedOn)} under {a.frameworkName}, version{' '}
                      {a.frameworkVersion}
                      {a.issueReason ? ` (reissued: ${a.issueReason})` : ''}
                    </dd>
                  </div>
                  <div>
                    <dt>Verification code</dt>
                    <dd className="mono award-code">{a.verificationCode}</dd>
                  </div>
                  <div>
                    <dt>Verification page</dt>
                    <dd>
                      <a className="award-link" href={a.verifyUrl}>
                        {a.verifyUrl}
                      </a>
                    </dd>
                  </div>
                  {a.supersedesId ? (
                    <div>
                      <dt>Replaces</dt>
                      <dd>
                        <Link to="/awards/$awardId" params={{ awardId: a.supersedesId }}>
                          The earlier award
                        </Link>
                      </dd>
                    </div>
                  ) : null}
                  {a.supersededById ? (
                    <div>
                      <dt>Replaced by</dt>
                      <dd>
                        <Link to="/awards/$awardId" params={{ awardId: a.supersededById }}>
                          Award {a.supersededByCode}
                        </Link>
                      </dd>
                    </div>
                  ) : null}
                </dl>
              </section>
              {a.status !== 'valid' ? (
                <Message
                  tone={a.status === 'revoked' ? 'danger' : 'warning'}
                  live="none"
                  title={a.status === 'revoked' ? 'Revoked' : 'Superseded by a reissue'}
                >
                  <p>
                    {a.revokedOn ? `On ${formatCalendarDate(a.revokedOn)}: ` : ''}
                    {a.revokedReason}
                  </p>
                </Message>
              ) : (
                <section className="card" aria-labelledby="award-actions-heading">
                  <h2 id="award-actions-heading">Revoke or reissue</h2>
                  <p>
                    Reissue after a correction or a change of name: a new award is made from the
                    learner’s record as it stands, and this one is superseded. Revoke when the award
                    should not stand at all. Both keep your reason with the award.
                  </p>
                  <div className="button-row">
                    <Button variant="secondary" onClick={() => open('reissue')}>
                      Reissue…
                    </Button>
                    <Button variant="danger" onClick={() => open('revoke')}>
                      Revoke…
                    </Button>
                  </div>
                </section>
              )}
              <section className="card" aria-labelledby="award-components-heading">
                <h2 id="award-components-heading">Components as decided</h2>
                {a.components.length === 0 ? (
                  <p className="muted">This award records no component results.</p>
                ) : (
                  <Table
                    caption="Components"
                    rows={a.components}
                    rowKey={(c) => c.name}
                    columns={[
                      { key: 'name', header: 'Component', rowHeader: true, cell: (c) => c.name },
                      {
                        key: 'met',
                        header: 'Result',
                        cell: (c) => (
                          <Badge tone={c.met ? 'success' : 'danger'}>
                            {c.met ? 'Met' : 'Not met'}
                          </Badge>
                        ),
                      },
                      { key: 'measured', header: 'Measured', cell: (c) => c.measured },
                      { key: 'required', header: 'Required', cell: (c) => c.required },
                    ]}
                  />
                )}
              </section>
              <ConfirmDialog
                open={dialog === 'revoke'}
                title={`Revoke ${a.learnerName}’s award?`}
                confirmLabel="Revoke the award"
                busyLabel="Revoking…"
                busy={revoke.isPending}
                tone="danger"
                reasonLabel="Reason for revoking"
                reasonHint="Shown on the public verification page and kept with the award."
                error={revoke.isError ? describeError(revoke.error) : null}
                onConfirm={(reason) => revoke.mutate({ trustId: user.trustId, awardId, reason })}
                onCancel={() => setDialog(null)}
              >
                <p>
                  Anyone checking code <span className="mono">{a.verificationCode}</span> will see
                  it is revoked. This cannot be undone; a new award would need a reissue.
                </p>
              </ConfirmDialog>
              <ConfirmDialog
                open={dialog === 'reissue'}
                title={`Reissue ${a.learnerName}’s award?`}
                confirmLabel="Reissue the award"
                busyLabel="Reissuing…"
                busy={reissue.isPending}
                reasonLabel="Reason for reissuing"
                reasonHint="For example, a corrected result or a change of name. Kept with both awards."
                error={reissue.isError ? describeError(reissue.error) : null}
                onConfirm={(reason) => reissue.mutate({ trustId: user.trustId, awardId, reason })}
                onCancel={() => setDialog(null)}
              >
                <p>
                  A new award with a new code is made from the learner’s record as it stands now.
                  This one becomes superseded and its page links to the new one.
                </p>
              </ConfirmDialog>
            </div>
          );
        }}
      </QueryBoundary>
    </Page>
  );
}
