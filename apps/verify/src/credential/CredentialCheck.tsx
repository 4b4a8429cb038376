import { Button, LoadingState, Message } from '@bacc/ui';
import { type ClipboardEvent, type DragEvent, useRef, useState } from 'react';
import { checkCredentialText } from './check-file.ts';
import { FileResult } from './FileResult.tsx';
import { type FileOutcome, MAX_CREDENTIAL_BYTES } from './outcome.ts';

type FileState =
  | { kind: 'idle' }
  | { kind: 'checking'; name: string }
  | { kind: 'checked'; name: string; outcome: FileOutcome }
  | { kind: 'failed'; name: string };

const TOO_LARGE: FileOutcome = {
  kind: 'not_credential',
  reason: 'It is far too large to be a credential (over 1 MB).',
};
const FILE_ID = 'credential-file';
const TEXT_ID = 'credential-text';

/**
 * Checks a credential file in the browser: chosen, dropped or pasted. Nothing is sent anywhere;
 * only the issuer's revocation list is fetched from this server.
 */
export function CredentialCheck() {
  const [state, setState] = useState<FileState>({ kind: 'idle' });
  const [text, setText] = useState('');
  const [dragging, setDragging] = useState(false);
  const latest = useRef(0);

  const check = async (name: string, read: () => Promise<string>) => {
    const run = ++latest.current;
    setState({ kind: 'checking', name });
    try {
      const outcome = await checkCredentialText(await read());
      if (run === latest.current) setState({ kind: 'checked', name, outcome });
    } catch {
      if (run === latest.current) setState({ kind: 'failed', name });
    }
  };
  const checkFile = (file: File) => {
    if (file.size <= MAX_CREDENTIAL_BYTES) return check(file.name, () => file.text());
    latest.current++;
    setState({ kind: 'checked', name: file.name, outcome: TOO_LARGE });
  };

  const drop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void checkFile(file);
  };
  const paste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const file = event.clipboardData.files[0];
    const pasted = event.clipboardData.getData('text');
    if (file) {
      event.preventDefault();
      void checkFile(file);
    } else if (pasted.trim()) {
      event.preventDefault();
      setText(pasted);
      void check('the pasted text', async () => pasted);
    }
  };

  return (
    <section className="stack credential-check" aria-labelledby="credential-heading">
      <h2 id="credential-heading">Check a credential file</h2>
      <p>
        If you were sent the award as a digital credential (a file ending in .json), check that it
        was signed by the awarding body and has not been changed or revoked. The file stays on your
        device.
      </p>
      <noscript>
        <p>
          <strong>Checking a file needs JavaScript, which is off in this browser.</strong> Checking
          an award by its code, above, does not.
        </p>
      </noscript>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping is a mouse shortcut; the file input inside is the way for everyone */}
      <div
        className={dragging ? 'drop-zone drop-zone-active' : 'drop-zone'}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        <label className="field-label" htmlFor={FILE_ID}>
          Choose a credential file
        </label>
        <span className="field-hint" id={`${FILE_ID}-hint`}>
          Or drop the file anywhere in this box.
        </span>
        <input
          id={FILE_ID}
          type="file"
          className="file-input"
          accept=".json,application/json,application/ld+json"
          aria-describedby={`${FILE_ID}-hint`}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void checkFile(file);
            event.target.value = '';
          }}
        />
      </div>
      <div className="field">
        <label className="field-label" htmlFor={TEXT_ID}>
          Or paste the credential
        </label>
        <span className="field-hint" id={`${TEXT_ID}-hint`}>
          Pasting checks it at once.
        </span>
        <textarea
          id={TEXT_ID}
          className="input credential-text"
          rows={4}
          spellCheck={false}
          aria-describedby={`${TEXT_ID}-hint`}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onPaste={paste}
        />
      </div>
      <div className="form-actions">
        <Button
          variant="secondary"
          busy={state.kind === 'checking'}
          busyLabel="Checking…"
          onClick={() => void check('the pasted text', async () => text)}
        >
          Check pasted credential
        </Button>
      </div>
      <div className={state.kind === 'idle' ? 'answer-slot' : 'answer-slot answer-slot-open'}>
        <div aria-live="polite">
          {state.kind === 'checking' ? <LoadingState label={`Checking ${state.name}…`} /> : null}
          {state.kind === 'failed' ? (
            <Message tone="danger" live="alert" title="The file could not be checked">
              <p>
                The checker could not be loaded. Check your connection and try again, or check the
                award by its code instead.
              </p>
            </Message>
          ) : null}
        </div>
        {state.kind === 'checked' ? <FileResult name={state.name} outcome={state.outcome} /> : null}
      </div>
    </section>
  );
}
