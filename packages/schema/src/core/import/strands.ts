import { activityStrands } from '../evidence.ts';

type Strand = (typeof activityStrands)[number];

const WORDS: Record<string, Strand> = {
  leadership: 'leadership_service',
  service: 'leadership_service',
  creative: 'creative_cultural',
  cultural: 'creative_cultural',
  arts: 'creative_cultural',
  physical: 'physical_outdoor',
  outdoor: 'physical_outdoor',
  sport: 'physical_outdoor',
};

/** "Leadership & Service", "leadership and service", "leadership_service", "L&S": the strand. */
export function parseStrand(text: string): Strand | null {
  const words = text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .split(/[^a-z]+/)
    .filter((w) => w && w !== 'and');
  const compact = text.toLowerCase().replace(/\s+/g, '');
  if (compact === 'l&s' || compact === 'ls') return 'leadership_service';
  if (compact === 'c&c' || compact === 'cc') return 'creative_cultural';
  if (compact === 'p&o' || compact === 'po') return 'physical_outdoor';
  const found = new Set(words.map((w) => WORDS[w]).filter(Boolean));
  return found.size === 1 ? [...found][0]! : null;
}

export const strandLabels: Record<Strand, string> = {
  leadership_service: 'Leadership & Service',
  creative_cultural: 'Creative & Cultural',
  physical_outdoor: 'Physical & Outdoor',
};

export function isStrand(value: string): value is Strand {
  return (activityStrands as readonly string[]).includes(value);
}
