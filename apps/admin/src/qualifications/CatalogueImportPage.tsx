import {
  Button,
  type Column,
  describeError,
  Message,
  Page,
  plural,
  Table,
  useSession,
  useTRPC,
} from '@bacc/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type ChangeEvent, useId, useState } from 'react';
import type { ImportPreview } from './types.ts';

type Problem = ImportPreview['errors'][number];

const problemColumns: Array<Column<Problem>> = [
  { key: 'row', header: 'Row', cell: (e) => e.row, numeric: true, rowHeader: true },
  { key: 'column', header: 'Column', cell: (e) => <span className="mono">{e.column || '—'}</span> },
  { key: 'message', header: 'Problem', cell: (e) => e.message },
];

export const CATALOGUE_CSV_HEADER =
  'qn,title,type,subject,level,glh,tqt,size_a_levels,category,discount_code,grade_scale';

/**
 * CSV import of qualifications: a check first (every problem by row and column, nothing
 * saved), then an all-or-nothing import. Any problem and nothing is added.
 */
export function CatalogueImportPage() {
  const { user } = useSession();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const fileId = useId();
  const [file, setFile] = useState<{ name: string; csv: string } | null>(null);
  const preview = useMutation(trpc.trust.catalogue.import.preview.mutationOptions());
  const commit = useMutation(
    trpc.trust.catalogue.import.commit.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.trust.catalogue.pathKey() }),
    }),
  );

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    preview.reset();
    commit.reset();
    if (!chosen) return setFile(null);
    const csv = await chosen.text();
    setFile({ name: chosen.name, csv });
    preview.mutate({ trustId: user.trustId, fileName: chosen.name, csv });
  };

  return (
    <Page
      title="Import qualifications"
      caption={<Link to="/qualifications">Qualifications</Link>}
      description="Upload a CSV file with one qualification per row. It is checked first; nothing is saved until every row is right."
    >
      <section className="card">
        <h2 className="card-title">The columns</h2>
        <p>
          The first row names the columns: <span className="mono">{CATALOGUE_CSV_HEADER}</span>.
          Title, type, level, category and grade scale are required; category is general or
          technical; the grade scale is one of the trust’s scale keys.
        </p>
      </section>
      <div className="field">
        <label className="field-label" htmlFor={fileId}>
          CSV file
        </label>
        <input id={fileId} type="file" accept=".csv,text/csv" onChange={(e) => void choose(e)} />
      </div>
      {preview.isPending ? <p role="status">Checking {file?.name}…</p> : null}
      {preview.isError ? (
        <Message tone="danger" live="alert">
          {describeError(preview.error)}
        </Message>
      ) : null}
      {preview.data && !commit.isSuccess ? (
        preview.data.ok ? (
          <Message tone="success" title="The file is ready to import">
            <p>
              {plural(preview.data.rowCount, 'qualification')} will be added. Nothing has been saved
              yet.
            </p>
            <div className="form-actions">
              <Button
                busy={commit.isPending}
                busyLabel="Importing…"
                onClick={() =>
                  file &&
                  commit.mutate({ trustId: user.trustId, fileName: file.name, csv: file.csv })
                }
              >
                Import {plural(preview.data.rowCount, 'qualification')}
              </Button>
            </div>
          </Message>
        ) : (
          <>
            <Message tone="danger" live="alert" title="Nothing can be imported yet">
              <p>
                The file has {plural(preview.data.errorCount, 'problem')}. Fix them in the file,
                then choose it again.
              </p>
            </Message>
            <Table
              caption={`Problems in ${file?.name ?? 'the file'}`}
              columns={problemColumns}
              rows={preview.data.errors}
              rowKey={(e) => `${e.row}:${e.column}:${e.message}`}
            />
          </>
        )
      ) : null}
      {commit.isError ? (
        <Message tone="danger" live="alert">
          {describeError(commit.error)}
        </Message>
      ) : null}
      {commit.isSuccess ? (
        <Message tone="success" title="Imported">
          <p>
            {plural(commit.data.added, 'qualification')} added.{' '}
            <Link to="/qualifications">See the catalogue</Link>.
          </p>
        </Message>
      ) : null}
    </Page>
  );
}
