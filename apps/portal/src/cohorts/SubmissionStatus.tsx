import { Badge, type Tone } from '@bacc/ui';

const tones: Record<string, Tone> = { pending: 'info', returned: 'warning', approved: 'success' };
const words: Record<string, string> = {
  pending: 'Waiting for the trust',
  returned: 'Returned by the trust',
  approved: 'Approved',
};

/** A submission's status in words, on a coloured badge. */
export function SubmissionStatusBadge({ status }: { status: string }) {
  return <Badge tone={tones[status] ?? 'neutral'}>{words[status] ?? status}</Badge>;
}
