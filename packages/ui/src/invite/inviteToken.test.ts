import { describe, expect, it } from 'vitest';
import { inviteLinkFor, inviteTokenFrom, isAcceptInvitePath } from './inviteToken.ts';

describe('invite links', () => {
  it('recognises the accept page in either app', () => {
    expect(isAcceptInvitePath('/portal/accept-invite')).toBe(true);
    expect(isAcceptInvitePath('/admin/accept-invite/')).toBe(true);
    expect(isAcceptInvitePath('/portal/learners')).toBe(false);
  });
  it('reads a whole token and refuses a cut-short one', () => {
    expect(inviteTokenFrom('?token=abcdefghijklmnopqrstuv')).toBe('abcdefghijklmnopqrstuv');
    expect(inviteTokenFrom('?token=abc')).toBeNull();
    expect(inviteTokenFrom('')).toBeNull();
  });
  it('joins the path to this address', () => {
    expect(inviteLinkFor('/portal/accept-invite?token=x', 'https://bacc.example.org')).toBe(
      'https://bacc.example.org/portal/accept-invite?token=x',
    );
  });
});
