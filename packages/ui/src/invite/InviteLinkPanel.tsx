import { useId, useState } from 'react';
import { Button } from '../components/Button.tsx';
import { Message } from '../components/Message.tsx';
import { inviteLinkFor } from './inviteToken.ts';

/** Shows a freshly issued link to pass on (no mail server), with a copy button. */
export function InviteLinkPanel({
  title,
  path,
  expiresAt,
  who,
}: {
  title: string;
  path: string;
  expiresAt: Date;
  who: string;
}) {
  const id = useId();
  const link = inviteLinkFor(path, window.location.origin);
  const [copied, setCopied] = useState(false);
  return (
    <Message tone="success" title={title}>
      <p>
        Send this link to {who}. It works once, until{' '}
        {expiresAt.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })}.
      </p>
      <label className="field-label" htmlFor={id}>
        Link to pass on
      </label>
      <input id={id} className="input mono" readOnly value={link} data-invite-link="" />
      <div className="form-actions">
        <Button
          variant="secondary"
          size="small"
          onClick={() =>
            void navigator.clipboard?.writeText(link).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {copied ? 'Copied' : 'Copy link'}
        </Button>
      </div>
    </Message>
  );
}
