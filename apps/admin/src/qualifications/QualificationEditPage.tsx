import { Button, describeError, Message, Page, QueryBoundary, useSession, useTRPC } from '@bacc/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { describeSize } from './catalogueSearch.ts';
import { QualificationForm } from './QualificationForm.tsx';
import { draftFrom, emptyDraft } from './qualificationForm.ts';

const caption = <Link to="/qualifications">Qualifications</Link>;

function useScales() {
  const { user } = useSession();
  const trpc = useTRPC();
  return useQuery(trpc.trust.catalogue.scales.list.queryOptions({ trustId: user.trustId }));
}

export function NewQualificationPage() {
  const { user } = useSession();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const scales = useScales();
  const create = useMutation(
    trpc.trust.catalogue.create.mutationOptions({
      onSuccess: async (q) => {
        await queryClient.invalidateQueries({ queryKey: trpc.trust.catalogue.pathKey() });
        await navigate({
          to: '/qualifications/$qualificationId',
          params: { qualificationId: q.id },
        });
      },
    }),
  );
  return (
    <Page title="Add a qualification" caption={caption}>
      <QueryBoundary query={scales} loadingLabel="Loading grade scales…">
        {(data) => (
          <QualificationForm
            initial={emptyDraft}
            scales={data.scales}
            submitLabel="Add qualification"
            busy={create.isPending}
            serverError={create.isError ? describeError(create.error) : null}
            onSubmit={(qualification) => create.mutate({ trustId: user.trustId, qualification })}
          />
        )}
      </QueryBoundary>
    </Page>
  );
}

const route = getRouteApi('/qualifications/$qualificationId');

export function QualificationEditPage() {
  const { user } = useSession();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { qualificationId } = route.useParams();
  const ref = { trustId: user.trustId, qualificationId };
  const qualification = useQuery(trpc.trust.catalogue.get.queryOptions(ref));
  const scales = useScales();
  const [saved, setSaved] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.trust.catalogue.pathKey() });
  const update = useMutation(
    trpc.trust.catalogue.update.mutationOptions({
      onSuccess: async () => {
        setSaved(true);
        await refresh();
      },
    }),
  );
  const remove = useMutation(
    trpc.trust.catalogue.delete.mutationOptions({
      onSuccess: async () => {
        await refresh();
        await navigate({ to: '/qualifications' });
      },
    }),
  );
  return (
    <Page title={qualification.data?.title ?? 'Qualification'} caption={caption}>
      <QueryBoundary
        query={qualification}
        loadingLabel="Loading the qualification…"
        errorTitle="Sorry, this qualification could not be loaded"
      >
        {(q) => (
          <>
            {saved && update.isSuccess ? <Message tone="success">Saved.</Message> : null}
            <p className="muted">
              Version {q.version}. Size: {describeSize(q)}. Used by {q.uses.results} result(s) and{' '}
              {q.uses.projects} project(s).
            </p>
            {scales.data ? (
              <QualificationForm
                key={q.version}
                initial={draftFrom(q)}
                scales={scales.data.scales}
                submitLabel="Save changes"
                busy={update.isPending}
                serverError={update.isError ? describeError(update.error) : null}
                onSubmit={(value) => {
                  setSaved(false);
                  update.mutate({ ...ref, version: q.version, qualification: value });
                }}
              />
            ) : null}
            <section className="card">
              <h2 className="card-title">Delete this qualification</h2>
              {q.uses.results + q.uses.projects > 0 ? (
                <p>It cannot be deleted while learners’ results or projects use it.</p>
              ) : (
                <p>Nobody uses it yet, so it can be deleted.</p>
              )}
              {remove.isError ? (
                <Message tone="danger" live="alert">
                  {describeError(remove.error)}
                </Message>
              ) : null}
              <Button
                variant="danger"
                busy={remove.isPending}
                busyLabel="Deleting…"
                onClick={() => remove.mutate({ ...ref, version: q.version })}
              >
                Delete qualification
              </Button>
            </section>
          </>
        )}
      </QueryBoundary>
    </Page>
  );
}
