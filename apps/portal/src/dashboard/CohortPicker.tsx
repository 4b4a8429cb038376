import { Link } from '@tanstack/react-router';

/** One link per cohort; the chosen one is marked as the current page. */
export function CohortPicker({ years, current }: { years: number[]; current: number }) {
  return (
    <nav aria-label="Cohorts" className="cohort-picker">
      <ul>
        {years.map((y) => (
          <li key={y}>
            <Link
              to="/dashboard"
              search={{ year: y }}
              aria-current={y === current ? 'page' : undefined}
              className={y === current ? 'cohort-picker-current' : undefined}
            >
              Leavers {y}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
