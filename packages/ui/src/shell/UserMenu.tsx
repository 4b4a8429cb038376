import { Button } from '../components/Button.tsx';

export interface UserMenuProps {
  user: { displayName: string; email: string; trustName: string; centreName: string | null };
  onSignOut: () => void;
  signingOut?: boolean;
}

/** The signed-in user's name and organisation, and the Sign out button. */
export function UserMenu({ user, onSignOut, signingOut = false }: UserMenuProps) {
  return (
    <div className="shell-user">
      <span>
        <span className="visually-hidden">Signed in as </span>
        <span className="shell-user-name">{user.displayName}</span>
        <span className="shell-user-org">, {user.centreName ?? user.trustName}</span>
      </span>
      <Button
        variant="secondary"
        size="small"
        onClick={onSignOut}
        busy={signingOut}
        busyLabel="Signing out…"
      >
        Sign out
      </Button>
    </div>
  );
}
