import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { Button } from '../components/Button.tsx';
import { TextField } from './TextField.tsx';

export interface SearchBoxProps {
  label: string;
  hint?: string;
  /** The search currently applied (e.g. from the URL). */
  value: string;
  onSearch: (value: string) => void;
  buttonLabel?: string;
  /** A name for the search landmark when a page has more than one. */
  regionLabel?: string;
}

/** A search landmark with a labelled field, a Search button and a Clear button when a search is applied. */
export function SearchBox({
  label,
  hint,
  value,
  onSearch,
  buttonLabel = 'Search',
  regionLabel,
}: SearchBoxProps) {
  const [draft, setDraft] = useState(value);
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => setDraft(value), [value]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSearch(draft.trim());
  };

  return (
    <search aria-label={regionLabel}>
      <form className="search" onSubmit={submit}>
        <TextField
          ref={input}
          id={`${id}-q`}
          type="search"
          label={label}
          hint={hint}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          autoComplete="off"
          spellCheck={false}
        />
        <Button type="submit" variant="secondary">
          {buttonLabel}
        </Button>
        {value ? (
          <Button
            variant="link"
            onClick={() => {
              onSearch('');
              input.current?.focus();
            }}
          >
            Clear search
          </Button>
        ) : null}
      </form>
    </search>
  );
}
