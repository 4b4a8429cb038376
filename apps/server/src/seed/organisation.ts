import type { Dice } from './random.ts';

export const DEMO_PASSWORD = 'demo-password-2026';
const DEMO_MAIL_DOMAIN = 'demo.bacc.test';

export const DEMO_TRUST = {
  name: 'Northern Lights Education Trust',
  slug: 'northern-lights',
} as const;

export type Pathway = 'a_levels' | 'technical' | 'mixed' | 'level_2';

export interface DemoCentre {
  slug: string;
  urn: string;
  name: string;
  kind: 'school' | 'college';
  town: string;
  /** DfE local authority codes of the primary schools its learners came from (UPN prefixes). */
  feederAuthorities: readonly string[];
  /** Relative share of each pathway: the schools lean academic, the college technical. */
  pathwayMix: readonly (readonly [Pathway, number])[];
  staff: { head: string; staff1: string; staff2: string };
}

// Across two schools and one college these mixes give 45% A levels, 20% technical,
// 15% mixed and 20% Level 2, the spread the demo's award tiers are designed around.
const SCHOOL_MIX = [
  ['a_levels', 55],
  ['technical', 12],
  ['mixed', 18],
  ['level_2', 15],
] as const;
const COLLEGE_MIX = [
  ['a_levels', 25],
  ['technical', 36],
  ['mixed', 9],
  ['level_2', 30],
] as const;

export const DEMO_CENTRES: readonly DemoCentre[] = [
  {
    slug: 'kirkgate',
    urn: '144218',
    name: 'Kirkgate Academy',
    kind: 'school',
    town: 'Wakefield',
    feederAuthorities: ['384', '383', '370'],
    pathwayMix: SCHOOL_MIX,
    staff: { head: 'Dr Helen Okafor', staff1: 'Mr Daniel Sutcliffe', staff2: 'Ms Priya Sharma' },
  },
  {
    slug: 'bronte-moor',
    urn: '147903',
    name: 'Brontë Moor School and Sixth Form',
    kind: 'school',
    town: 'Keighley',
    feederAuthorities: ['380', '381', '383'],
    pathwayMix: SCHOOL_MIX,
    staff: {
      head: 'Mrs Siobhán Murphy',
      staff1: 'Mr Tariq Hussain',
      staff2: 'Miss Laura Greenwood',
    },
  },
  {
    slug: 'calder-valley',
    urn: '130562',
    name: 'Calder Valley College',
    kind: 'college',
    town: 'Halifax',
    feederAuthorities: ['381', '382', '380'],
    pathwayMix: COLLEGE_MIX,
    staff: { head: 'Mr Andrew Holroyd', staff1: 'Ms Funmi Adeyemi', staff2: 'Mr Kacper Nowak' },
  },
];

export interface DemoUserPlan {
  email: string;
  displayName: string;
  role: 'trust_admin' | 'centre_admin' | 'centre_staff';
  centreSlug: string | null;
}

export function demoUsers(): DemoUserPlan[] {
  const users: DemoUserPlan[] = [
    {
      email: `admin@${DEMO_MAIL_DOMAIN}`,
      displayName: 'Ms Catherine Ashworth',
      role: 'trust_admin',
      centreSlug: null,
    },
  ];
  for (const centre of DEMO_CENTRES) {
    const at = `${centre.slug}@${DEMO_MAIL_DOMAIN}`;
    users.push(
      {
        email: `head.${at}`,
        displayName: centre.staff.head,
        role: 'centre_admin',
        centreSlug: centre.slug,
      },
      {
        email: `staff1.${at}`,
        displayName: centre.staff.staff1,
        role: 'centre_staff',
        centreSlug: centre.slug,
      },
      {
        email: `staff2.${at}`,
        displayName: centre.staff.staff2,
        role: 'centre_staff',
        centreSlug: centre.slug,
      },
    );
  }
  return users;
}

/** Who signs off a learner's activity: mostly their own centre's staff, sometimes an outside leader. */
export function pickVerifier(dice: Dice, centre: DemoCentre): string | null {
  return dice.weighted<string | null>([
    [centre.staff.staff1, 40],
    [centre.staff.staff2, 35],
    [centre.staff.head, 5],
    [dice.pick(OUTSIDE_LEADERS), 6],
    [null, 14],
  ]);
}

const OUTSIDE_LEADERS = [
  'Mrs Janet Ackroyd (DofE leader)',
  'Mr Kofi Mensah (club coach)',
  'Ms Rachel Lloyd (food bank coordinator)',
  'Sgt Paul Fitzgerald (Army Cadet Force)',
] as const;
