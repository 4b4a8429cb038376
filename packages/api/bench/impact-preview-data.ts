import { nationalBaccalaureate } from '@bacc/criteria-engine/fixtures';
import { type DatabaseHandle, sql } from '@bacc/db';

const scales = nationalBaccalaureate.gradeScales;
const CENTRES = 40;

interface Qual {
  title: string;
  type: string;
  subject: string;
  level: number;
  glh: number;
  size: number | null;
  category: 'general' | 'technical';
  scale: keyof typeof scales & string;
}

const aLevels = [
  'history',
  'biology',
  'chemistry',
  'physics',
  'psychology',
  'art',
  'economics',
  'french',
  'geography',
  'sociology',
];
const gcses = ['english', 'maths', 'science', 'history', 'geography', 'art', 'french', 'computing'];
const catalogue: Qual[] = [
  ...aLevels.map((s) => ({
    title: `A level ${s}`,
    type: 'a_level',
    subject: s,
    level: 3,
    glh: 360,
    size: 1,
    category: 'general' as const,
    scale: 'a_level',
  })),
  ...gcses.map((s) => ({
    title: `GCSE ${s}`,
    type: 'gcse',
    subject: s,
    level: 2,
    glh: 120,
    size: null,
    category: 'general' as const,
    scale: 'gcse_9_1',
  })),
  {
    title: 'BTEC National Extended Diploma in Engineering',
    type: 'btec_national',
    subject: 'engineering',
    level: 3,
    glh: 1080,
    size: 3,
    category: 'technical',
    scale: 'btec_national_diploma',
  },
  {
    title: 'Level 2 Technical Certificate in Construction',
    type: 'technical_certificate',
    subject: 'construction',
    level: 2,
    glh: 360,
    size: null,
    category: 'technical',
    scale: 'l2_technical',
  },
  {
    title: 'Extended Project Qualification',
    type: 'epq',
    subject: 'project',
    level: 3,
    glh: 120,
    size: 0.5,
    category: 'general',
    scale: 'epq',
  },
];

/**
 * A trust of 40 centres and `learners` leavers over three years, made inside the database with
 * generate_series: GCSE English and maths for everyone, four more GCSEs, then three A levels
 * (55%), a BTEC Extended Diploma (25%) or a Level 2 technical certificate (20%); an EPQ or a
 * centre-devised project; Personal Development hours in each strand from 0 to about 70.
 */
export async function generateTrust(handle: DatabaseHandle, learners: number) {
  const { db } = handle;
  const trust = await db
    .insertInto('trusts')
    .values({ name: 'Bench Trust', slug: `bench-${Date.now()}` })
    .returning('id')
    .executeTakeFirstOrThrow();
  const trustId = trust.id;
  const centres = await db
    .insertInto('centres')
    .values(
      Array.from({ length: CENTRES }, (_, i) => ({
        trust_id: trustId,
        urn: String(200000 + i),
        name: `Bench Centre ${String(i + 1).padStart(2, '0')}`,
        kind: 'school',
        town: 'Leeds',
      })),
    )
    .returning('id')
    .execute();
  const centreIds = centres.map((c) => c.id);
  const usedScales = [...new Set(catalogue.map((q) => q.scale))];
  await db
    .insertInto('grade_scales')
    .values(
      usedScales.map((key) => ({
        trust_id: trustId,
        key,
        name: scales[key]!.label,
        grades: JSON.stringify(scales[key]!.grades.map((g) => g.grade)),
      })),
    )
    .execute();
  const quals = await db
    .insertInto('qualifications')
    .values(
      catalogue.map((q) => ({
        trust_id: trustId,
        title: q.title,
        type: q.type,
        subject: q.subject,
        level: q.level,
        glh: q.glh,
        size_a_levels: q.size,
        category: q.category,
        grade_scale: q.scale,
      })),
    )
    .returning(['id', 'type', 'subject'])
    .execute();
  const id = (type: string, subject: string) =>
    quals.find((q) => q.type === type && q.subject === subject)!.id;
  const aLevelIds = aLevels.map((s) => id('a_level', s));
  const otherGcseIds = gcses.slice(2).map((s) => id('gcse', s));

  await sql`select setseed(0.42)`.execute(db);
  await sql`
    insert into learners (trust_id, centre_id, legal_given_name, legal_family_name, date_of_birth, leaving_year)
    select ${trustId}, (${sql.val(centreIds)}::uuid[])[1 + (g % ${CENTRES})], 'Learner', 'Number ' || g,
           date '2008-09-01' + (g % 365), 2025 + (g % 3)
    from generate_series(1, ${learners}) g`.execute(db);
  // One row of dice per learner, so each learner's evidence hangs together.
  await sql`create temp table bench_profile as
    select id, trust_id, centre_id, row_number() over (order by id) as n, random() as route,
           random() as gcse, random() as project, random() as pd
    from learners where trust_id = ${trustId}`.execute(db);
  const gcseGrade = sql`(array['3','4','4','5','5','6','6','7','8','9'])[1 + floor(random() * 10)::int]`;
  await sql`
    insert into results (trust_id, centre_id, learner_id, qualification_id, grade, status)
    select p.trust_id, p.centre_id, p.id, q.id,
      case when p.gcse < 0.15 then (array['2','3'])[1 + floor(random() * 2)::int] else ${gcseGrade} end, 'confirmed'
    from bench_profile p cross join (values (${id('gcse', 'english')}::uuid), (${id('gcse', 'maths')}::uuid)) q(id)`.execute(
    db,
  );
  await sql`
    insert into results (trust_id, centre_id, learner_id, qualification_id, grade, status)
    select p.trust_id, p.centre_id, p.id, (${sql.val(otherGcseIds)}::uuid[])[1 + ((p.n + k) % ${otherGcseIds.length})], ${gcseGrade}, 'confirmed'
    from bench_profile p cross join generate_series(0, 3) k`.execute(db);
  await sql`
    insert into results (trust_id, centre_id, learner_id, qualification_id, grade, status)
    select p.trust_id, p.centre_id, p.id, (${sql.val(aLevelIds)}::uuid[])[1 + ((p.n * 3 + k) % ${aLevelIds.length})],
      (array['A*','A','B','B','C','C','D','E','U'])[1 + floor(random() * 9)::int], 'confirmed'
    from bench_profile p cross join generate_series(0, 2) k where p.route < 0.55`.execute(db);
  await sql`
    insert into results (trust_id, centre_id, learner_id, qualification_id, grade, status)
    select p.trust_id, p.centre_id, p.id, ${id('btec_national', 'engineering')}::uuid,
      (array['D*D*','D*D','DD','DM','MM','MP','PP','U'])[1 + floor(random() * 8)::int], 'confirmed'
    from bench_profile p where p.route >= 0.55 and p.route < 0.8`.execute(db);
  await sql`
    insert into results (trust_id, centre_id, learner_id, qualification_id, grade, status)
    select p.trust_id, p.centre_id, p.id, ${id('technical_certificate', 'construction')}::uuid,
      (array['Distinction','Merit','Pass','Pass','Fail'])[1 + floor(random() * 5)::int], 'confirmed'
    from bench_profile p where p.route >= 0.8`.execute(db);
  await sql`
    insert into projects (trust_id, centre_id, learner_id, title, kind, qualification_id, grade, hours)
    select p.trust_id, p.centre_id, p.id,
      case when p.project < 0.6 then 'Extended Project' else 'Community project' end,
      case when p.project < 0.6 then 'epq' else 'centre_devised' end,
      case when p.project < 0.6 then ${id('epq', 'project')}::uuid end,
      case when p.project < 0.6 then (array['A*','A','B','C','D','E','U'])[1 + floor(random() * 7)::int] end,
      case when p.project >= 0.6 then 30 + floor(random() * 120)::int end
    from bench_profile p where p.project < 0.95`.execute(db);
  await sql`
    insert into activities (trust_id, centre_id, learner_id, strand, hours, description, verified_by)
    select p.trust_id, p.centre_id, p.id, s.strand, 5 + floor(p.pd * 45 + random() * 25)::int,
      'Volunteering and clubs', case when random() < 0.92 then 'Form tutor' end
    from bench_profile p
    cross join (values ('leadership_service'), ('creative_cultural'), ('physical_outdoor')) s(strand)
    cross join generate_series(1, 2) k`.execute(db);
  await sql`drop table bench_profile`.execute(db);
  await sql`analyze`.execute(db);
  return { trustId, centreIds };
}
