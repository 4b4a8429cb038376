import {
  Badge,
  ExplanationTree,
  formatCalendarDate,
  Page,
  QueryBoundary,
  useSession,
  useTRPC,
} from '@bacc/ui';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import type { LearnerInspection } from '../api-types.ts';
import { EvidenceTables } from './EvidenceTables.tsx';
import { learnerName } from './labels.ts';

const route = getRouteApi('/moderation/$submissionId/learners/$learnerId');

/** One submitted learner, read-only: the decision, why (tier by tier), and the evidence behind it. */
export function LearnerInspectionPage() {
  const { user } = useSession();
  const trpc = useTRPC();
  const { submissionId, learnerId } = route.useParams();
  const inspection = useQuery(
    trpc.trust.moderation.learner.queryOptions({ trustId: user.trustId, submissionId, learnerId }),
  );
  return (
    <Page
      title={inspection.data ? learnerName(inspection.data.learner) : 'Learner'}
      caption={
        <Link to="/moderation/$submissionId" params={{ submissionId }} search={(prev) => prev}>
          Back to the submission
        </Link>
      }
      description="Read-only: what the centre submitted, and the decision Bacc computed from it."
    >
      <QueryBoundary
        query={inspection}
        loadingLabel="Loading the learner…"
        errorTitle="Sorry, this learner could not be loaded"
      >
        {(data) => <Inspection data={data} />}
      </QueryBoundary>
    </Page>
  );
}

function Inspection({ data }: { data: LearnerInspection }) {
  const { learner, decision } = data;
  const explanation = decision?.explanation;
  return (
    <>
      <dl className="summary-list">
        <div>
          <dt>Centre</dt>
          <dd>{learner.centreName}</dd>
        </div>
        <div>
          <dt>ULN</dt>
          <dd>{learner.uln ? <span className="mono">{learner.uln}</span> : 'None recorded'}</dd>
        </div>
        <div>
          <dt>Leaving year</dt>
          <dd>{learner.leavingYear}</dd>
        </div>
        <div>
          <dt>Tier</dt>
          <dd>{decision ? (decision.tier?.name ?? 'No award') : 'Not decided'}</dd>
        </div>
        <div>
          <dt>Pathway</dt>
          <dd>{decision?.pathway?.name ?? '–'}</dd>
        </div>
        <div>
          <dt>Award grade</dt>
          <dd>{decision?.awardGrade?.name ?? '–'}</dd>
        </div>
        {data.decidedAt ? (
          <div>
            <dt>Decided</dt>
            <dd>
              {formatCalendarDate(data.decidedAt)} under {decision?.frameworkId} version{' '}
              {decision?.frameworkVersion}
            </dd>
          </div>
        ) : null}
      </dl>
      {explanation ? (
        <section aria-labelledby="why-heading" className="stack">
          <h2 id="why-heading">Why this decision</h2>
          <p>{explanation.summary}</p>
          {explanation.tiers.map((tier) => (
            <div key={tier.id} className="card">
              <h3>
                {tier.name}{' '}
                <Badge tone={tier.met ? 'success' : 'neutral'}>
                  {tier.met ? 'Met' : 'Not met'}
                </Badge>
              </h3>
              <ul className="explain-list explain-root">
                {tier.requirements.map((r, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: requirements keep their framework order
                  <li key={i} className="explain-node">
                    <strong>{r.componentName}</strong>
                    {r.explanation ? (
                      <ExplanationTree node={r.explanation} named={explanation.named} />
                    ) : (
                      <p>{r.text ?? (r.met ? 'Met' : 'Not met')}</p>
                    )}
                  </li>
                ))}
              </ul>
              {tier.failing.length > 0 ? (
                <ul>
                  {tier.failing.map((f) => (
                    <li key={f.code}>
                      Failing condition {f.code}: {f.description}
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
          ))}
          {explanation.gap ? (
            <div className="gap">
              <h3>Still needed for {explanation.gap.tier.name}</h3>
              <ul>
                {explanation.gap.needs.map((n, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: needs have no ids and never reorder
                  <li key={i}>
                    {n.componentName}: {n.text}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </section>
      ) : (
        <p>This learner has no stored decision, so there is nothing to explain.</p>
      )}
      <EvidenceTables
        evidence={data.evidence}
        counted={explanation?.evidence.counted ?? []}
        dropped={explanation?.evidence.dropped ?? []}
      />
    </>
  );
}
