import { describeError, Message, Page, QueryBoundary, useSession, useTRPC } from '@bacc/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { AccreditationPanel } from './AccreditationPanel.tsx';
import { CentreForm, emptyCentre } from './CentreForm.tsx';

const caption = <Link to="/">Centres</Link>;

export function NewCentrePage() {
  const { user } = useSession();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const create = useMutation(
    trpc.trust.centres.create.mutationOptions({
      onSuccess: async (centre) => {
        await queryClient.invalidateQueries({ queryKey: trpc.trust.pathKey() });
        await navigate({ to: '/centres/$centreId', params: { centreId: centre.id } });
      },
    }),
  );
  return (
    <Page
      title="Add a centre"
      caption={caption}
      description="A school or college that will run the award. It can apply for accreditation once its centre admin is invited."
    >
      <CentreForm
        initial={emptyCentre}
        submitLabel="Add centre"
        busy={create.isPending}
        serverError={create.isError ? describeError(create.error) : null}
        onSubmit={(centre) => create.mutate({ trustId: user.trustId, centre })}
      />
    </Page>
  );
}

const route = getRouteApi('/centres/$centreId');

/** One centre: its details to edit, and its accreditation to review and decide. */
export function CentrePage() {
  const { user } = useSession();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { centreId } = route.useParams();
  const ref = { trustId: user.trustId, centreId };
  // Centres apply from the portal, so the review is fetched afresh on every visit.
  const review = useQuery({
    ...trpc.trust.accreditation.get.queryOptions(ref),
    refetchOnMount: 'always',
  });
  const update = useMutation(
    trpc.trust.centres.update.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.trust.pathKey() }),
    }),
  );
  return (
    <Page title={review.data?.centre.name ?? 'Centre'} caption={caption}>
      <QueryBoundary
        query={review}
        loadingLabel="Loading the centre…"
        errorTitle="Sorry, this centre could not be loaded"
      >
        {(data) => (
          <>
            <AccreditationPanel review={data} />
            <section className="card">
              <h2 className="card-title">Details</h2>
              {update.isSuccess ? <Message tone="success">Saved.</Message> : null}
              <CentreForm
                key={data.centre.version}
                initial={{
                  urn: data.centre.urn,
                  name: data.centre.name,
                  kind: data.centre.kind,
                  town: data.centre.town ?? '',
                  address: data.centre.address ?? '',
                }}
                submitLabel="Save details"
                busy={update.isPending}
                serverError={update.isError ? describeError(update.error) : null}
                onSubmit={(centre) =>
                  update.mutate({ ...ref, version: data.centre.version, centre })
                }
              />
            </section>
          </>
        )}
      </QueryBoundary>
    </Page>
  );
}
