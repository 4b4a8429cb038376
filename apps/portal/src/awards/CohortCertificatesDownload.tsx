import { Button, Message, ProgressBar } from '@bacc/ui';
import { useState } from 'react';
import { type DownloadProgress, downloadFile, formatBytes } from './download.ts';

type State =
  | { step: 'idle' }
  | { step: 'preparing' }
  | { step: 'downloading'; progress: DownloadProgress }
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
  const [state, setState] = useState<State>({ step: 'idle' });
  const busy = state.step === 'preparing' || state.step === 'downloading';

  const start = async () => {
    setState({ step: 'preparing' });
    try {
      const saved = await downloadFile(`/api/cohorts/${cohortId}/certificates.pdf`, (progress) => {
        if (progress.received > 0) setState({ step: 'downloading', progress });
      });
      setState({ step: 'done', ...saved });
    } catch (error) {
      setState({
        step: 'failed',
        message: error instanceof Error ? error.message : 'The download failed. Please try again.',
      });
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
            Preparing the certificates…{' '}
            <progress className="progress-bar" aria-label="Preparing the certificates" />
          </p>
        ) : null}
        {state.step === 'downloading' ? (
          <ProgressBar
            label={`Downloading the ${leavingYear} certificates`}
            value={
              state.progress.total ? (100 * state.progress.received) / state.progress.total : 0
            }
            valueText={
              state.progress.total
                ? `${formatBytes(state.progress.received)} of ${formatBytes(state.progress.total)}`
                : formatBytes(state.progress.received)
            }
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
