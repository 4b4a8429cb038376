import { randomUUID } from 'node:crypto';
import { hashPassword } from '@bacc/api';
import { type Database, type Kysely, recordAuditEvent } from '@bacc/db';
import { type DemoIssuance, seedApprovedAwards } from './awards.ts';
import { seedFrameworkAndDecisions } from './framework.ts';
import { GRADE_SCALES } from './grade-scales.ts';
import { DEMO_CENTRES, DEMO_PASSWORD, DEMO_TRUST, demoUsers } from './organisation.ts';
import { planLearners } from './plan.ts';
import { DEMO_SEED, mulberry32 } from './random.ts';
import { seedTariffAndAccreditation } from './trust-admin.ts';

export { DEMO_PASSWORD } from './organisation.ts';

export interface DemoLogin {
  role: 'trust_admin' | 'centre_admin' | 'centre_staff';
  email: string;
  password: string;
  centreName: string | null;
}

export interface SeedOptions {
  learnersPerCentre?: number;
  /** Replaces the fixed-seed stream; the default gives the same demo on every install. */
  random?: () => number;
  /**
   * The server secret and address to issue the past year's demo awards with (their codes derive
   * from the secret). Without it the demo has no awards yet.
   */
  issuance?: DemoIssuance;
}

// Well under PostgreSQL's 65,535 bind parameters for the widest row, and few round trips.
const CHUNK = 500;

function* chunks<T>(rows: readonly T[]): Generator<T[]> {
  for (let i = 0; i < rows.length; i += CHUNK) yield rows.slice(i, i + CHUNK);
}

/** True until a trust exists: a fresh data folder is seeded, a used one never is. */
export async function isDatabaseEmpty(db: Kysely<Database>): Promise<boolean> {
  const trust = await db.selectFrom('trusts').select('id').limit(1).executeTakeFirst();
  return trust === undefined;
}

/**
 * Seeds the demo trust: three centres, their staff, the qualification catalogue and several
 * hundred learners with results, projects and activities, the National Baccalaureate framework
 * published with every learner decided under it, all in one transaction.
 */
export async function seedDemoData(
  db: Kysely<Database>,
  options: SeedOptions = {},
): Promise<{ logins: DemoLogin[]; counts: Record<string, number> }> {
  const random = options.random ?? mulberry32(DEMO_SEED);
  // One hash for the shared demo password: argon2id is slow on purpose.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const trustId = randomUUID();
  const centreIds = new Map(DEMO_CENTRES.map((c) => [c.slug, randomUUID()]));
  const rows = planLearners(trustId, centreIds, options.learnersPerCentre ?? 110, random);
  const users = demoUsers();
  const scales = Object.values(GRADE_SCALES);
  const counts: Record<string, number> = {
    trusts: 1,
    centres: DEMO_CENTRES.length,
    users: users.length,
    gradeScales: scales.length,
    qualifications: rows.qualifications.length,
    learners: rows.learners.length,
    results: rows.results.length,
    projects: rows.projects.length,
    activities: rows.activities.length,
  };

  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('trusts')
      .values({ id: trustId, ...DEMO_TRUST })
      .execute();
    await trx
      .insertInto('centres')
      .values(
        DEMO_CENTRES.map((c) => ({
          id: centreIds.get(c.slug)!,
          trust_id: trustId,
          urn: c.urn,
          name: c.name,
          kind: c.kind,
          town: c.town,
        })),
      )
      .execute();
    await trx
      .insertInto('users')
      .values(
        users.map((u) => ({
          trust_id: trustId,
          centre_id: u.centreSlug ? centreIds.get(u.centreSlug)! : null,
          email: u.email,
          display_name: u.displayName,
          role: u.role,
          password_hash: passwordHash,
        })),
      )
      .execute();
    await trx
      .insertInto('grade_scales')
      .values(
        scales.map((s) => ({
          trust_id: trustId,
          key: s.key,
          name: s.name,
          grades: JSON.stringify(s.grades),
        })),
      )
      .execute();
    await trx.insertInto('qualifications').values(rows.qualifications).execute();
    for (const chunk of chunks(rows.learners))
      await trx.insertInto('learners').values(chunk).execute();
    for (const chunk of chunks(rows.results))
      await trx.insertInto('results').values(chunk).execute();
    for (const chunk of chunks(rows.projects))
      await trx.insertInto('projects').values(chunk).execute();
    for (const chunk of chunks(rows.activities))
      await trx.insertInto('activities').values(chunk).execute();
    Object.assign(
      counts,
      await seedFrameworkAndDecisions(
        trx,
        trustId,
        [...centreIds.values()],
        rows.learners as Array<{ id: string; centre_id: string; leaving_year: number }>,
      ),
    );
    Object.assign(counts, await seedTariffAndAccreditation(trx, trustId, [...centreIds.values()]));
    if (options.issuance)
      Object.assign(
        counts,
        await seedApprovedAwards(
          trx,
          trustId,
          centreIds.get(DEMO_CENTRES[0]!.slug)!,
          options.issuance,
        ),
      );
    await recordAuditEvent(trx, {
      trustId,
      centreId: null,
      actorUserId: null,
      action: 'demo.seeded',
      entity: 'trust',
      entityId: trustId,
      after: counts,
    });
  });

  const centreName = (slug: string | null) =>
    DEMO_CENTRES.find((c) => c.slug === slug)?.name ?? null;
  const logins = users.map((u) => ({
    role: u.role,
    email: u.email,
    password: DEMO_PASSWORD,
    centreName: centreName(u.centreSlug),
  }));
  return { logins, counts };
}
