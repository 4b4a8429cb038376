import type { CompiledFramework } from '@bacc/criteria-engine';
import {
  activityStrands,
  type LearnerRecord,
  projectKindNames,
  projectKinds,
  strandNames,
} from '@bacc/schema';
import { Button, Message, SelectField, TextField } from '@bacc/ui';
import { type FormEvent, useMemo, useState } from 'react';
import { gradeOptions, qualificationOptions } from '../evidence/ResultForm.tsx';
import type { Catalogue } from '../types.ts';
import { GapToNextTier } from './DecisionSummary.tsx';
import { recordWithWhatIfs, tierName, type WhatIf } from './record.ts';

type Adding = 'result' | 'activity' | 'project';
let seq = 0;

/** Hypothetical results, hours or a project, decided instantly in the browser and never saved. */
export function WhatIfPanel({
  framework,
  record,
  catalogue,
}: {
  framework: CompiledFramework;
  record: LearnerRecord;
  catalogue: Catalogue | undefined;
}) {
  const [whatIfs, setWhatIfs] = useState<WhatIf[]>([]);
  const [adding, setAdding] = useState<Adding>('activity');
  const [problem, setProblem] = useState<string | null>(null);
  const [qualificationId, setQualificationId] = useState('');
  const [grade, setGrade] = useState('');
  const [strand, setStrand] = useState<string>(activityStrands[0]);
  const [hours, setHours] = useState('');
  const [projectKind, setProjectKind] = useState<WhatIf & { kind: 'project' }>({
    kind: 'project',
    key: '',
    projectKind: 'epq',
    level: 3,
    hours: null,
  });

  const now = useMemo(() => framework.evaluate(record), [framework, record]);
  const withWhatIfs = useMemo(
    () => framework.evaluate(recordWithWhatIfs(record, whatIfs, catalogue), { explain: true }),
    [framework, record, whatIfs, catalogue],
  );

  const add = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const key = String(++seq);
    if (adding === 'result') {
      if (!qualificationId || !grade) return setProblem('Choose a qualification and a grade.');
      setWhatIfs((w) => [...w, { kind: 'result', key, qualificationId, grade }]);
    } else if (adding === 'activity') {
      const h = Number(hours);
      if (!(h > 0 && h <= 2000)) return setProblem('Enter the hours, more than 0.');
      setWhatIfs((w) => [...w, { kind: 'activity', key, strand, hours: h }]);
    } else {
      setWhatIfs((w) => [...w, { ...projectKind, key }]);
    }
    setProblem(null);
  };

  const describe = (w: WhatIf) => {
    if (w.kind === 'activity')
      return `${w.hours} verified ${strandNames[w.strand as keyof typeof strandNames]} hours`;
    if (w.kind === 'project')
      return `${projectKindNames[w.projectKind]}${w.level ? ` at Level ${w.level}` : ''}${w.hours ? `, ${w.hours} hours` : ''}`;
    const q = catalogue?.qualifications.find((x) => x.id === w.qualificationId);
    return `${q?.title ?? 'A qualification'}, grade ${w.grade}`;
  };
  // Tiers are listed from the top, so a smaller index is a higher tier; no award ranks lowest.
  const rank = (d: typeof now) => {
    const tiers = framework.definition.tiers;
    return d.tier ? tiers.length - tiers.findIndex((t) => t.id === d.tier?.id) : 0;
  };
  const change = Math.sign(rank(withWhatIfs) - rank(now));

  return (
    <section className="card what-if" aria-labelledby="what-if-heading">
      <h2 id="what-if-heading">
        What if? <span className="badge badge-warning">Not saved</span>
      </h2>
      <p className="muted">
        Try hypothetical evidence to see how the tier would change. Nothing here is saved.
      </p>
      <form className="record-form" onSubmit={add} aria-label="Add a what-if" noValidate>
        <SelectField
          id="what-if-kind"
          label="What to try"
          value={adding}
          onChange={(e) => setAdding(e.target.value as Adding)}
          options={[
            { value: 'activity', label: 'Personal development hours' },
            { value: 'result', label: 'A result' },
            { value: 'project', label: 'A personal project' },
          ]}
        />
        {adding === 'result' && catalogue ? (
          <>
            <SelectField
              id="what-if-qualification"
              label="Qualification"
              value={qualificationId}
              onChange={(e) => {
                setQualificationId(e.target.value);
                setGrade('');
              }}
              options={[
                { value: '', label: 'Choose a qualification' },
                ...qualificationOptions(catalogue),
              ]}
            />
            <SelectField
              id="what-if-grade"
              label="Grade"
              value={grade}
              disabled={!qualificationId}
              onChange={(e) => setGrade(e.target.value)}
              options={[
                { value: '', label: 'Choose a grade' },
                ...gradeOptions(catalogue, qualificationId).map((g) => ({ value: g, label: g })),
              ]}
            />
          </>
        ) : null}
        {adding === 'activity' ? (
          <>
            <SelectField
              id="what-if-strand"
              label="Strand"
              value={strand}
              onChange={(e) => setStrand(e.target.value)}
              options={activityStrands.map((s) => ({ value: s, label: strandNames[s] }))}
            />
            <TextField
              id="what-if-hours"
              type="number"
              inputMode="decimal"
              min={0}
              width="10"
              label="Verified hours"
              value={hours}
              onChange={(e) => setHours(e.target.value)}
            />
          </>
        ) : null}
        {adding === 'project' ? (
          <>
            <SelectField
              id="what-if-project-kind"
              label="Kind of project"
              value={projectKind.projectKind}
              onChange={(e) =>
                setProjectKind((p) => ({
                  ...p,
                  projectKind: e.target.value as (typeof projectKinds)[number],
                }))
              }
              options={projectKinds.map((k) => ({ value: k, label: projectKindNames[k] }))}
            />
            {projectKind.projectKind === 'centre_devised' ? (
              <TextField
                id="what-if-project-hours"
                type="number"
                min={0}
                width="10"
                label="Project hours"
                value={projectKind.hours ?? ''}
                onChange={(e) =>
                  setProjectKind((p) => ({ ...p, hours: Number(e.target.value) || null }))
                }
              />
            ) : (
              <SelectField
                id="what-if-project-level"
                label="Level"
                value={String(projectKind.level ?? 3)}
                onChange={(e) => setProjectKind((p) => ({ ...p, level: Number(e.target.value) }))}
                options={[3, 2, 1].map((l) => ({ value: String(l), label: `Level ${l}` }))}
              />
            )}
          </>
        ) : null}
        {problem ? (
          <p className="field-error" role="alert">
            {problem}
          </p>
        ) : null}
        <div className="form-actions">
          <Button type="submit" variant="secondary">
            Add what-if
          </Button>
        </div>
      </form>
      {whatIfs.length > 0 ? (
        <>
          <h3>Trying (not saved)</h3>
          <ul className="what-if-items">
            {whatIfs.map((w) => (
              <li key={w.key}>
                {describe(w)}{' '}
                <Button
                  variant="link"
                  size="small"
                  onClick={() => setWhatIfs((list) => list.filter((x) => x.key !== w.key))}
                >
                  Remove<span className="visually-hidden"> {describe(w)}</span>
                </Button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <div role="status" className="what-if-outcome">
        <p>
          <strong>With these what-ifs (not saved):</strong> {tierName(withWhatIfs)}.{' '}
          {whatIfs.length === 0
            ? 'Add a what-if to see the difference.'
            : change > 0
              ? `Up from ${tierName(now)} now: the tier would rise.`
              : change < 0
                ? `Down from ${tierName(now)} now: the tier would fall.`
                : `The same as now (${tierName(now)}).`}
        </p>
      </div>
      {whatIfs.length > 0 ? <GapToNextTier decision={withWhatIfs} headingId="what-if-gap" /> : null}
      {whatIfs.length > 0 ? (
        <Message tone="warning" live="none">
          These what-ifs are not saved. Add real evidence in the sections of the record.
        </Message>
      ) : null}
      <div className="form-actions">
        <Button variant="secondary" disabled={whatIfs.length === 0} onClick={() => setWhatIfs([])}>
          Reset what-ifs
        </Button>
      </div>
    </section>
  );
}
