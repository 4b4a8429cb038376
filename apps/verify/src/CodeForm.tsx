import { Button, ErrorSummary, TextField } from '@bacc/ui';
import { type ChangeEvent, type FormEvent, useLayoutEffect, useRef, useState } from 'react';
import { checkCode, EXAMPLE_CODE, formatAsTyped } from './code.ts';

export const CODE_FIELD_ID = 'verification-code';

export interface CodeFormProps {
  initialValue: string;
  initialError: string | null;
  checking: boolean;
  onCheck: (code: string) => void;
}

/** The code entry form: formats the code in groups as it is typed and checks its shape first. */
export function CodeForm({ initialValue, initialError, checking, onCheck }: CodeFormProps) {
  const [value, setValue] = useState(initialValue);
  const [error, setError] = useState<string | null>(initialError);
  const [attempt, setAttempt] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const caret = useRef<number | null>(null);

  useLayoutEffect(() => {
    const element = input.current;
    if (caret.current === null || !element || document.activeElement !== element) return;
    element.setSelectionRange(caret.current, caret.current);
    caret.current = null;
  });

  const change = (event: ChangeEvent<HTMLInputElement>) => {
    const element = event.target;
    const typed = formatAsTyped(
      value,
      element.value,
      element.selectionStart ?? element.value.length,
    );
    caret.current = typed.caret;
    setValue(typed.value);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    const result = checkCode(value);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    setError(null);
    setValue(result.code);
    onCheck(result.code);
  };

  return (
    <>
      <ErrorSummary
        errors={error ? [{ fieldId: CODE_FIELD_ID, message: error }] : []}
        focusKey={attempt}
      />
      {/* Without JavaScript the form still works: the server answers /?code=… itself. */}
      <form onSubmit={submit} noValidate method="get" action="/">
        <TextField
          ref={input}
          id={CODE_FIELD_ID}
          name="code"
          label="Verification code"
          hint={
            <>
              The 16-character code on the certificate or transcript, for example{' '}
              <span className="nowrap">{EXAMPLE_CODE}</span>
            </>
          }
          value={value}
          onChange={change}
          error={error}
          className="input-code"
          autoComplete="off"
          autoCapitalize="characters"
          autoCorrect="off"
          spellCheck={false}
          inputMode="text"
        />
        <div className="form-actions">
          <Button type="submit" busy={checking} busyLabel="Checking…">
            Check code
          </Button>
        </div>
      </form>
    </>
  );
}
