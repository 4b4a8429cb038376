import { randomUUID } from 'node:crypto';
import { catalogueKey, GENERAL_CATALOGUE } from './catalogue.ts';
import { TECHNICAL_CATALOGUE } from './catalogue-technical.ts';
import { drawIdentity, IdentifierRegister, LEAVING_YEARS } from './identities.ts';
import { DEMO_CENTRES, pickVerifier } from './organisation.ts';
import { planResults } from './pathways.ts';
import { planActivities } from './personal-development.ts';
import { drawProfile } from './profile.ts';
import { planProject } from './projects.ts';
import { createDice } from './random.ts';
import type {
  ActivityRow,
  DemoRows,
  LearnerRow,
  ProjectRow,
  QualificationRow,
  ResultRow,
} from './rows.ts';

/** Every catalogue row, keyed by type and subject so learners' results can point at them. */
function planCatalogue(trustId: string): Map<string, QualificationRow> {
  const rows = new Map<string, QualificationRow>();
  for (const entry of [...GENERAL_CATALOGUE, ...TECHNICAL_CATALOGUE]) {
    rows.set(catalogueKey(entry.type, entry.subject), {
      id: randomUUID(),
      trust_id: trustId,
      qn: entry.qn,
      title: entry.title,
      type: entry.type,
      subject: entry.subject,
      level: entry.level,
      glh: entry.glh,
      tqt: entry.tqt,
      size_a_levels: entry.sizeALevels,
      category: entry.category,
      discount_code: entry.discountCode,
      grade_scale: entry.gradeScale,
    });
  }
  return rows;
}

/**
 * The learners of every centre with their results, projects and activities, drawn from one
 * random stream so the same seed gives the same demo. Row ids are fresh UUIDs every time.
 */
export function planLearners(
  trustId: string,
  centreIds: ReadonlyMap<string, string>,
  learnersPerCentre: number,
  random: () => number,
): DemoRows {
  const dice = createDice(random);
  const register = new IdentifierRegister(dice);
  const catalogue = planCatalogue(trustId);
  const qualificationId = (key: string) => {
    const row = catalogue.get(key);
    if (!row) throw new Error(`the demo catalogue has no ${key}`);
    return row.id;
  };
  const rows: DemoRows = {
    qualifications: [...catalogue.values()],
    learners: [],
    results: [],
    projects: [],
    activities: [],
  };

  for (const centre of DEMO_CENTRES) {
    const centreId = centreIds.get(centre.slug)!;
    for (let n = 0; n < learnersPerCentre; n++) {
      const leavingYear = LEAVING_YEARS[n % LEAVING_YEARS.length]!;
      const identity = drawIdentity(dice, register, centre, leavingYear);
      const profile = drawProfile(dice, centre, leavingYear);
      const learner: LearnerRow = {
        id: randomUUID(),
        trust_id: trustId,
        centre_id: centreId,
        uln: identity.uln,
        upn: identity.upn,
        legal_given_name: identity.givenName,
        legal_family_name: identity.familyName,
        preferred_name: identity.preferredName,
        date_of_birth: identity.dateOfBirth,
        leaving_year: leavingYear,
      };
      rows.learners.push(learner);
      const owner = { trust_id: trustId, centre_id: centreId, learner_id: learner.id };

      const { results, ability } = planResults(dice, profile);
      for (const r of results) {
        rows.results.push({
          id: randomUUID(),
          ...owner,
          qualification_id: qualificationId(r.qualification),
          grade: r.grade,
          status: r.status,
          awarded_on: r.awardedOn,
        } satisfies ResultRow);
      }
      const project = planProject(dice, profile, ability);
      if (project) {
        rows.projects.push({
          id: randomUUID(),
          ...owner,
          title: project.title,
          kind: project.kind,
          qualification_id: project.qualification ? qualificationId(project.qualification) : null,
          grade: project.grade,
          hours: project.hours,
        } satisfies ProjectRow);
      }
      for (const a of planActivities(dice, profile)) {
        rows.activities.push({
          id: randomUUID(),
          ...owner,
          strand: a.strand,
          hours: a.hours,
          started_on: a.startedOn,
          ended_on: a.endedOn,
          description: a.description,
          verified_by: profile.finished || dice.chance(0.7) ? pickVerifier(dice, centre) : null,
        } satisfies ActivityRow);
      }
    }
  }
  return rows;
}
