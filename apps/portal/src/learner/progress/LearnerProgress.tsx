import { ErrorState, LoadingState } from '@bacc/ui';
import { useMemo } from 'react';
import type { Catalogue, LearnerRecordData } from '../types.ts';
import { useCompiledFramework } from './engine.ts';
import { ProgressPanel } from './ProgressPanel.tsx';
import { loadedRecord } from './record.ts';
import { WhatIfPanel } from './WhatIfPanel.tsx';

/** Live progress and what-ifs, decided in the browser with the same engine as the server. */
export function LearnerProgress({
  data,
  catalogue,
  saving,
}: {
  data: LearnerRecordData;
  catalogue: Catalogue | undefined;
  saving: boolean;
}) {
  const framework = useCompiledFramework(data.framework);
  const record = useMemo(() => loadedRecord(data), [data]);
  const decision = useMemo(
    () => framework.data?.evaluate(record, { explain: true }) ?? null,
    [framework.data, record],
  );
  if (framework.isPending)
    return (
      <section className="card" aria-labelledby="progress-heading">
        <h2 id="progress-heading">Progress towards the award</h2>
        <LoadingState label="Working out progress…" />
      </section>
    );
  if (framework.isError || !framework.data || !decision)
    return (
      <section className="card" aria-labelledby="progress-heading">
        <h2 id="progress-heading">Progress towards the award</h2>
        <ErrorState title="Progress could not be worked out here" error={framework.error} />
      </section>
    );
  return (
    <>
      <ProgressPanel
        decision={decision}
        stored={data.decision?.decision ?? null}
        saving={saving}
        frameworkName={data.framework?.name ?? 'framework'}
      />
      <WhatIfPanel framework={framework.data} record={record} catalogue={catalogue} />
    </>
  );
}
