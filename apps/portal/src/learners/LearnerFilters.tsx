import { Button, SelectField, type SelectOption, TextField } from '@bacc/ui';
import { type FormEvent, useEffect, useRef, useState } from 'react';

export interface LearnerFilterValues {
  q: string;
  year: number | undefined;
  tier: string | undefined;
  missing: string | undefined;
  pathway: string | undefined;
}

export interface LearnerFilterChoices {
  years: number[];
  tiers: SelectOption[];
  components: SelectOption[];
  pathways: SelectOption[];
}

export interface LearnerFiltersProps extends LearnerFilterValues {
  choices: LearnerFilterChoices;
  onApply: (values: LearnerFilterValues) => void;
}

const NONE: LearnerFilterValues = {
  q: '',
  year: undefined,
  tier: undefined,
  missing: undefined,
  pathway: undefined,
};

/** Search by name, ULN or UPN and filter by leaving year and standing; applied with one button. */
export function LearnerFilters({ choices, onApply, ...values }: LearnerFiltersProps) {
  const [draft, setDraft] = useState(values);
  const searchField = useRef<HTMLInputElement>(null);
  const { q, year, tier, missing, pathway } = values;
  useEffect(() => setDraft({ q, year, tier, missing, pathway }), [q, year, tier, missing, pathway]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply({ ...draft, q: draft.q.trim() });
  };
  const filtered = Object.values(values).some((v) => v !== undefined && v !== '');
  const pick = (name: 'tier' | 'missing' | 'pathway') => (value: string) =>
    setDraft((d) => ({ ...d, [name]: value || undefined }));

  return (
    <search aria-label="Find learners">
      <form className="filters" onSubmit={submit}>
        <TextField
          ref={searchField}
          id="learner-search"
          type="search"
          label="Search learners"
          hint="Name, ULN or UPN"
          value={draft.q}
          onChange={(event) => setDraft((d) => ({ ...d, q: event.target.value }))}
          autoComplete="off"
          spellCheck={false}
          width="20"
        />
        <SelectField
          id="learner-year"
          label="Leaving year"
          value={draft.year === undefined ? '' : String(draft.year)}
          onChange={(event) =>
            setDraft((d) => ({
              ...d,
              year: event.target.value ? Number(event.target.value) : undefined,
            }))
          }
          options={[
            { value: '', label: 'All years' },
            ...choices.years.map((y) => ({ value: String(y), label: String(y) })),
          ]}
        />
        <SelectField
          id="learner-tier"
          label="Tier reached"
          value={draft.tier ?? ''}
          onChange={(event) => pick('tier')(event.target.value)}
          options={[{ value: '', label: 'Any tier' }, ...choices.tiers]}
        />
        <SelectField
          id="learner-missing"
          label="Still needs"
          value={draft.missing ?? ''}
          onChange={(event) => pick('missing')(event.target.value)}
          options={[{ value: '', label: 'Any component' }, ...choices.components]}
        />
        <SelectField
          id="learner-pathway"
          label="Pathway"
          value={draft.pathway ?? ''}
          onChange={(event) => pick('pathway')(event.target.value)}
          options={[{ value: '', label: 'Any pathway' }, ...choices.pathways]}
        />
        <Button type="submit">Search</Button>
        {filtered ? (
          <Button
            variant="link"
            onClick={() => {
              onApply(NONE);
              searchField.current?.focus();
            }}
          >
            Clear filters
          </Button>
        ) : null}
      </form>
    </search>
  );
}
