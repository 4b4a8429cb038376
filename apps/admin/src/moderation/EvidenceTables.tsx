import type { Column } from '@bacc/ui';
import { Table } from '@bacc/ui';
import type { LearnerInspection } from '../api-types.ts';

type Evidence = LearnerInspection['evidence'];
type Dropped = ReadonlyArray<{ id: string; reason: string }>;

const STRANDS: Record<string, string> = {
  leadership_service: 'Leadership & Service',
  creative_cultural: 'Creative & Cultural',
  physical_outdoor: 'Physical & Outdoor',
};
const PROJECT_KINDS: Record<string, string> = {
  epq: 'Extended Project',
  accredited: 'Accredited project',
  centre_devised: 'Centre-devised project',
};

/** Whether the decision counted an item, left it out (and why), or did not need it. */
function inDecisionOf(counted: readonly string[], dropped: Dropped) {
  const countedSet = new Set(counted);
  const droppedBy = new Map(dropped.map((d) => [d.id, d.reason]));
  return (id: string) => {
    const why = droppedBy.get(id);
    if (why) return <span className="evidence-dropped">Left out: {why}</span>;
    return countedSet.has(id) ? 'Counted' : <span className="muted">Not needed</span>;
  };
}

/** The learner's results, project and personal development, each marked counted or left out. */
export function EvidenceTables({
  evidence,
  counted,
  dropped,
}: {
  evidence: Evidence;
  counted: readonly string[];
  dropped: Dropped;
}) {
  const inDecision = inDecisionOf(counted, dropped);
  const results: Array<Column<Evidence['results'][number]>> = [
    { key: 'title', header: 'Qualification', rowHeader: true, cell: (r) => r.title },
    { key: 'level', header: 'Level', cell: (r) => r.level, numeric: true },
    { key: 'grade', header: 'Grade', cell: (r) => r.grade },
    {
      key: 'status',
      header: 'Status',
      cell: (r) => (r.status === 'confirmed' ? 'Confirmed' : 'Provisional'),
    },
    { key: 'decision', header: 'In the decision', cell: (r) => inDecision(r.id) },
  ];
  const projects: Array<Column<Evidence['projects'][number]>> = [
    { key: 'title', header: 'Project', rowHeader: true, cell: (p) => p.title },
    { key: 'kind', header: 'Kind', cell: (p) => PROJECT_KINDS[p.kind] ?? p.kind },
    { key: 'grade', header: 'Grade', cell: (p) => p.grade ?? '–' },
    { key: 'hours', header: 'Hours', cell: (p) => p.hours ?? '–', numeric: true },
    { key: 'decision', header: 'In the decision', cell: (p) => inDecision(p.id) },
  ];
  const activities: Array<Column<Evidence['activities'][number]>> = [
    { key: 'description', header: 'Activity', rowHeader: true, cell: (a) => a.description },
    { key: 'strand', header: 'Strand', cell: (a) => STRANDS[a.strand] ?? a.strand },
    { key: 'hours', header: 'Hours', cell: (a) => a.hours, numeric: true },
    { key: 'verified', header: 'Verified', cell: (a) => (a.verified ? 'Yes' : 'No') },
    { key: 'decision', header: 'In the decision', cell: (a) => inDecision(a.id) },
  ];
  return (
    <section aria-labelledby="evidence-heading" className="stack">
      <h2 id="evidence-heading">Evidence</h2>
      {evidence.results.length > 0 ? (
        <Table caption="Results" columns={results} rows={evidence.results} rowKey={(r) => r.id} />
      ) : (
        <p>No results recorded.</p>
      )}
      {evidence.projects.length > 0 ? (
        <Table
          caption="Personal project"
          columns={projects}
          rows={evidence.projects}
          rowKey={(p) => p.id}
        />
      ) : (
        <p>No personal project recorded.</p>
      )}
      {evidence.activities.length > 0 ? (
        <Table
          caption="Personal Development Programme"
          columns={activities}
          rows={evidence.activities}
          rowKey={(a) => a.id}
        />
      ) : (
        <p>No personal development activities recorded.</p>
      )}
    </section>
  );
}
