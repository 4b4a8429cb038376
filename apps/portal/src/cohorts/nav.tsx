import { Link } from '@tanstack/react-router';

/** Navigation to the cohort screens; the activity log is for centre admins. */
export function cohortNav(admin: boolean) {
  return [
    <Link key="dashboard" to="/dashboard">
      Dashboard
    </Link>,
    <Link key="cohorts" to="/cohorts">
      Cohorts
    </Link>,
    <Link key="destinations" to="/destinations">
      Destinations
    </Link>,
    ...(admin
      ? [
          <Link key="activity" to="/activity">
            Activity log
          </Link>,
        ]
      : []),
  ];
}
