import {
  Badge,
  EmptyState,
  ErrorState,
  LoadingState,
  learnerNames,
  Message,
  Page,
  useSession,
  useTRPC,
} from '@bacc/ui';
import { useIsMutating, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { AwardPanel } from '../awards/AwardPanel.tsx';
import { DataProtectionPanel } from './DataProtectionPanel.tsx';
import { ActivitiesSection } from './evidence/ActivitiesSection.tsx';
import { EnglishMathsSection } from './evidence/EnglishMathsSection.tsx';
import { ProjectSection } from './evidence/ProjectSection.tsx';
import { ResultsSection } from './evidence/ResultsSection.tsx';
import { LearnerDetailsCard } from './LearnerDetailsCard.tsx';
import { LearnerProgress } from './progress/LearnerProgress.tsx';

const route = getRouteApi('/learners/$learnerId');

/** One learner's record: details, evidence, live progress against the award and what-ifs. */
export function LearnerPage() {
  const { learnerId } = route.useParams();
  const { user } = useSession();
  const centreId = user.centreId as string;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const input = { centreId, learnerId };
  const record = useQuery(trpc.centre.learners.record.queryOptions(input));
  const catalogue = useQuery(
    trpc.centre.catalogue.list.queryOptions({ centreId }, { staleTime: 5 * 60_000 }),
  );
  const saving = useIsMutating() > 0;
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: trpc.centre.learners.record.queryKey(input) });

  if (record.isPending)
    return (
      <Page title="Learner" caption={<Link to="/">Learners</Link>}>
        <LoadingState label="Loading the learner’s record…" />
      </Page>
    );
  if (record.isError && !record.data)
    return (
      <Page title="Learner" caption={<Link to="/">Learners</Link>}>
        <ErrorState
          title="Sorry, this learner’s record could not be loaded"
          error={record.error}
          onRetry={() => void record.refetch()}
          retrying={record.isFetching}
        />
      </Page>
    );
  const data = record.data;
  const { learner, locked } = data;
  const { display, legal } = learnerNames(learner);
  const sectionProps = { centreId, learnerId, locked, catalogue: catalogue.data, refresh };

  return (
    <Page
      title={display}
      caption={<Link to="/">Learners</Link>}
      description={
        <>
          {legal ? <>Legal name {legal}. </> : null}
          ULN <span className="mono">{learner.uln ?? 'not recorded'}</span> · UPN{' '}
          <span className="mono">{learner.upn ?? 'not recorded'}</span> · leaving{' '}
          {learner.leavingYear} {locked ? <Badge tone="info">Submitted: locked</Badge> : null}
        </>
      }
    >
      {locked ? (
        <Message tone="info" live="none" title="This record is locked">
          The learner has been submitted for award. Their record cannot change until the trust
          returns it.
        </Message>
      ) : null}
      {catalogue.isError ? (
        <Message tone="danger" live="alert" title="The qualification catalogue could not be loaded">
          Results and projects cannot be added until it loads. Reload the page to try again.
        </Message>
      ) : null}
      <div className="learner-layout">
        <div className="learner-record stack">
          <LearnerDetailsCard
            centreId={centreId}
            learner={learner}
            locked={locked}
            refresh={refresh}
          />
          <ResultsSection {...sectionProps} results={data.results} />
          <ProjectSection {...sectionProps} projects={data.projects} />
          <ActivitiesSection {...sectionProps} activities={data.activities} />
          <EnglishMathsSection attainment={data.englishMaths} />
          <DataProtectionPanel
            learnerId={learnerId}
            legalName={`${learner.legalGivenName} ${learner.legalFamilyName}`}
          />
        </div>
        <div className="learner-progress stack">
          <AwardPanel learnerId={learnerId} />
          {data.framework ? (
            <LearnerProgress
              data={data}
              catalogue={catalogue.data}
              saving={saving || record.isFetching}
            />
          ) : (
            <section className="card" aria-labelledby="progress-heading">
              <h2 id="progress-heading">Progress towards the award</h2>
              <EmptyState title="No framework for this leaving year">
                <p>
                  The trust has not pinned a framework version to {learner.leavingYear} leavers at
                  your centre yet, so no decision can be made. Ask your trust administrator.
                </p>
              </EmptyState>
            </section>
          )}
        </div>
      </div>
    </Page>
  );
}
