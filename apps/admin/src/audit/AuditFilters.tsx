import { Button, SelectField, TextField } from '@bacc/ui';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import type { AuditFacets } from '../api-types.ts';
import type { AuditSearch } from './auditSearch.ts';

const any = (label: string) => ({ value: '', label });

/** Who, what, which centre and when; applied together, kept in the address. */
export function AuditFilters({
  facets,
  centres,
  search,
  onApply,
}: {
  facets: AuditFacets;
  centres: ReadonlyArray<{ id: string; name: string }>;
  search: AuditSearch;
  onApply: (next: AuditSearch) => void;
}) {
  const [draft, setDraft] = useState<AuditSearch>(search);
  const [dateError, setDateError] = useState<string | null>(null);
  const set = (key: keyof AuditSearch) => (value: string) =>
    setDraft((d) => ({ ...d, [key]: value || undefined }));
  const apply = (event: FormEvent) => {
    event.preventDefault();
    if (draft.from && draft.to && draft.from > draft.to) {
      setDateError('The “to” date must be on or after the “from” date');
      return;
    }
    setDateError(null);
    onApply({ ...draft, page: undefined });
  };
  return (
    <form onSubmit={apply} aria-label="Filter the audit log" noValidate>
      <div className="filters">
        <SelectField
          label="Who"
          value={draft.actor ?? ''}
          options={[
            any('Anyone'),
            ...facets.actors.map((a) => ({ value: a.id, label: `${a.name} (${a.email})` })),
          ]}
          onChange={(e) => set('actor')(e.target.value)}
        />
        <SelectField
          label="Action"
          value={draft.action ?? ''}
          options={[any('Any action'), ...facets.actions.map((a) => ({ value: a, label: a }))]}
          onChange={(e) => set('action')(e.target.value)}
        />
        <SelectField
          label="Record type"
          value={draft.entity ?? ''}
          options={[any('Any record'), ...facets.entities.map((e) => ({ value: e, label: e }))]}
          onChange={(e) => set('entity')(e.target.value)}
        />
        <SelectField
          label="Centre"
          value={draft.centre ?? ''}
          options={[any('Any centre'), ...centres.map((c) => ({ value: c.id, label: c.name }))]}
          onChange={(e) => set('centre')(e.target.value)}
        />
        <TextField
          label="From (UTC)"
          type="date"
          width="10"
          value={draft.from ?? ''}
          onChange={(e) => set('from')(e.target.value)}
        />
        <TextField
          label="To (UTC)"
          type="date"
          width="10"
          value={draft.to ?? ''}
          error={dateError}
          onChange={(e) => set('to')(e.target.value)}
        />
      </div>
      <div className="form-actions">
        <Button type="submit">Apply filters</Button>
        <Link to="/audit" search={{}} onClick={() => setDraft({})}>
          Clear filters
        </Link>
      </div>
    </form>
  );
}
