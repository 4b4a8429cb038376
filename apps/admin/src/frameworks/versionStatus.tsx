import { Badge } from '@bacc/ui';
import type { VersionSummary } from './types.ts';

const tones = { draft: 'info', published: 'success', retired: 'neutral' } as const;
const words = { draft: 'Draft', published: 'Published', retired: 'Retired' } as const;

export function StatusBadge({ status }: { status: VersionSummary['status'] }) {
  return <Badge tone={tones[status]}>{words[status]}</Badge>;
}

export const versionTitle = (v: Pick<VersionSummary, 'name' | 'versionNumber'>) =>
  `${v.name}, version ${v.versionNumber}`;
