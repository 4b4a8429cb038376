import { Button, Message, ProgressBar, plural, useSession, useTRPCClient } from '@bacc/ui';
import { useState } from 'react';
import {
  certificateProgressReader,
  DownloadError,
  type DownloadProgress,
  downloadErrorMessage,
  downloadFile,
  formatBytes,
} from './download.ts';

type State =
  | { step: 'idle' }
  | { step: 'preparing'; count: number | null }
  | { step: 'downloading'; progress: DownloadProgress; done: number; total: number }
  | { step: 'done'; fileName: string; bytes: number }
  | { step: 'failed'; message: string };

/**
 * "Download all certificates" for one cohort: one PDF with every current award's certificate
 * and transcript. The server draws the whole file first (the "preparing" step), then the bytes
 * arrive with a progress bar.
 */
export function CohortCertificatesDownload({
  cohortId,
  leavingYear,
  approved,
}: {
  cohortId: string;
  leavingYear: number;
  /** Awards exist only once the trust has approved a submission of the cohort. */
  approved: boolean;
}) {
  const { user } = useSession();
  const client = useTRPCClient();
  const [state, setState] = useState<State>({ step: 'idle' });
  const busy = state.step === 'preparing' || state.step === 'downloading';

  const start = async () => {
    setState({ step: 'preparing', count: null });
    try {
      // How many the file will hold, so the wait can be put in words.
      const { total } = await client.centre.awards.list.query({
        centreId: user.centreId as string,
        leavingYear,
        status: 'valid',
        pageSize: 1,
      });
      if (total === 0)
        throw new DownloadError(
          `No learner of the ${leavingYear} cohort holds a current award yet.`,
        );
      setState({ step: 'preparing', count: total });
      const readMarks = certificateProgressReader();
      let drawn = { done: 0, total };
      const saved = await downloadFile(`/api/cohorts/${cohortId}/certificates.pdf`, {
        onChunk: (chunk) => {
          drawn = readMarks(chunk) ?? drawn;
        },
        onProgress: (progress) => {
          if (progress.received > 0) setState({ step: 'downloading', progress, ...drawn });
        },
      });
      setState({ step: 'done', ...saved });
    } catch (error) {
      setState({ step: 'failed', message: downloadErrorMessage(error) });
    }
  };

  if (!approved) return <span className="muted">After the trust approves</span>;
  return (
    <div className="stack cohort-certificates">
      <Button
        variant="secondary"
        size="small"
        busy={busy}
        busyLabel="Downloading…"
        onClick={() => void start()}
        aria-label={`Download all certificates for the ${leavingYear} cohort`}
      >
        Download all certificates
      </Button>
      <div aria-live="polite">
        {state.step === 'preparing' ? (
          <p className="muted">
            {state.count === null
              ? 'Preparing the certificates…'
              : `Preparing ${plural(state.count, 'certificate')} (two pages each)…`}{' '}
            <progress className="progress-bar" aria-label="Preparing the certificates" />
          </p>
        ) : null}
        {state.step === 'downloading' ? (
          <ProgressBar
            label={`Preparing the ${leavingYear} certificates`}
            value={state.total ? (100 * state.done) / state.total : 0}
            valueText={`${state.done} of ${plural(state.total, 'certificate')} ready (${formatBytes(state.progress.received)} so far)`}
          />
        ) : null}
        {state.step === 'done' ? (
          <p className="muted">
            Saved {state.fileName} ({formatBytes(state.bytes)}).
          </p>
        ) : null}
      </div>
      {state.step === 'failed' ? (
        <Message tone="danger" live="alert" title="The certificates were not downloaded">
          <p>{state.message}</p>
        </Message>
      ) : null}
    </div>
  );
}
