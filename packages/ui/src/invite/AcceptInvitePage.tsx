import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { Button } from '../components/Button.tsx';
import { Message } from '../components/Message.tsx';
import { ErrorSummary, type FormError } from '../forms/ErrorSummary.tsx';
import { TextField } from '../forms/TextField.tsx';
import { Page } from '../shell/Page.tsx';
import { ErrorState } from '../states/ErrorState.tsx';
import { LoadingState } from '../states/LoadingState.tsx';
import { useTRPC } from '../trpc/context.ts';
import { describeError, errorCode } from '../trpc/errors.ts';
import { inviteTokenFrom } from './inviteToken.ts';

const MIN = 12;

/** Sets a password from a single-use invite or reset link, then sends the person to sign in. */
export function AcceptInvitePage({ signInHref }: { signInHref: string }) {
  const token = inviteTokenFrom(window.location.search);
  if (!token)
    return (
      <Page title="This link is not complete" narrow>
        <Message tone="warning" live="none">
          <p>
            The link you followed is missing its code. Copy the whole link from the message you were
            sent, or ask your administrator for a new one.
          </p>
        </Message>
      </Page>
    );
  return <AcceptInviteForm token={token} signInHref={signInHref} />;
}

function AcceptInviteForm({ token, signInHref }: { token: string; signInHref: string }) {
  const trpc = useTRPC();
  const id = useId();
  const invite = useQuery(trpc.invite.inspect.queryOptions({ token }, { retry: false }));
  const accept = useMutation(trpc.invite.accept.mutationOptions());
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<{ password?: string; confirm?: string }>({});
  const [attempt, setAttempt] = useState(0);

  if (invite.isPending) return <LoadingState label="Checking your link…" />;
  if (invite.isError)
    return (
      <Page title="This link cannot be used" narrow>
        {errorCode(invite.error) === 'NOT_FOUND' ? (
          <Message tone="warning" live="none">
            <p>
              This link has expired or has already been used. Ask your administrator for a new one.
            </p>
          </Message>
        ) : (
          <ErrorState
            title="Sorry, your link could not be checked"
            error={invite.error}
            onRetry={() => void invite.refetch()}
            retrying={invite.isFetching}
          />
        )}
      </Page>
    );
  if (accept.isSuccess)
    return (
      <Page title="Your password is set" narrow>
        <Message tone="success">
          <p>You can now sign in as {accept.data.email}.</p>
        </Message>
        <p>
          <a className="button button-primary" href={signInHref}>
            Sign in
          </a>
        </p>
      </Page>
    );

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    const next: typeof errors = {};
    if (password.length < MIN) next.password = `Choose a password of at least ${MIN} characters`;
    else if (password !== confirm) next.confirm = 'The two passwords are not the same';
    setErrors(next);
    accept.reset();
    if (!next.password && !next.confirm) accept.mutate({ token, password });
  };
  const summary: FormError[] = [];
  if (errors.password) summary.push({ fieldId: `${id}-password`, message: errors.password });
  if (errors.confirm) summary.push({ fieldId: `${id}-confirm`, message: errors.confirm });
  if (accept.isError) summary.push({ message: describeError(accept.error) });
  const welcome = invite.data.purpose === 'invite';

  return (
    <Page
      title={welcome ? 'Set up your account' : 'Choose a new password'}
      caption={invite.data.trustName}
      narrow
    >
      <p>
        {welcome ? `Welcome, ${invite.data.displayName}. ` : ''}Choose a password for{' '}
        <strong>{invite.data.email}</strong>. The link works once.
      </p>
      <ErrorSummary errors={summary} focusKey={attempt} />
      <form onSubmit={submit} noValidate>
        <input type="hidden" name="username" autoComplete="username" value={invite.data.email} />
        <TextField
          id={`${id}-password`}
          label="New password"
          hint={`At least ${MIN} characters. A few unrelated words make a strong one.`}
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={errors.password}
          width="20"
        />
        <TextField
          id={`${id}-confirm`}
          label="Type it again"
          type="password"
          autoComplete="new-password"
          value={confirm}
          onChange={(e) => setConfirm(e.target.value)}
          error={errors.confirm}
          width="20"
        />
        <div className="form-actions">
          <Button type="submit" busy={accept.isPending} busyLabel="Saving…">
            Set password
          </Button>
        </div>
      </form>
    </Page>
  );
}
