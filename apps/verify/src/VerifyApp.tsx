import { AppShell, LoadingState, Message, Page } from '@bacc/ui';
import { useEffect, useState } from 'react';
import { CodeForm } from './CodeForm.tsx';
import { checkCode, groupCode, significant } from './code.ts';
import { CredentialCheck } from './credential/CredentialCheck.tsx';
import { ResultPanel } from './ResultPanel.tsx';
import { useVerification, type VerificationState } from './useVerification.ts';

export interface VerifyAppProps {
  initialCode: string | null;
  /** The server's answer for initialCode, when it rendered the page. */
  initialState?: VerificationState | null;
}

/** The public page: enter or follow a code, see whether an award is genuine and current. */
export function VerifyApp({ initialCode, initialState = null }: VerifyAppProps) {
  const { state, check } = useVerification(initialState);
  const [initial] = useState(() => (initialCode ? checkCode(initialCode) : null));

  useEffect(() => {
    if (initial?.ok && !initialState) void check(initial.code, false);
  }, [initial, initialState, check]);

  return (
    <AppShell area="Verify an award" homeHref="/">
      <Page
        title="Check a Bacc award"
        description="Find out whether a leavers’ award is genuine and still current. No account is needed."
        narrow
      >
        <CodeForm
          initialValue={initial?.ok ? initial.code : groupCode(significant(initialCode ?? ''))}
          initialError={initial && !initial.ok ? initial.message : null}
          checking={state.kind === 'checking'}
          onCheck={(code) => void check(code, true)}
        />
        {/* Space is kept for the answer while it is on its way, so nothing below jumps. */}
        <div className={state.kind === 'idle' ? 'answer-slot' : 'answer-slot answer-slot-open'}>
          <div aria-live="polite">
            {state.kind === 'checking' ? <LoadingState label="Checking the code…" /> : null}
            {state.kind === 'failed' ? (
              <Message tone="danger" live="alert" title="The code could not be checked">
                <p>{state.message}</p>
              </Message>
            ) : null}
          </div>
          {state.kind === 'answered' ? (
            <ResultPanel code={state.code} result={state.result} takeFocus={state.byUser} />
          ) : null}
        </div>
        <CredentialCheck />
        <h2>About this service</h2>
        <p>
          Employers, colleges and universities use this page to check an award. It shows only what
          the award says and whether it is still current: never a date of birth, learner number or
          address.
        </p>
      </Page>
    </AppShell>
  );
}
