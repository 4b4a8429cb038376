import { type Column, clampPage, Pagination, pageCount, rangeText, Table } from '@bacc/ui';
import { Link } from '@tanstack/react-router';
import type { ModerationLearner } from '../api-types.ts';
import { learnerName } from './labels.ts';

const PAGE_SIZE = 50;

function columns(submissionId: string): Array<Column<ModerationLearner>> {
  return [
    {
      key: 'name',
      header: 'Learner',
      rowHeader: true,
      cell: (l) => (
        <Link
          to="/moderation/$submissionId/learners/$learnerId"
          params={{ submissionId, learnerId: l.id }}
          search={(prev) => prev}
        >
          {learnerName(l)}
        </Link>
      ),
    },
    {
      key: 'uln',
      header: 'ULN',
      cell: (l) =>
        l.uln ? <span className="mono">{l.uln}</span> : <span className="muted">None</span>,
    },
    {
      key: 'tier',
      header: 'Tier',
      cell: (l) => l.tierName ?? (l.decidedAt ? 'No award' : 'Not decided'),
    },
    {
      key: 'pathway',
      header: 'Pathway',
      cell: (l) => l.pathwayName ?? <span className="muted">–</span>,
    },
    {
      key: 'grade',
      header: 'Grade',
      cell: (l) => l.awardGradeName ?? <span className="muted">–</span>,
    },
  ];
}

/** Learners with their stored decisions; each name opens the learner read-only. */
export function LearnersTable({
  caption,
  submissionId,
  learners,
  page = 1,
  paged = false,
}: {
  caption: string;
  submissionId: string;
  learners: readonly ModerationLearner[];
  page?: number;
  paged?: boolean;
}) {
  const pages = pageCount(learners.length, PAGE_SIZE);
  const current = clampPage(page, pages);
  const shown = paged ? learners.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE) : learners;
  return (
    <>
      {paged && pages > 1 ? (
        <p className="muted">{rangeText(current, PAGE_SIZE, learners.length, 'learners')}</p>
      ) : null}
      <Table caption={caption} columns={columns(submissionId)} rows={shown} rowKey={(l) => l.id} />
      {paged ? (
        <Pagination
          page={current}
          pageCount={pages}
          label="Pages of learners"
          renderLink={({ page: p, children, ...rest }) => (
            <Link
              to="/moderation/$submissionId"
              params={{ submissionId }}
              search={(s) => ({ ...s, page: p > 1 ? p : undefined })}
              {...rest}
            >
              {children}
            </Link>
          )}
        />
      ) : null}
    </>
  );
}
