import {
  type EvidenceActivity,
  type EvidenceProject,
  type EvidenceResult,
  type LearnerRecord,
  toLearnerRecord,
} from '@bacc/schema';
import {
  activity,
  aLevel,
  asLevel,
  btecDiploma,
  epq,
  functionalSkills,
  gcse,
  project,
  result,
  technicalAward,
} from '../test/builders.ts';

/** A small seeded generator (mulberry32), so every run benches the same records. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const gcseSubjects = [
  'science',
  'history',
  'geography',
  'french',
  'art',
  'music',
  'computing',
  'religious_studies',
];
const aLevelSubjects = [
  'maths',
  'further_maths',
  'physics',
  'chemistry',
  'biology',
  'history',
  'english_literature',
  'psychology',
  'art',
  'economics',
];
const strands = ['leadership_service', 'creative_cultural', 'physical_outdoor'];

/** One learner's evidence, shaped like a real leaver's: GCSEs, then A levels, technical or neither. */
export function generateRecord(i: number, random: () => number): LearnerRecord {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const between = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const gcseGrade = () =>
    String(Math.max(1, Math.min(9, Math.round(2 + random() * 4 + random() * 3))));
  const results: EvidenceResult[] = [
    gcse(`r-en`, 'english', gcseGrade()),
    gcse(`r-ma`, 'maths', gcseGrade()),
  ];
  for (let g = 0; g < between(2, 7); g++)
    results.push(gcse(`r-g${g}`, gcseSubjects[g]!, gcseGrade()));
  const route = random();
  if (route < 0.45) {
    const subjects = [...aLevelSubjects].sort(() => random() - 0.5).slice(0, between(2, 4));
    subjects.forEach((s, n) => {
      const code = s === 'further_maths' && random() < 0.3 ? 'DC-maths' : `DC-${s}`;
      results.push(aLevel(`r-a${n}`, s, pick(['A*', 'A', 'B', 'C', 'C', 'D', 'E', 'U']), code));
    });
    if (random() < 0.3) results.push(asLevel('r-as', 'spanish', pick(['A', 'B', 'C', 'D', 'E'])));
  } else if (route < 0.7) {
    results.push(btecDiploma('r-btec', pick(['D*D*', 'DD', 'DM', 'MM', 'MP', 'PP', 'U'])));
  } else if (route < 0.9) {
    for (let t = 0; t < between(1, 3); t++)
      results.push(
        technicalAward(
          `r-t${t}`,
          pick(['sport', 'health', 'it', 'engineering']),
          pick(['L2D', 'L2M', 'L2P', 'L1D', 'L1P', 'U']),
        ),
      );
    if (random() < 0.4) results.push(functionalSkills('r-fs', 'maths', 2));
  } else {
    results.push(
      result(
        'r-elc',
        {
          type: 'entry_level_certificate',
          subject: 'english',
          level: 0,
          category: 'general',
          gradeScale: 'entry_level',
        },
        pick(['E1', 'E2', 'E3']),
      ),
    );
  }
  const projects: EvidenceProject[] = [];
  const p = random();
  if (p < 0.35) projects.push(epq('p-1', pick(['A*', 'A', 'B', 'C', 'D', 'E'])));
  else if (p < 0.55)
    projects.push(
      project('p-1', 'accredited', {
        level: between(1, 3),
        grade: 'Pass',
        gradeScale: 'pass_fail',
      }),
    );
  else if (p < 0.9) projects.push(project('p-1', 'centre_devised', { hours: between(10, 140) }));
  const activities: EvidenceActivity[] = [];
  for (let a = 0; a < between(2, 9); a++)
    activities.push(
      activity(`act-${a}`, pick(strands), between(4, 40), { verified: random() < 0.9 }),
    );
  return asAssembled({ learnerId: `L${i}`, results, projects, activities });
}

/**
 * The record as the server and the portal assemble it from the tables (toLearnerRecord), so
 * the engine reads objects of the shapes it reads in production: one for every result's
 * qualification, rather than one per test builder.
 */
function asAssembled(record: LearnerRecord): LearnerRecord {
  const learnerId = record.learnerId;
  return toLearnerRecord(learnerId, {
    results: record.results.map(({ id, grade, status, qualification: q }) => ({
      id,
      learnerId,
      grade,
      status,
      qualificationId: q.id,
      qn: q.qn ?? null,
      title: q.title,
      type: q.type,
      subject: q.subject ?? null,
      level: q.level,
      glh: q.glh ?? null,
      tqt: q.tqt ?? null,
      sizeALevels: q.sizeALevels ?? null,
      category: q.category,
      discountCode: q.discountCode ?? null,
      gradeScale: q.gradeScale,
    })),
    projects: record.projects.map((p) => ({
      id: p.id,
      learnerId,
      title: p.title,
      kind: p.kind,
      grade: p.grade ?? null,
      hours: p.hours ?? null,
      level: p.level ?? null,
      gradeScale: p.gradeScale ?? null,
      glh: null,
    })),
    activities: record.activities.map((a) => ({
      id: a.id,
      learnerId,
      strand: a.strand,
      hours: a.hours,
      startedOn: a.startedOn ?? null,
      endedOn: a.endedOn ?? null,
      verifiedBy: a.verified ? 'centre' : null,
    })),
  });
}

export function generateRecords(count: number, seed = 2024): LearnerRecord[] {
  const random = seeded(seed);
  return Array.from({ length: count }, (_, i) => generateRecord(i, random));
}
