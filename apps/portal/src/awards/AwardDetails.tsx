import {
  Badge,
  Button,
  describeError,
  ErrorState,
  formatCalendarDate,
  LoadingState,
  Message,
  useTRPC,
  useTRPCClient,
} from '@bacc/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { downloadErrorMessage, downloadFile, saveBlob } from './download.ts';
import { awardSummary, statusWords } from './words.ts';

/** One award in full: status, code, verify link, the two downloads and the public choice. */
export function AwardDetails({ centreId, awardId }: { centreId: string; awardId: string }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const input = { centreId, awardId };
  const award = useQuery(trpc.centre.awards.get.queryOptions(input));
  const [download, setDownload] = useState<{ busy: 'pdf' | 'json' | null; error: string | null }>({
    busy: null,
    error: null,
  });
  const setPublic = useMutation(
    trpc.centre.awards.setComponentsPublic.mutationOptions({
      onSuccess: () =>
        void queryClient.invalidateQueries({ queryKey: trpc.centre.awards.pathKey() }),
    }),
  );

  if (award.isPending) return <LoadingState label="Loading the award…" />;
  if (award.isError)
    return (
      <ErrorState
        title="Sorry, the award could not be loaded"
        error={award.error}
        onRetry={() => void award.refetch()}
        retrying={award.isFetching}
      />
    );
  const a = award.data;
  const status = statusWords[a.status];

  const run = async (kind: 'pdf' | 'json', work: () => Promise<unknown>) => {
    setDownload({ busy: kind, error: null });
    try {
      await work();
      setDownload({ busy: null, error: null });
    } catch (error) {
      setDownload({ busy: null, error: downloadErrorMessage(error) });
    }
  };
  const downloadCertificate = () =>
    run('pdf', () => downloadFile(`/api/awards/${a.id}/certificate.pdf`));
  const downloadCredential = () =>
    run('json', async () => {
      const file = await client.centre.awards.credential.query(input);
      const json = `${JSON.stringify(file.credential, null, 2)}\n`;
      saveBlob(new Blob([json], { type: 'application/json' }), file.fileName);
    });

  return (
    <div className="stack">
      <dl className="summary-list">
        <div>
          <dt>Status</dt>
          <dd>
            <Badge tone={status.tone}>{status.label}</Badge>
          </dd>
        </div>
        <div>
          <dt>Award</dt>
          <dd>{awardSummary(a)}</dd>
        </div>
        <div>
          <dt>Issued</dt>
          <dd>
            {formatCalendarDate(a.issuedOn)} under {a.frameworkName}, version {a.frameworkVersion}
          </dd>
        </div>
        <div>
          <dt>Verification code</dt>
          <dd className="mono">{a.verificationCode}</dd>
        </div>
        <div>
          <dt>Verification page</dt>
          <dd>
            <a className="award-link" href={a.verifyUrl} target="_blank" rel="noopener noreferrer">
              {a.verifyUrl}
              <span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          </dd>
        </div>
      </dl>
      {a.status === 'revoked' ? (
        <Message tone="danger" live="none" title="This award has been revoked">
          <p>
            Revoked on {a.revokedOn ? formatCalendarDate(a.revokedOn) : 'an unknown date'}:{' '}
            {a.revokedReason}
          </p>
        </Message>
      ) : null}
      {a.status === 'superseded' ? (
        <Message tone="warning" live="none" title="This award has been replaced">
          <p>
            Replaced{a.revokedOn ? ` on ${formatCalendarDate(a.revokedOn)}` : ''}
            {a.supersededByCode ? ` by award ${a.supersededByCode}` : ''}: {a.revokedReason}
          </p>
        </Message>
      ) : null}
      <div className="button-row">
        <Button
          onClick={() => void downloadCertificate()}
          busy={download.busy === 'pdf'}
          busyLabel="Preparing the certificate…"
        >
          Download certificate (PDF)
        </Button>
        <Button
          variant="secondary"
          onClick={() => void downloadCredential()}
          busy={download.busy === 'json'}
          busyLabel="Preparing the credential…"
          disabled={!a.hasCredential}
        >
          Download signed credential (JSON)
        </Button>
      </div>
      {download.error ? (
        <Message tone="danger" live="alert" title="The download did not work">
          <p>{download.error}</p>
        </Message>
      ) : null}
      <div className="checkbox-field">
        <input
          id={`public-${a.id}`}
          type="checkbox"
          checked={a.componentsPublic}
          disabled={setPublic.isPending || a.status !== 'valid'}
          aria-describedby={`public-${a.id}-hint`}
          onChange={(event) =>
            setPublic.mutate({ ...input, componentsPublic: event.target.checked })
          }
        />
        <label htmlFor={`public-${a.id}`}>Show the component breakdown publicly</label>
      </div>
      <p className="field-hint" id={`public-${a.id}-hint`}>
        When ticked, anyone checking this award’s code also sees each component, met or not. Only do
        this with the learner’s agreement.
      </p>
      {setPublic.isError ? (
        <Message tone="danger" live="alert" title="The choice was not saved">
          <p>{describeError(setPublic.error)}</p>
        </Message>
      ) : null}
    </div>
  );
}
