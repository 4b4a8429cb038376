import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { Button } from '../components/Button.tsx';
import { Message } from '../components/Message.tsx';
import { ErrorSummary, type FormError } from '../forms/ErrorSummary.tsx';
import { TextField } from '../forms/TextField.tsx';
import { Page } from '../shell/Page.tsx';
import { useShell } from '../shell/ShellContext.ts';
import { useTRPC } from '../trpc/context.ts';
import { describeError } from '../trpc/errors.ts';
import { type LoginFieldErrors, validateLogin } from './emailCheck.ts';

export type SignedOutReason = 'signed-out' | 'expired' | null;

/** Email + password sign-in. Errors appear beside the fields and in an announced summary. */
export function LoginPage({ reason = null }: { reason?: SignedOutReason }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { area } = useShell();
  const id = useId();
  const emailId = `${id}-email`;
  const passwordId = `${id}-password`;
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<LoginFieldErrors>({});
  const [attempt, setAttempt] = useState(0);

  const login = useMutation(
    trpc.auth.login.mutationOptions({
      onSuccess: async ({ user }) => {
        queryClient.setQueryData(trpc.auth.me.queryKey(), user);
        await queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() });
      },
    }),
  );

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    const errors = validateLogin({ email, password });
    setFieldErrors(errors);
    login.reset();
    if (Object.keys(errors).length === 0) login.mutate({ email: email.trim(), password });
  };

  const summary: FormError[] = [];
  if (fieldErrors.email) summary.push({ fieldId: emailId, message: fieldErrors.email });
  if (fieldErrors.password) summary.push({ fieldId: passwordId, message: fieldErrors.password });
  if (login.isError) summary.push({ message: describeError(login.error) });

  return (
    <Page title="Sign in" caption={area} narrow>
      {reason === 'signed-out' && summary.length === 0 ? (
        <Message tone="success">You have signed out.</Message>
      ) : null}
      {reason === 'expired' && summary.length === 0 ? (
        <Message tone="info">Your session has ended. Sign in again to carry on.</Message>
      ) : null}
      <ErrorSummary errors={summary} focusKey={attempt} />
      <form onSubmit={submit} noValidate>
        <TextField
          id={emailId}
          label="Email address"
          type="email"
          name="email"
          autoComplete="username"
          spellCheck={false}
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={fieldErrors.email}
          width="20"
        />
        <TextField
          id={passwordId}
          label="Password"
          type="password"
          name="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={fieldErrors.password}
          width="20"
        />
        <div className="form-actions">
          <Button type="submit" busy={login.isPending} busyLabel="Signing in…">
            Sign in
          </Button>
        </div>
      </form>
    </Page>
  );
}
