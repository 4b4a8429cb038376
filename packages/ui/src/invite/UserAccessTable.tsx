import { useState } from 'react';
import { Badge } from '../components/Badge.tsx';
import { Button } from '../components/Button.tsx';
import { type Column, Table } from '../components/Table.tsx';

export interface UserAccessRow {
  id: string;
  email: string;
  displayName: string;
  role: 'trust_admin' | 'centre_admin' | 'centre_staff';
  centreName?: string | null;
  status: 'active' | 'invited' | 'disabled';
}

export const roleLabels: Record<UserAccessRow['role'], string> = {
  trust_admin: 'Trust admin',
  centre_admin: 'Centre admin',
  centre_staff: 'Centre staff',
};

const statusTone = { active: 'success', invited: 'info', disabled: 'danger' } as const;
const statusLabel = { active: 'Active', invited: 'Invited', disabled: 'Disabled' } as const;

/**
 * People who can sign in, with the actions an administrator may take on each. The same table
 * serves the trust's Users page and a centre's Staff page; the caller decides what the buttons do.
 */
export function UserAccessTable<R extends UserAccessRow>({
  caption,
  rows,
  selfId,
  showCentre,
  busyId,
  onEdit,
  onDisable,
  onEnable,
  onReset,
}: {
  caption: string;
  rows: readonly R[];
  selfId: string;
  showCentre: boolean;
  busyId: string | null;
  onEdit: (row: R) => void;
  onDisable: (row: R) => void;
  onEnable: (row: R) => void;
  onReset: (row: R) => void;
}) {
  const [confirming, setConfirming] = useState<string | null>(null);
  const columns: Array<Column<R>> = [
    { key: 'name', header: 'Name', rowHeader: true, cell: (u) => u.displayName },
    { key: 'email', header: 'Email', cell: (u) => <span className="mono">{u.email}</span> },
    { key: 'role', header: 'Role', cell: (u) => roleLabels[u.role] },
    ...(showCentre
      ? [
          {
            key: 'centre',
            header: 'Centre',
            cell: (u: R) => u.centreName ?? <span className="muted">The trust</span>,
          },
        ]
      : []),
    {
      key: 'status',
      header: 'Status',
      cell: (u) => <Badge tone={statusTone[u.status]}>{statusLabel[u.status]}</Badge>,
    },
    {
      key: 'actions',
      header: 'Actions',
      cell: (u) =>
        u.id === selfId ? (
          <span className="muted">You</span>
        ) : (
          <span className="row-actions">
            <Button
              size="small"
              variant="secondary"
              onClick={() => onEdit(u)}
              aria-label={`Change role of ${u.displayName}`}
            >
              Change role
            </Button>
            {u.status === 'disabled' ? (
              <Button
                size="small"
                variant="secondary"
                busy={busyId === u.id}
                onClick={() => onEnable(u)}
                aria-label={`Enable ${u.displayName}`}
              >
                Enable
              </Button>
            ) : (
              <>
                <Button
                  size="small"
                  variant="secondary"
                  busy={busyId === u.id}
                  onClick={() => onReset(u)}
                  aria-label={`${u.status === 'invited' ? 'New invite link' : 'Reset password'} for ${u.displayName}`}
                >
                  {u.status === 'invited' ? 'New invite link' : 'Reset password'}
                </Button>
                {confirming === u.id ? (
                  <span className="inline-confirm">
                    <span>Disable {u.displayName}? Their sessions end at once.</span>
                    <Button
                      size="small"
                      variant="danger"
                      onClick={() => {
                        setConfirming(null);
                        onDisable(u);
                      }}
                    >
                      Yes, disable
                    </Button>
                    <Button size="small" variant="secondary" onClick={() => setConfirming(null)}>
                      Keep
                    </Button>
                  </span>
                ) : (
                  <Button
                    size="small"
                    variant="danger"
                    busy={busyId === u.id}
                    onClick={() => setConfirming(u.id)}
                    aria-label={`Disable ${u.displayName}`}
                  >
                    Disable
                  </Button>
                )}
              </>
            )}
          </span>
        ),
    },
  ];
  return <Table caption={caption} columns={columns} rows={rows} rowKey={(u) => u.id} />;
}
