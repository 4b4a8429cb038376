import { Button, describeError, errorCode, Message, useSession, useTRPC } from '@bacc/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import type { Json, VersionDetail } from './types.ts';

interface Props {
  version: VersionDetail;
  draft: Json;
  dirty: boolean;
  onSaved: (saved: { version: number; validation: VersionDetail['validation'] }) => void;
}

/** Save, publish (with confirmation), retire, discard or copy, as the version's status allows. */
export function VersionActions({ version, draft, dirty, onSaved }: Props) {
  const { user } = useSession();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState<'publish' | 'retire' | 'discard' | null>(null);
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: trpc.trust.frameworks.pathKey() });
  const ref = { trustId: user.trustId, versionId: version.id };

  const save = useMutation(
    trpc.trust.frameworks.saveDraft.mutationOptions({
      onSuccess: (saved) => {
        onSaved({ version: saved.version, validation: saved.validation });
        void refresh();
      },
    }),
  );
  const publish = useMutation(
    trpc.trust.frameworks.publish.mutationOptions({
      onSuccess: () => {
        setConfirming(null);
        void refresh();
      },
    }),
  );
  const retire = useMutation(
    trpc.trust.frameworks.retire.mutationOptions({
      onSuccess: () => {
        setConfirming(null);
        void refresh();
      },
    }),
  );
  const discard = useMutation(
    trpc.trust.frameworks.discardDraft.mutationOptions({
      onSuccess: async () => {
        await navigate({ to: '/frameworks' });
        void refresh();
      },
    }),
  );
  const copy = useMutation(
    trpc.trust.frameworks.createDraft.mutationOptions({
      onSuccess: (d) => {
        void refresh();
        void navigate({ to: '/frameworks/$versionId', params: { versionId: d.id } });
      },
    }),
  );
  const failed = [save, publish, retire, discard, copy].find((m) => m.isError);
  const invalid = !version.validation.ok;

  return (
    <div className="stack">
      {failed ? (
        <Message tone="danger" live="alert" title="That did not work">
          <p>{describeError(failed.error)}</p>
          {errorCode(failed.error) === 'CONFLICT' ? (
            <Button variant="secondary" size="small" onClick={() => window.location.reload()}>
              Reload the latest version
            </Button>
          ) : null}
        </Message>
      ) : null}
      {save.isSuccess && !dirty ? <Message tone="success">Draft saved.</Message> : null}
      <div className="button-row">
        {version.status === 'draft' ? (
          <>
            <Button
              onClick={() => save.mutate({ ...ref, version: version.version, definition: draft })}
              busy={save.isPending}
              busyLabel="Saving…"
              disabled={!dirty}
            >
              Save draft
            </Button>
            <Button
              variant="secondary"
              onClick={() => setConfirming('publish')}
              disabled={dirty || invalid}
              aria-describedby="publish-hint"
            >
              Publish…
            </Button>
            <Button variant="secondary" onClick={() => setConfirming('discard')}>
              Discard draft…
            </Button>
          </>
        ) : null}
        {version.status === 'published' ? (
          <Button variant="secondary" onClick={() => setConfirming('retire')}>
            Retire…
          </Button>
        ) : null}
        <Button
          variant="secondary"
          busy={copy.isPending}
          busyLabel="Copying…"
          onClick={() =>
            copy.mutate({ trustId: user.trustId, source: { kind: 'copy', versionId: version.id } })
          }
        >
          New draft from this version
        </Button>
      </div>
      {version.status === 'draft' ? (
        <p id="publish-hint" className="muted">
          {dirty
            ? 'Save your changes before publishing.'
            : invalid
              ? 'Fix the problems listed before publishing.'
              : 'Publishing freezes this version for good; cohorts can then be pinned to it.'}
        </p>
      ) : null}
      {confirming === 'publish' ? (
        <div className="inline-confirm">
          <p id="confirm-publish">
            Publish{' '}
            <strong>
              {version.name}, version {version.versionNumber}
            </strong>
            ? It can never be changed afterwards, only retired.
          </p>
          <div className="button-row">
            <Button
              busy={publish.isPending}
              busyLabel="Publishing…"
              onClick={() => publish.mutate({ ...ref, version: version.version })}
            >
              Publish version {version.versionNumber}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(null)}>
              Cancel
            </Button>
          </div>
        </div>
      ) : null}
      {confirming === 'discard' ? (
        <div className="inline-confirm">
          <p>Discard this draft? Its rules are deleted; published versions are not affected.</p>
          <div className="button-row">
            <Button
              variant="danger"
              busy={discard.isPending}
              busyLabel="Discarding…"
              onClick={() => discard.mutate({ ...ref, version: version.version })}
            >
              Discard draft
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(null)}>
              Cancel
            </Button>
          </div>
        </div>
      ) : null}
      {confirming === 'retire' ? (
        <div className="inline-confirm">
          <p id="confirm-retire">
            Retire{' '}
            <strong>
              {version.name}, version {version.versionNumber}
            </strong>
            ? Cohorts already pinned to it keep working; no new cohort can choose it.
          </p>
          <div className="button-row">
            <Button
              variant="danger"
              busy={retire.isPending}
              busyLabel="Retiring…"
              onClick={() => retire.mutate(ref)}
            >
              Retire version {version.versionNumber}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(null)}>
              Cancel
            </Button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
