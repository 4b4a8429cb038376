import { type ImportKind, type ImportMapping, importKindLabels } from '@bacc/schema';
import {
  describeError,
  LoadingState,
  Message,
  Page,
  ProgressBar,
  useSession,
  useTRPCClient,
} from '@bacc/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { ChooseFile } from './ChooseFile.tsx';
import { DryRunResult } from './DryRunResult.tsx';
import { downloadText, problemsCsv } from './errorsCsv.ts';
import { ImportSummary } from './ImportSummary.tsx';
import { MappingForm } from './MappingForm.tsx';
import { type ParsedFile, parseCsvFile } from './parseCsv.ts';
import { type CheckProgress, checkFile } from './runImport.ts';
import type { CommitOutcome, DryRun, MappingSuggestion } from './types.ts';

type Stage =
  | { step: 'choose' }
  | { step: 'reading'; fileName: string; percent: number }
  | { step: 'matching'; file: ParsedFile }
  | { step: 'mapping'; file: ParsedFile; suggestion: MappingSuggestion }
  | { step: 'checking'; file: ParsedFile; progress: CheckProgress }
  | { step: 'checked'; file: ParsedFile; result: DryRun; committing: boolean }
  | { step: 'done'; file: ParsedFile; outcome: CommitOutcome };

const headings: Record<Stage['step'], string> = {
  choose: '1. Choose the file',
  reading: '1. Reading the file',
  matching: '2. Matching its columns',
  mapping: '2. Match its columns to Bacc’s fields',
  checking: '3. Checking every row',
  checked: '3. Check the result',
  done: '4. Imported',
};
const MAX_BYTES = 50 * 1024 * 1024;

/** Bulk import from an MIS export: choose, map, dry run (with every problem), then commit. */
export function ImportPage() {
  const { user } = useSession();
  const api = useTRPCClient().centre.import;
  const queryClient = useQueryClient();
  const centreId = user.centreId as string;
  const [kind, setKind] = useState<ImportKind>('learners');
  const [stage, setStage] = useState<Stage>({ step: 'choose' });
  const [error, setError] = useState<string | null>(null);
  const [downloading, setDownloading] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const previousStep = useRef(stage.step);

  // Each step is announced by moving focus to its heading.
  useEffect(() => {
    if (previousStep.current === stage.step) return;
    previousStep.current = stage.step;
    heading.current?.focus();
  }, [stage.step]);

  const fail = (e: unknown, back: Stage) => {
    setError(describeError(e));
    setStage(back);
  };

  const refuse = (message: string) => {
    setError(message);
    setStage({ step: 'choose' });
  };

  const readFile = async (picked: File) => {
    setError(null);
    if (picked.size > MAX_BYTES)
      return refuse('The file is larger than 50 MB: split it into smaller files.');
    setStage({ step: 'reading', fileName: picked.name, percent: 0 });
    try {
      const file = await parseCsvFile(picked, (f) =>
        setStage({ step: 'reading', fileName: picked.name, percent: f * 100 }),
      );
      if (file.headers.length === 0 || file.headers.every((h) => h === ''))
        return refuse(`${picked.name} is empty: it needs a header row, then one row per record.`);
      if (file.rows.length === 0)
        return refuse(`${picked.name} has a header row but no rows under it.`);
      setStage({ step: 'matching', file });
      const suggestion = await api.suggestMapping.mutate({ centreId, kind, headers: file.headers });
      setStage({ step: 'mapping', file, suggestion });
    } catch (e) {
      fail(e, { step: 'choose' });
    }
  };

  const check = async (file: ParsedFile, mapping: ImportMapping) => {
    setError(null);
    const progress = { percent: 10, text: 'Starting the upload', problemsSoFar: 0 };
    setStage({ step: 'checking', file, progress });
    try {
      const result = await checkFile(api, centreId, kind, file, mapping, (p) =>
        setStage({ step: 'checking', file, progress: p }),
      );
      setStage({ step: 'checked', file, result, committing: false });
    } catch (e) {
      fail(e, { step: 'mapping', file, suggestion: { mapping, remembered: false } });
    }
  };

  const commit = async (file: ParsedFile, result: DryRun) => {
    setError(null);
    setStage({ step: 'checked', file, result, committing: true });
    try {
      const outcome = await api.commit.mutate({ centreId, sessionId: result.sessionId });
      // Lists, dashboards and learner pages all read what the import changed.
      if (outcome.status === 'committed') await queryClient.invalidateQueries();
      setStage({ step: 'done', file, outcome });
    } catch (e) {
      fail(e, { step: 'checked', file, result, committing: false });
    }
  };

  const download = async (result: DryRun, fileName: string) => {
    setDownloading(true);
    try {
      const all = await api.errors.query({ centreId, sessionId: result.sessionId });
      downloadText(`${fileName.replace(/\.csv$/i, '')}-problems.csv`, problemsCsv(all));
    } catch (e) {
      setError(describeError(e));
    } finally {
      setDownloading(false);
    }
  };

  const restart = () => {
    setError(null);
    setStage({ step: 'choose' });
  };

  return (
    <Page
      title="Import"
      caption={user.centreName ?? undefined}
      description="Add or update learners, results or personal development activities from a CSV file exported by your MIS. Nothing is saved until every row is right."
    >
      <section className="card stack" aria-labelledby="import-step">
        <h2 id="import-step" ref={heading} tabIndex={-1}>
          {headings[stage.step]}
          {stage.step !== 'choose' ? (
            <span className="cell-secondary">{importKindLabels[kind]}</span>
          ) : null}
        </h2>
        {error ? (
          <Message tone="danger" live="alert" title="That did not work">
            <p>{error}</p>
          </Message>
        ) : null}
        {stage.step === 'choose' ? (
          <ChooseFile kind={kind} onKindChange={setKind} onFile={readFile} />
        ) : null}
        {stage.step === 'reading' ? (
          <ProgressBar
            label={`Reading ${stage.fileName}`}
            value={stage.percent * 0.1}
            valueText={`Read ${Math.round(stage.percent)}% of the file`}
          />
        ) : null}
        {stage.step === 'matching' ? <LoadingState label="Matching the file’s columns…" /> : null}
        {stage.step === 'mapping' ? (
          <MappingForm
            kind={kind}
            file={stage.file}
            initial={stage.suggestion.mapping}
            remembered={stage.suggestion.remembered}
            onSubmit={(mapping) => check(stage.file, mapping)}
            onCancel={restart}
          />
        ) : null}
        {stage.step === 'checking' ? (
          <>
            <ProgressBar
              label={`Checking ${stage.file.fileName}`}
              value={stage.progress.percent}
              valueText={stage.progress.text}
            />
            {stage.progress.problemsSoFar > 0 ? (
              <p className="muted">
                {stage.progress.problemsSoFar.toLocaleString('en-GB')} problems found so far.
              </p>
            ) : null}
          </>
        ) : null}
        {stage.step === 'checked' ? (
          <>
            {stage.committing ? (
              <ProgressBar
                label={`Importing ${stage.file.fileName}`}
                value={0}
                valueText={`Saving ${stage.result.rowCount.toLocaleString('en-GB')} rows in one transaction and deciding each learner’s award again`}
              />
            ) : null}
            <DryRunResult
              result={stage.result}
              fileName={stage.file.fileName}
              committing={stage.committing}
              downloading={downloading}
              onDownload={() => download(stage.result, stage.file.fileName)}
              onCommit={() => commit(stage.file, stage.result)}
              onRestart={restart}
            />
          </>
        ) : null}
        {stage.step === 'done' ? (
          <>
            <ProgressBar
              label={`Importing ${stage.file.fileName}`}
              value={100}
              valueText="Import complete"
            />
            <ImportSummary
              outcome={stage.outcome}
              fileName={stage.file.fileName}
              onRestart={restart}
            />
          </>
        ) : null}
      </section>
    </Page>
  );
}
