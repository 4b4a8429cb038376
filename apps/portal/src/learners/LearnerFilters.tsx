import { Button, SelectField, TextField } from '@bacc/ui';
import { type FormEvent, useEffect, useRef, useState } from 'react';

export interface LearnerFilterValues {
  q: string;
  year: number | undefined;
}

export interface LearnerFiltersProps extends LearnerFilterValues {
  years: number[];
  onApply: (values: LearnerFilterValues) => void;
}

/** Search by name, ULN or UPN and filter by leaving year; applied with one button. */
export function LearnerFilters({ q, year, years, onApply }: LearnerFiltersProps) {
  const [draftQ, setDraftQ] = useState(q);
  const searchField = useRef<HTMLInputElement>(null);
  const [draftYear, setDraftYear] = useState(year === undefined ? '' : String(year));
  useEffect(() => setDraftQ(q), [q]);
  useEffect(() => setDraftYear(year === undefined ? '' : String(year)), [year]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply({ q: draftQ.trim(), year: draftYear ? Number(draftYear) : undefined });
  };
  const filtered = q !== '' || year !== undefined;

  return (
    <search aria-label="Find learners">
      <form className="filters" onSubmit={submit}>
        <TextField
          ref={searchField}
          id="learner-search"
          type="search"
          label="Search learners"
          hint="Name, ULN or UPN"
          value={draftQ}
          onChange={(event) => setDraftQ(event.target.value)}
          autoComplete="off"
          spellCheck={false}
          width="20"
        />
        <SelectField
          id="learner-year"
          label="Leaving year"
          value={draftYear}
          onChange={(event) => setDraftYear(event.target.value)}
          options={[
            { value: '', label: 'All years' },
            ...years.map((y) => ({ value: String(y), label: String(y) })),
          ]}
        />
        <Button type="submit">Search</Button>
        {filtered ? (
          <Button
            variant="link"
            onClick={() => {
              onApply({ q: '', year: undefined });
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
