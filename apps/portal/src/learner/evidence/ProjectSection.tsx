import { projectKindNames } from '@bacc/schema';
import { Button, EmptyState, useTRPCClient } from '@bacc/ui';
import { useState } from 'react';
import type { ProjectItem } from '../types.ts';
import { DeleteControl } from './DeleteControl.tsx';
import { ProjectForm } from './ProjectForm.tsx';
import type { SectionProps } from './ResultsSection.tsx';

export function ProjectSection({
  centreId,
  learnerId,
  locked,
  catalogue,
  refresh,
  projects,
}: SectionProps & { projects: ProjectItem[] }) {
  const client = useTRPCClient();
  const [editing, setEditing] = useState<ProjectItem | 'new' | null>(null);
  const titleOf = (p: ProjectItem) =>
    catalogue?.qualifications.find((q) => q.id === p.qualificationId)?.title;
  return (
    <section className="card record-section" aria-labelledby="project-heading">
      <div className="section-header">
        <h2 id="project-heading">Personal project</h2>
        {!locked && editing === null ? (
          <Button
            variant="secondary"
            size="small"
            disabled={!catalogue}
            onClick={() => setEditing('new')}
          >
            Add a project
          </Button>
        ) : null}
      </div>
      {editing !== null && catalogue ? (
        <ProjectForm
          key={editing === 'new' ? 'new' : editing.id}
          centreId={centreId}
          learnerId={learnerId}
          catalogue={catalogue}
          editing={editing === 'new' ? null : editing}
          onDone={() => setEditing(null)}
        />
      ) : null}
      {projects.length === 0 ? (
        <EmptyState title="No personal project yet">
          <p>An EPQ, another accredited project, or a project the centre devised.</p>
        </EmptyState>
      ) : (
        <ul className="record-items">
          {projects.map((p) => (
            <li key={p.id}>
              <h3 className="record-item-title">{p.title}</h3>
              <dl className="summary-list">
                <dt>Kind</dt>
                <dd>{projectKindNames[p.kind]}</dd>
                {p.qualificationId ? (
                  <>
                    <dt>Qualification</dt>
                    <dd>
                      {titleOf(p) ?? 'From the catalogue'}
                      {p.level !== null ? ` (Level ${p.level})` : ''}
                    </dd>
                  </>
                ) : null}
                <dt>Grade</dt>
                <dd>{p.grade ?? <span className="muted">Not graded yet</span>}</dd>
                <dt>Hours</dt>
                <dd>{p.hours ?? p.glh ?? <span className="muted">Not recorded</span>}</dd>
              </dl>
              {locked ? null : (
                <span className="row-actions">
                  <Button variant="link" size="small" onClick={() => setEditing(p)}>
                    Edit<span className="visually-hidden"> {p.title}</span>
                  </Button>
                  <DeleteControl
                    what={`the project “${p.title}”`}
                    onDelete={() =>
                      client.centre.projects.delete.mutate({
                        centreId,
                        id: p.id,
                        version: p.version,
                      })
                    }
                    onDeleted={refresh}
                  />
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
