import {
  Button,
  describeError,
  EmptyState,
  InviteLinkPanel,
  Message,
  Page,
  QueryBoundary,
  roleLabels,
  SelectField,
  type SelectOption,
  TextField,
  UserAccessTable,
  useSession,
  useTRPC,
} from '@bacc/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';

type Role = 'trust_admin' | 'centre_admin' | 'centre_staff';
const roleOptions: SelectOption[] = (Object.keys(roleLabels) as Role[]).map((r) => ({
  value: r,
  label: roleLabels[r],
}));

/** Everyone in the trust: invite by link, change role or centre, disable, reset a password. */
export function UsersPage() {
  const { user } = useSession();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const scope = { trustId: user.trustId };
  const users = useQuery(trpc.trust.users.list.queryOptions(scope));
  const centres = useQuery(trpc.trust.centres.list.queryOptions(scope));
  const [link, setLink] = useState<{
    title: string;
    who: string;
    path: string;
    expiresAt: Date;
  } | null>(null);
  const [editing, setEditing] = useState<{
    id: string;
    displayName: string;
    role: Role;
    centreId: string | null;
  } | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.trust.users.pathKey() });
  const done = {
    onSettled: () => {
      setBusyId(null);
      return refresh();
    },
  };
  const disable = useMutation(trpc.trust.users.disable.mutationOptions(done));
  const enable = useMutation(trpc.trust.users.enable.mutationOptions(done));
  const reset = useMutation(trpc.trust.users.resetPassword.mutationOptions(done));
  const failure = [disable, enable, reset].find((m) => m.isError)?.error;
  const centreOptions: SelectOption[] = (centres.data ?? []).map((c) => ({
    value: c.id,
    label: c.name,
  }));

  return (
    <Page
      title="Users"
      caption={user.trustName}
      description="People who can sign in. Invitations and password resets are links you pass on yourself: Bacc sends no email."
    >
      {link ? <InviteLinkPanel {...link} /> : null}
      {failure ? (
        <Message tone="danger" live="alert">
          {describeError(failure)}
        </Message>
      ) : null}
      <InviteForm
        centreOptions={centreOptions}
        onInvited={(l) => {
          setLink(l);
          void refresh();
        }}
      />
      {editing ? (
        <AccessForm
          key={editing.id}
          user={editing}
          centreOptions={centreOptions}
          onClose={() => setEditing(null)}
        />
      ) : null}
      <QueryBoundary
        query={users}
        loadingLabel="Loading users…"
        errorTitle="Sorry, the users could not be loaded"
        isEmpty={(rows) => rows.length === 0}
        empty={<EmptyState title="No users yet" />}
      >
        {(rows) => (
          <UserAccessTable
            caption={`Users of ${user.trustName}`}
            rows={rows}
            selfId={user.id}
            showCentre
            busyId={busyId}
            onEdit={(u) =>
              setEditing({
                id: u.id,
                displayName: u.displayName,
                role: u.role,
                centreId: u.centreId,
              })
            }
            onDisable={(u) => {
              setBusyId(u.id);
              disable.mutate({ ...scope, userId: u.id });
            }}
            onEnable={(u) => {
              setBusyId(u.id);
              enable.mutate({ ...scope, userId: u.id });
            }}
            onReset={(u) => {
              setBusyId(u.id);
              reset.mutate(
                { ...scope, userId: u.id },
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

function InviteForm({
  centreOptions,
  onInvited,
}: {
  centreOptions: SelectOption[];
  onInvited: (link: { title: string; who: string; path: string; expiresAt: Date }) => void;
}) {
  const { user } = useSession();
  const trpc = useTRPC();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('centre_staff');
  const [centreId, setCentreId] = useState('');
  const invite = useMutation(
    trpc.trust.users.invite.mutationOptions({
      onSuccess: (l) => {
        onInvited({ title: `Invitation for ${name}`, who: name, ...l });
        setEmail('');
        setName('');
      },
    }),
  );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    invite.mutate({
      trustId: user.trustId,
      user: {
        email,
        displayName: name,
        role,
        centreId: role === 'trust_admin' ? null : centreId || null,
      },
    });
  };
  return (
    <section className="card">
      <h2 className="card-title">Invite someone</h2>
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
            onChange={(e) => setRole(e.target.value as Role)}
            options={roleOptions}
          />
          {role !== 'trust_admin' ? (
            <SelectField
              label="Centre"
              value={centreId}
              onChange={(e) => setCentreId(e.target.value)}
              options={[{ value: '', label: 'Choose a centre' }, ...centreOptions]}
            />
          ) : null}
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

function AccessForm({
  user: target,
  centreOptions,
  onClose,
}: {
  user: { id: string; displayName: string; role: Role; centreId: string | null };
  centreOptions: SelectOption[];
  onClose: () => void;
}) {
  const { user } = useSession();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [role, setRole] = useState<Role>(target.role);
  const [centreId, setCentreId] = useState(target.centreId ?? '');
  const change = useMutation(
    trpc.trust.users.changeAccess.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.trust.users.pathKey() });
        onClose();
      },
    }),
  );
  return (
    <section className="card">
      <h2 className="card-title">Change the role of {target.displayName}</h2>
      <p>Their sessions end when the role or centre changes, so the new access applies at once.</p>
      {change.isError ? (
        <Message tone="danger" live="alert">
          {describeError(change.error)}
        </Message>
      ) : null}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          change.mutate({
            trustId: user.trustId,
            userId: target.id,
            role,
            centreId: role === 'trust_admin' ? null : centreId || null,
          });
        }}
      >
        <div className="record-form-fields">
          <SelectField
            label="New role"
            value={role}
            onChange={(e) => setRole(e.target.value as Role)}
            options={roleOptions}
          />
          {role !== 'trust_admin' ? (
            <SelectField
              label="Centre"
              value={centreId}
              onChange={(e) => setCentreId(e.target.value)}
              options={[{ value: '', label: 'Choose a centre' }, ...centreOptions]}
            />
          ) : null}
        </div>
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
