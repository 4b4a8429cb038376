import { formatCalendarDate, Page, QueryBoundary, useSession, useTRPC } from '@bacc/ui';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { EditorContext, type EditorState } from './editor/EditorContext.ts';
import { setIn } from './editor/paths.ts';
import { StructuredEditor } from './editor/StructuredEditor.tsx';
import type { VersionView } from './frameworkSearch.ts';
import { IssueList } from './IssueList.tsx';
import { ImpactPanel } from './impact/ImpactPanel.tsx';
import { JsonView } from './JsonView.tsx';
import type { Json, VersionDetail } from './types.ts';
import { VersionActions } from './VersionActions.tsx';
import { StatusBadge, versionTitle } from './versionStatus.tsx';

const route = getRouteApi('/frameworks/$versionId');

export function FrameworkVersionPage() {
  const { user } = useSession();
  const trpc = useTRPC();
  const { versionId } = route.useParams();
  const version = useQuery(
    trpc.trust.frameworks.get.queryOptions({ trustId: user.trustId, versionId }),
  );
  return (
    <QueryBoundary
      query={version}
      loadingLabel="Loading the framework…"
      errorTitle="Sorry, this framework version could not be loaded"
    >
      {(v) => <VersionEditor key={`${v.id}:${v.status}`} version={v} />}
    </QueryBoundary>
  );
}

const tabs: { view: VersionView; label: string }[] = [
  { view: 'editor', label: 'Editor' },
  { view: 'json', label: 'JSON' },
  { view: 'impact', label: 'Impact preview' },
];

function VersionEditor({ version }: { version: VersionDetail }) {
  const { user } = useSession();
  const { view = 'editor' } = route.useSearch();
  const [definition, setDefinition] = useState<Json>(version.definition as Json);
  const [dirty, setDirty] = useState(false);
  const [validation, setValidation] = useState(version.validation);
  const [savedVersion, setSavedVersion] = useState(version.version);
  const readOnly = version.status !== 'draft';
  const editor = useMemo<EditorState>(
    () => ({
      definition,
      issues: validation.issues,
      readOnly,
      update: (path, value) => {
        setDefinition((d) => setIn(d, path, value));
        setDirty(true);
      },
    }),
    [definition, validation, readOnly],
  );
  const current = { ...version, version: savedVersion, validation };

  return (
    <Page
      title={versionTitle(version)}
      caption={
        <>
          <Link to="/frameworks">Frameworks</Link> · {user.trustName}
        </>
      }
      description={
        <>
          <StatusBadge status={version.status} />{' '}
          {version.publishedAt
            ? `Published ${formatCalendarDate(new Date(version.publishedAt))}. `
            : null}
          {version.retiredAt
            ? `Retired ${formatCalendarDate(new Date(version.retiredAt))}. `
            : null}
          {version.definitionHash ? (
            <span className="mono">{version.definitionHash.slice(0, 19)}…</span>
          ) : null}
        </>
      }
    >
      <VersionActions
        version={current}
        draft={definition}
        dirty={dirty}
        onSaved={(saved) => {
          setSavedVersion(saved.version);
          setValidation(saved.validation);
          setDirty(false);
        }}
      />
      {version.status === 'draft' ? <IssueList issues={validation.issues} stale={dirty} /> : null}
      <nav aria-label="Framework views" className="view-tabs">
        {tabs.map((t) => (
          <Link
            key={t.view}
            to="/frameworks/$versionId"
            params={{ versionId: version.id }}
            search={t.view === 'editor' ? {} : { view: t.view }}
            aria-current={view === t.view ? 'page' : undefined}
            className={view === t.view ? 'view-tab view-tab-current' : 'view-tab'}
          >
            {t.label}
          </Link>
        ))}
      </nav>
      <EditorContext.Provider value={editor}>
        {view === 'editor' ? <StructuredEditor /> : null}
        {view === 'json' ? (
          <JsonView
            definition={definition}
            readOnly={readOnly}
            onChange={(next) => {
              setDefinition(next);
              setDirty(true);
            }}
          />
        ) : null}
        {view === 'impact' ? <ImpactPanel version={current} dirty={dirty} /> : null}
      </EditorContext.Provider>
    </Page>
  );
}
