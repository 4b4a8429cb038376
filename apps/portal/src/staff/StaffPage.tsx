import {
  Button,
  describeError,
  EmptyState,
  InviteLinkPanel,
  Message,
  Page,
  QueryBoundary,
  SelectField,
  TextField,
  UserAccessTable,
  useSession,
  useTRPC,
} from '@bacc/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';

type CentreRole = 'centre_admin' | 'centre_staff';
const roleOptions = [
  { value: 'centre_staff', label: 'Centre staff' },
  { value: 'centre_admin', label: 'Centre admin' },
];

/** A centre admin's own staff: invite by link, change role, disable, reset a password. */
export function StaffPage() {
  const { user } = useSession();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const centreId = user.centreId as string;
  const staff = useQuery({
    ...trpc.centre.staff.list.queryOptions({ centreId }),
    enabled: user.role === 'centre_admin',
  });
  const [link, setLink] = useState<{
    title: string;
    who: string;
    path: string;
    expiresAt: Date;
  } | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [editing, setEditing] = useState<{
    id: string;
    displayName: string;
    role: CentreRole;
  } | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.centre.staff.pathKey() });
  const done = {
    onSettled: () => {
      setBusyId(null);
      return refresh();
    },
  };
  const disable = useMutation(trpc.centre.staff.disable.mutationOptions(done));
  const enable = useMutation(trpc.centre.staff.enable.mutationOptions(done));
  const reset = useMutation(trpc.centre.staff.resetPassword.mutationOptions(done));
  const failure = [disable, enable, reset].find((m) => m.isError)?.error;

  if (user.role !== 'centre_admin')
    return (
      <Page title="Staff">
        <EmptyState title="Only a centre admin can manage staff" />
      </Page>
    );
  return (
    <Page
      title="Staff"
      caption={user.centreName}
      description="The people at your centre who can sign in. Invitations are links you pass on yourself."
    >
      {link ? <InviteLinkPanel {...link} /> : null}
      {failure ? (
        <Message tone="danger" live="alert">
          {describeError(failure)}
        </Message>
      ) : null}
      <StaffInviteForm
        centreId={centreId}
        onInvited={(l) => {
          setLink(l);
          void refresh();
        }}
      />
      {editing ? (
        <RoleForm
          key={editing.id}
          centreId={centreId}
          target={editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
      <QueryBoundary
        query={staff}
        loadingLabel="Loading staff…"
        errorTitle="Sorry, your staff could not be loaded"
        isEmpty={(rows) => rows.length === 0}
        empty={<EmptyState title="No staff yet" />}
      >
        {(rows) => (
          <UserAccessTable
            caption={`Staff at ${user.centreName ?? 'your centre'}`}
            rows={rows}
            selfId={user.id}
            showCentre={false}
            busyId={busyId}
            onEdit={(u) =>
              setEditing({ id: u.id, displayName: u.displayName, role: u.role as CentreRole })
            }
            onDisable={(u) => {
              setBusyId(u.id);
              disable.mutate({ centreId, userId: u.id });
            }}
            onEnable={(u) => {
              setBusyId(u.id);
              enable.mutate({ centreId, userId: u.id });
            }}
            onReset={(u) => {
              setBusyId(u.id);
              reset.mutate(
                { centreId, userId: u.id },
                {
                  onSuccess: (l) =>
                    setLink({
                      title: `New sign-in link for ${u.displayName}`,
                      who: u.displayName,
                      ...l,
                    }),
                },
              );
            }}
          />
        )}
      </QueryBoundary>
    </Page>
  );
}

function StaffInviteForm({
  centreId,
  onInvited,
}: {
  centreId: string;
  onInvited: (l: { title: string; who: string; path: string; expiresAt: Date }) => void;
}) {
  const trpc = useTRPC();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<CentreRole>('centre_staff');
  const invite = useMutation(
    trpc.centre.staff.invite.mutationOptions({
      onSuccess: (l) => {
        onInvited({ title: `Invitation for ${name}`, who: name, ...l });
        setName('');
        setEmail('');
      },
    }),
  );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    invite.mutate({ centreId, user: { email, displayName: name, role } });
  };
  return (
    <section className="card">
      <h2 className="card-title">Invite a colleague</h2>
      {invite.isError ? (
        <Message tone="danger" live="alert">
          {describeError(invite.error)}
        </Message>
      ) : null}
      <form onSubmit={submit} noValidate>
        <div className="record-form-fields">
          <TextField
            label="Name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            autoComplete="off"
          />
          <TextField
            label="Email address"
            type="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            autoComplete="off"
            spellCheck={false}
          />
          <SelectField
            label="Role"
            value={role}
            onChange={(e) => setRole(e.target.value as CentreRole)}
            options={roleOptions}
          />
        </div>
        <div className="form-actions">
          <Button type="submit" busy={invite.isPending} busyLabel="Inviting…">
            Create invitation link
          </Button>
        </div>
      </form>
    </section>
  );
}

function RoleForm({
  centreId,
  target,
  onClose,
}: {
  centreId: string;
  target: { id: string; displayName: string; role: CentreRole };
  onClose: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [role, setRole] = useState<CentreRole>(target.role);
  const change = useMutation(
    trpc.centre.staff.changeAccess.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.centre.staff.pathKey() });
        onClose();
      },
    }),
  );
  return (
    <section className="card">
      <h2 className="card-title">Change the role of {target.displayName}</h2>
      {change.isError ? (
        <Message tone="danger" live="alert">
          {describeError(change.error)}
        </Message>
      ) : null}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          change.mutate({ centreId, userId: target.id, role });
        }}
      >
        <SelectField
          label="New role"
          value={role}
          onChange={(e) => setRole(e.target.value as CentreRole)}
          options={roleOptions}
        />
        <div className="button-row">
          <Button type="submit" busy={change.isPending} busyLabel="Saving…">
            Save role
          </Button>
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
        </div>
      </form>
    </section>
  );
}
