import {
  Button,
  Card,
  describeError,
  ErrorState,
  formatCount,
  Message,
  SelectField,
  useSession,
  useTRPC,
} from '@bacc/ui';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { VersionDetail } from '../types.ts';
import { ImpactResult } from './ImpactResult.tsx';

const thisYear = new Date().getFullYear();
const years = [thisYear - 1, thisYear, thisYear + 1, thisYear + 2];

/**
 * Decides every learner (or one centre's, or one leaving year's) under this version and compares
 * with their stored decisions. Runs as a job on the server; this panel polls its progress.
 */
export function ImpactPanel({ version, dirty }: { version: VersionDetail; dirty: boolean }) {
  const { user } = useSession();
  const trpc = useTRPC();
  const centres = useQuery(trpc.trust.centres.list.queryOptions({ trustId: user.trustId }));
  const [centreId, setCentreId] = useState('');
  const [leavingYear, setLeavingYear] = useState('');
  const [previewId, setPreviewId] = useState<string | null>(null);
  const start = useMutation(
    trpc.trust.frameworks.impact.start.mutationOptions({
      onSuccess: (job) => setPreviewId(job.id),
    }),
  );
  const preview = useQuery({
    ...trpc.trust.frameworks.impact.get.queryOptions({
      trustId: user.trustId,
      previewId: previewId ?? '',
    }),
    enabled: previewId !== null,
    refetchInterval: (q) => (q.state.data?.status === 'running' ? 400 : false),
  });
  const job = preview.data;
  const running = start.isPending || job?.status === 'running';

  return (
    <div className="stack">
      <Card title="Preview the impact of this version">
        <p>
          Every chosen learner is decided under {version.name}, version {version.versionNumber}, as
          last saved, and compared with the decision stored for them now.
        </p>
        <div className="filters">
          <SelectField
            label="Centre"
            value={centreId}
            onChange={(e) => setCentreId(e.target.value)}
            options={[
              { value: '', label: 'Every centre' },
              ...(centres.data ?? []).map((c) => ({ value: c.id, label: c.name })),
            ]}
          />
          <SelectField
            label="Leaving year"
            value={leavingYear}
            onChange={(e) => setLeavingYear(e.target.value)}
            options={[
              { value: '', label: 'Every year' },
              ...years.map((y) => ({ value: String(y), label: String(y) })),
            ]}
          />
        </div>
        {dirty ? (
          <Message tone="warning">
            Save the draft first: the preview uses the saved version.
          </Message>
        ) : null}
        {!version.validation.ok ? (
          <Message tone="warning">
            Fix the problems in this draft before previewing its impact.
          </Message>
        ) : null}
        <div className="button-row">
          <Button
            onClick={() =>
              start.mutate({
                trustId: user.trustId,
                versionId: version.id,
                centreId: centreId || null,
                leavingYear: leavingYear ? Number(leavingYear) : null,
              })
            }
            busy={running}
            busyLabel="Previewing…"
            disabled={dirty || !version.validation.ok}
          >
            Preview impact
          </Button>
        </div>
      </Card>
      {start.isError ? (
        <Message tone="danger" live="alert" title="The preview could not start">
          <p>{describeError(start.error)}</p>
        </Message>
      ) : null}
      {preview.isError ? (
        <ErrorState
          title="Sorry, the preview’s progress could not be read"
          error={preview.error}
          onRetry={() => void preview.refetch()}
        />
      ) : null}
      {job ? <JobProgress processed={job.processed} total={job.total} status={job.status} /> : null}
      {job?.status === 'failed' ? (
        <Message tone="danger" live="alert" title="The preview did not finish">
          <p>{job.error}</p>
        </Message>
      ) : null}
      {job?.status === 'done' && job.result ? <ImpactResult result={job.result} /> : null}
    </div>
  );
}

function JobProgress({
  processed,
  total,
  status,
}: {
  processed: number;
  total: number;
  status: string;
}) {
  const percent = total === 0 ? 100 : Math.round((processed / total) * 100);
  const text =
    status === 'done'
      ? `Decided all ${formatCount(total)} learners`
      : `Decided ${formatCount(processed)} of ${formatCount(total)} learners`;
  return (
    <div className="progress">
      <p className="progress-label" id="impact-progress-label">
        Impact preview
      </p>
      <progress
        className="progress-bar"
        value={percent}
        max={100}
        aria-labelledby="impact-progress-label"
        aria-valuetext={`${percent}%: ${text}`}
      />
      <p className="progress-text" role="status">
        {text}
      </p>
    </div>
  );
}
