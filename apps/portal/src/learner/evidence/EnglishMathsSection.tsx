import { Badge } from '@bacc/ui';
import type { LearnerRecordData } from '../types.ts';
import { statusNames } from './ResultForm.tsx';

const subjectNames = { english: 'English', maths: 'Maths' } as const;

/** English and maths attainment: the best result in each, from the results above. */
export function EnglishMathsSection({
  attainment,
}: {
  attainment: LearnerRecordData['englishMaths'];
}) {
  return (
    <section className="card record-section" aria-labelledby="english-maths-heading">
      <h2 id="english-maths-heading">English and maths</h2>
      <dl className="summary-list">
        {attainment.map((a) => (
          <div key={a.subject} className="summary-row">
            <dt>{subjectNames[a.subject]}</dt>
            <dd>
              {a.best ? (
                <>
                  {a.best.title}: grade <strong>{a.best.grade}</strong> (Level {a.best.level}){' '}
                  <Badge tone={a.best.status === 'confirmed' ? 'success' : 'neutral'}>
                    {statusNames[a.best.status]}
                  </Badge>
                  {a.resultIds.length > 1 ? (
                    <span className="cell-secondary">Best of {a.resultIds.length} results</span>
                  ) : null}
                </>
              ) : (
                <span className="muted">
                  No {subjectNames[a.subject].toLowerCase()} result yet: add one under
                  Qualifications and results
                </span>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
