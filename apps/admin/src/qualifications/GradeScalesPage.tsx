import { EmptyState, Message, Page, QueryBoundary, useSession, useTRPC } from '@bacc/ui';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { GradeScaleEditor, NewGradeScaleForm, NewPointsTableForm } from './GradeScaleEditor.tsx';

/**
 * Grade scales (grades lowest first) and points tables such as the UCAS Tariff, as data the
 * trust edits. A points table gives points per grade for each scale it covers.
 */
export function GradeScalesPage() {
  const { user } = useSession();
  const trpc = useTRPC();
  const data = useQuery(trpc.trust.catalogue.scales.list.queryOptions({ trustId: user.trustId }));
  return (
    <Page
      title="Grade scales and points"
      caption={<Link to="/qualifications">Qualifications</Link>}
      description="Each qualification is graded on one of these scales. Points tables, such as the UCAS Tariff, give each grade its points."
    >
      <QueryBoundary
        query={data}
        loadingLabel="Loading grade scales…"
        errorTitle="Sorry, the grade scales could not be loaded"
      >
        {({ scales, pointsTables }) => (
          <>
            {pointsTables.length === 0 ? (
              <Message tone="info" live="none">
                <p>No points table yet. Add one (for example the UCAS Tariff) below.</p>
              </Message>
            ) : null}
            {scales.length === 0 ? (
              <EmptyState title="No grade scales yet">
                <p>Add a grade scale before adding qualifications.</p>
              </EmptyState>
            ) : (
              scales.map((scale) => (
                <GradeScaleEditor
                  key={`${scale.key}:${scale.version}:${pointsTables.map((t) => t.version).join()}`}
                  scale={scale}
                  pointsTables={pointsTables}
                />
              ))
            )}
            <NewGradeScaleForm />
            <NewPointsTableForm />
          </>
        )}
      </QueryBoundary>
    </Page>
  );
}
