import { createLearnerRow, describeEachDatabase } from '@bacc/db/testing';
import { expect, it } from 'vitest';
import { callerFor, createTenantWithUsers } from '../../testing/index.ts';

const aLevel = {
  qn: '601/4590/1',
  title: 'A level Chemistry',
  type: 'a_level',
  subject: 'chemistry',
  level: 3,
  glh: 360,
  tqt: 360,
  sizeALevels: 1,
  category: 'general' as const,
  discountCode: 'RA1',
  gradeScale: 'a_level',
};

const HEADER =
  'QN,Title,Type,Subject,Level,GLH,TQT,Size A levels,Category,Discount code,Grade scale';

describeEachDatabase('qualification catalogue', (suite) => {
  async function tenant() {
    const { db } = suite.handle;
    const t = await createTenantWithUsers(db);
    const admin = callerFor(db, t.admin);
    await admin.trust.catalogue.scales.create({
      trustId: t.trust.id,
      scale: { key: 'a_level', name: 'A level', grades: ['U', 'E', 'D', 'C', 'B', 'A', 'A*'] },
    });
    return { db, t, admin };
  }

  it('adds, lists by filter, edits with a version check, and audits', async () => {
    const { db, t, admin } = await tenant();
    const q = await admin.trust.catalogue.create({ trustId: t.trust.id, qualification: aLevel });
    expect(q).toMatchObject({ qn: '601/4590/1', version: 1 });
    await admin.trust.catalogue.create({
      trustId: t.trust.id,
      qualification: {
        ...aLevel,
        qn: null,
        title: 'Level 2 Technical Award',
        subject: null,
        type: 'technical_award',
        level: 2,
        category: 'technical',
      },
    });
    expect(await admin.trust.catalogue.list({ trustId: t.trust.id, level: 3 })).toHaveLength(1);
    expect(
      await admin.trust.catalogue.list({ trustId: t.trust.id, category: 'technical' }),
    ).toHaveLength(1);
    expect(await admin.trust.catalogue.list({ trustId: t.trust.id, search: 'chem' })).toHaveLength(
      1,
    );
    await expect(
      admin.trust.catalogue.create({
        trustId: t.trust.id,
        qualification: { ...aLevel, qn: '6014590' },
      }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('603/2476/0'),
    });
    await expect(
      admin.trust.catalogue.create({ trustId: t.trust.id, qualification: aLevel }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('601/4590/1') });
    const edited = await admin.trust.catalogue.update({
      trustId: t.trust.id,
      qualificationId: q.id,
      version: 1,
      qualification: { ...aLevel, glh: 380 },
    });
    expect(edited).toMatchObject({ glh: 380, version: 2 });
    await expect(
      admin.trust.catalogue.update({
        trustId: t.trust.id,
        qualificationId: q.id,
        version: 1,
        qualification: aLevel,
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    const events = await db
      .selectFrom('audit_events')
      .select('action')
      .where('entity_id', '=', q.id)
      .orderBy('id')
      .execute();
    expect(events.map((e) => e.action)).toEqual(['qualification.created', 'qualification.updated']);
  });

  it('refuses to delete a qualification that results use, saying why', async () => {
    const { db, t, admin } = await tenant();
    const q = await admin.trust.catalogue.create({ trustId: t.trust.id, qualification: aLevel });
    const learner = await createLearnerRow(db, { trustId: t.trust.id, centreId: t.centreA.id });
    await db
      .insertInto('results')
      .values({
        trust_id: t.trust.id,
        centre_id: t.centreA.id,
        learner_id: learner.id,
        qualification_id: q.id,
        grade: 'B',
        status: 'confirmed',
      })
      .execute();
    await expect(
      admin.trust.catalogue.delete({ trustId: t.trust.id, qualificationId: q.id, version: 1 }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('1 learner result(s)'),
    });
    // A grade that results hold cannot leave the scale.
    const scales = await admin.trust.catalogue.scales.list({ trustId: t.trust.id });
    await expect(
      admin.trust.catalogue.scales.update({
        trustId: t.trust.id,
        key: 'a_level',
        version: scales.scales[0]!.version,
        name: 'A level',
        grades: ['U', 'E', 'D', 'C', 'A', 'A*'],
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('B') });
    const unused = await admin.trust.catalogue.create({
      trustId: t.trust.id,
      qualification: { ...aLevel, qn: null },
    });
    await expect(
      admin.trust.catalogue.delete({ trustId: t.trust.id, qualificationId: unused.id, version: 1 }),
    ).resolves.toEqual({ ok: true });
  });

  it('stores a points table such as the UCAS Tariff, checking scales and grades', async () => {
    const { t, admin } = await tenant();
    await expect(
      admin.trust.catalogue.scales.savePoints({
        trustId: t.trust.id,
        table: { key: 'ucas', name: 'UCAS Tariff', points: { a_level: { 'A**': 60 } } },
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('A**') });
    const saved = await admin.trust.catalogue.scales.savePoints({
      trustId: t.trust.id,
      table: {
        key: 'ucas',
        name: 'UCAS Tariff',
        points: { a_level: { 'A*': 56, A: 48, B: 40, C: 32, D: 24, E: 16 } },
      },
    });
    expect(saved.version).toBe(1);
    const list = await admin.trust.catalogue.scales.list({ trustId: t.trust.id });
    expect(list.pointsTables[0]?.points).toEqual({
      a_level: { 'A*': 56, A: 48, B: 40, C: 32, D: 24, E: 16 },
    });
  });

  it('imports a CSV all or nothing, with errors by row and column', async () => {
    const { db, t, admin } = await tenant();
    const bad = [
      HEADER,
      '601/4590/1,A level Chemistry,a_level,chemistry,3,360,360,1,general,RA1,a_level',
      '601/4590/1,A level Chemistry again,a_level,chemistry,3,360,360,1,general,RA1,a_level',
      '603/9999/9,Mystery,a_level,,nine,,,,general,,a_level',
      '603/8888/8,BTEC,btec,,3,,,,vocational,,btec_scale',
    ].join('\r\n');
    const preview = await admin.trust.catalogue.import.preview({
      trustId: t.trust.id,
      fileName: 'q.csv',
      csv: bad,
    });
    expect(preview.ok).toBe(false);
    expect(preview.errors).toEqual(
      expect.arrayContaining([
        { row: 3, column: 'qn', message: 'QN 601/4590/1 is also on row 2' },
        expect.objectContaining({ row: 4, column: 'level' }),
        expect.objectContaining({ row: 5, column: 'category' }),
      ]),
    );
    await expect(
      admin.trust.catalogue.import.commit({ trustId: t.trust.id, fileName: 'q.csv', csv: bad }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('Nothing was imported'),
    });
    const none = await db
      .selectFrom('qualifications')
      .select('id')
      .where('trust_id', '=', t.trust.id)
      .execute();
    expect(none).toHaveLength(0);

    const good = `\uFEFF${HEADER}\n601/4590/1,A level Chemistry,a_level,chemistry,3,360,360,1,general,RA1,a_level\n,"Extended Project, Level 3",epq,,3,120,120,0.5,General,,a_level\n`;
    const ok = await admin.trust.catalogue.import.preview({
      trustId: t.trust.id,
      fileName: 'q.csv',
      csv: good,
    });
    expect(ok).toMatchObject({ ok: true, rowCount: 2, errorCount: 0 });
    expect(
      await admin.trust.catalogue.import.commit({
        trustId: t.trust.id,
        fileName: 'q.csv',
        csv: good,
      }),
    ).toEqual({ added: 2 });
    // The same file again: every QN is now taken, so nothing more is added.
    await expect(
      admin.trust.catalogue.import.commit({ trustId: t.trust.id, fileName: 'q.csv', csv: good }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const rows = await db
      .selectFrom('qualifications')
      .select('title')
      .where('trust_id', '=', t.trust.id)
      .execute();
    expect(rows.map((r) => r.title).sort()).toEqual([
      'A level Chemistry',
      'Extended Project, Level 3',
    ]);
  });

  it('keeps the catalogue to trust admins of the trust, changing nothing', async () => {
    const { db, t, admin } = await tenant();
    const other = await createTenantWithUsers(db, 'Other');
    const q = await admin.trust.catalogue.create({ trustId: t.trust.id, qualification: aLevel });
    for (const user of [t.staffA, t.centreAdminA]) {
      const caller = callerFor(db, user);
      await expect(caller.trust.catalogue.list({ trustId: t.trust.id })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
      await expect(
        caller.trust.catalogue.delete({ trustId: t.trust.id, qualificationId: q.id, version: 1 }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    const otherAdmin = callerFor(db, other.admin);
    await expect(
      otherAdmin.trust.catalogue.update({
        trustId: t.trust.id,
        qualificationId: q.id,
        version: 1,
        qualification: { ...aLevel, title: 'Hijack' },
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      otherAdmin.trust.catalogue.delete({
        trustId: other.trust.id,
        qualificationId: q.id,
        version: 1,
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      otherAdmin.trust.catalogue.import.commit({
        trustId: t.trust.id,
        fileName: 'x.csv',
        csv: HEADER,
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const still = await admin.trust.catalogue.get({ trustId: t.trust.id, qualificationId: q.id });
    expect(still).toMatchObject({ title: 'A level Chemistry', version: 1 });
  });
});
