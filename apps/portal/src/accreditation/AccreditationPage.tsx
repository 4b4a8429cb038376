import {
  Badge,
  EmptyState,
  formatCalendarDate,
  Message,
  Page,
  QueryBoundary,
  useSession,
  useTRPC,
} from '@bacc/ui';
import { useQuery } from '@tanstack/react-query';
import { ProgrammeForm } from './ProgrammeForm.tsx';
import type { CentreAccreditation } from './types.ts';

const labels: Record<string, [string, 'neutral' | 'info' | 'success' | 'warning' | 'danger']> = {
  applied: ['Applied: the trust is reviewing it', 'info'],
  accredited: ['Accredited', 'success'],
  suspended: ['Suspended', 'warning'],
  withdrawn: ['Withdrawn', 'danger'],
  rejected: ['Turned down', 'danger'],
};

const actionWords: Record<string, string> = {
  apply: 'Applied',
  accredit: 'Accredited',
  reject: 'Turned down',
  renew: 'Renewed',
  suspend: 'Suspended',
  reinstate: 'Reinstated',
  withdraw: 'Withdrawn',
};

/** Whether the centre may apply now: never applied, turned down, withdrawn, or run out. */
export function canApply(a: CentreAccreditation['accreditation'], current: boolean): boolean {
  if (!a) return true;
  if (a.status === 'accredited') return !current;
  return a.status === 'rejected' || a.status === 'withdrawn';
}

/**
 * The centre admin's accreditation: the centre's own Bacc programme, built on a published
 * national framework version with optionally stricter thresholds, checked by the engine.
 */
export function AccreditationPage() {
  const { user } = useSession();
  const trpc = useTRPC();
  const centreId = user.centreId as string;
  const data = useQuery({
    ...trpc.centre.accreditation.get.queryOptions({ centreId }),
    refetchOnMount: 'always',
    enabled: user.role === 'centre_admin',
  });
  if (user.role !== 'centre_admin')
    return (
      <Page title="Accreditation">
        <EmptyState title="Only a centre admin can apply">
          <p>Ask your centre admin about the centre’s accreditation.</p>
        </EmptyState>
      </Page>
    );
  return (
    <Page
      title="Accreditation"
      caption={user.centreName}
      description="Only an accredited centre can submit learners for award. Describe your Bacc programme; it must ask at least what the national framework asks."
    >
      <QueryBoundary
        query={data}
        loadingLabel="Loading your accreditation…"
        errorTitle="Sorry, your accreditation could not be loaded"
      >
        {(d) => {
          const status = d.accreditation?.status;
          const previous = d.accreditation?.programme as
            | {
                frameworkVersionId?: string;
                title?: string;
                description?: string;
                thresholds?: Array<{ path: string; value: number }>;
              }
            | undefined;
          return (
            <>
              {status ? (
                <p>
                  <Badge tone={labels[status]?.[1] ?? 'neutral'}>
                    {labels[status]?.[0] ?? status}
                  </Badge>
                  {d.accreditation?.accreditedUntil
                    ? ` until ${formatCalendarDate(d.accreditation.accreditedUntil)}`
                    : ''}
                  {status === 'accredited' && !d.current
                    ? ' (it has run out: apply again to renew)'
                    : ''}
                </p>
              ) : (
                <p>Your centre has not applied yet.</p>
              )}
              {d.history[0]?.note &&
              (status === 'rejected' || status === 'suspended' || status === 'withdrawn') ? (
                <Message tone="warning" live="none" title="The trust’s note">
                  <p>{d.history[0].note}</p>
                </Message>
              ) : null}
              {d.bases.length === 0 ? (
                <EmptyState title="No published framework yet">
                  <p>The trust has not published a framework version to build a programme on.</p>
                </EmptyState>
              ) : canApply(d.accreditation, d.current) ? (
                <ProgrammeForm centreId={centreId} bases={d.bases} previous={previous} />
              ) : (
                <section className="card">
                  <h2 className="card-title">{previous?.title ?? 'Your programme'}</h2>
                  <p>{previous?.description}</p>
                </section>
              )}
              {d.history.length > 0 ? (
                <table className="table">
                  <caption>History</caption>
                  <thead>
                    <tr>
                      <th scope="col">When</th>
                      <th scope="col">What</th>
                      <th scope="col">Until</th>
                      <th scope="col">By</th>
                      <th scope="col">Note</th>
                    </tr>
                  </thead>
                  <tbody>
                    {d.history.map((e) => (
                      <tr key={e.id}>
                        <th scope="row" className="nowrap">
                          {new Date(e.occurredAt).toLocaleDateString('en-GB', {
                            dateStyle: 'medium',
                          })}
                        </th>
                        <td>{actionWords[e.action] ?? e.action}</td>
                        <td>{e.accreditedUntil ? formatCalendarDate(e.accreditedUntil) : '—'}</td>
                        <td>{e.actorName ?? '—'}</td>
                        <td>{e.note ?? ''}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : null}
            </>
          );
        }}
      </QueryBoundary>
    </Page>
  );
}
