import { Card, formatCalendarDate, Message, useSession } from '@bacc/ui';
import { Link } from '@tanstack/react-router';
import { SubmissionStatusBadge } from '../cohorts/SubmissionStatus.tsx';

interface Submission {
  id: string;
  status: string;
  learnerCount: number;
  submittedAt: Date;
  submittedByName: string;
  decidedAt: Date | null;
  comment: string | null;
}

/** A cohort's submissions to the trust, newest first, with the trust's comment on a return. */
export function SubmissionsSummary({
  submissions,
  year,
}: {
  submissions: Submission[];
  year: number;
}) {
  const { user } = useSession();
  const admin = user.role === 'centre_admin';
  return (
    <Card title="Submission for award">
      {submissions.length === 0 ? (
        <p>No learners in this cohort have been submitted to the trust yet.</p>
      ) : (
        <ul className="submission-list">
          {submissions.map((s) => (
            <li key={s.id}>
              <SubmissionStatusBadge status={s.status} /> {s.learnerCount}{' '}
              {s.learnerCount === 1 ? 'learner' : 'learners'}, submitted by {s.submittedByName} on{' '}
              {formatCalendarDate(new Date(s.submittedAt))}
              {s.status === 'returned' && s.comment ? (
                <Message tone="warning" title="The trust’s comment" live="none">
                  <p>{s.comment}</p>
                </Message>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {admin ? (
        <p>
          <Link to="/cohorts/$year/submit" params={{ year: String(year) }}>
            Submit learners in the {year} cohort for award
          </Link>
        </p>
      ) : (
        <p className="muted">Your centre administrator submits learners for award.</p>
      )}
    </Card>
  );
}
