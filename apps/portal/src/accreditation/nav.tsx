import { Link } from '@tanstack/react-router';

/** Links only a centre admin sees: the centre's accreditation and its staff. */
export function centreAdminNav(isCentreAdmin: boolean) {
  if (!isCentreAdmin) return [];
  return [
    <Link key="accreditation" to="/accreditation">
      Accreditation
    </Link>,
    <Link key="staff" to="/staff">
      Staff
    </Link>,
  ];
}
