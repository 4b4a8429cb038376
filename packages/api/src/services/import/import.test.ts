import { createLearnerRow, describeEachDatabase } from '@bacc/db/testing';
import { expect, it } from 'vitest';
import { importCsv, setUpImportTenant, ulnFor } from './testing.ts';

const BOM = '\uFEFF';
const learnersCsv = (rows: string[]) =>
  `${BOM}ULN,Legal Surname,Legal Forename,Preferred Forename,DOB,Leaving Year\r\n${rows.join('\r\n')}\r\n`;

const setUp = setUpImportTenant;

describeEachDatabase('bulk import', (suite) => {
  it('reads BOM, CRLF, quoted fields and Excel dates, commits, decides and audits', async () => {
    const { db } = suite.handle;
    const { t, staffA } = await setUp(db);
    // An unmapped Address column carries commas and a line break inside quotes.
    const csv = `${BOM}ULN,Legal Surname,Legal Forename,Preferred Forename,Address,DOB,Leaving Year\r\n${[
      `${ulnFor(1)},"O'Neill",Zoë,,"1 High St, Leeds\r\nLS1 1AA",01/03/2008,2026`,
      `${ulnFor(2)},"Smith-Jones",Sam,"Sammy","2 Low St, ""The Old Mill""",1-Sep-08,2026`,
      `${ulnFor(3)},Patel,"Ravi",,,39692,2026`,
      ` ${ulnFor(4)} , Jones ,Ann,"Annie",,2008-07-31,2026`,
    ].join('\r\n')}\r\n`;
    const { dryRun, commit } = await importCsv(staffA, t.centreA.id, 'learners', csv);
    expect(dryRun).toMatchObject({
      rowCount: 4,
      errorCount: 0,
      counts: { create: 4, update: 0, unchanged: 0 },
    });
    expect(commit).toMatchObject({
      status: 'committed',
      counts: { create: 4 },
      learnersChanged: 4,
      decided: 4,
    });

    const stored = await db
      .selectFrom('learners')
      .select(['id', 'uln', 'legal_family_name', 'preferred_name', 'date_of_birth'])
      .where('centre_id', '=', t.centreA.id)
      .orderBy('uln')
      .execute();
    expect(stored.map((l) => [l.legal_family_name, l.date_of_birth, l.preferred_name])).toEqual([
      ["O'Neill", '2008-03-01', null],
      ['Smith-Jones', '2008-09-01', 'Sammy'],
      ['Patel', '2008-09-01', null],
      ['Jones', '2008-07-31', 'Annie'],
    ]);
    const decisions = await db
      .selectFrom('learner_decisions')
      .select('learner_id')
      .where(
        'learner_id',
        'in',
        stored.map((l) => l.id),
      )
      .execute();
    expect(decisions).toHaveLength(4);

    const events = await db
      .selectFrom('audit_events')
      .select(['action', 'entity_id', 'after'])
      .where('trust_id', '=', t.trust.id)
      .orderBy('id')
      .execute();
    expect(events.filter((e) => e.action === 'learner.created')).toHaveLength(4);
    const committed = events.filter((e) => e.action === 'import.committed');
    expect(committed).toHaveLength(1);
    expect(committed[0]?.after).toMatchObject({
      kind: 'learners',
      rowCount: 4,
      counts: { create: 4 },
      fileHash: dryRun.fileHash,
    });
  });

  it('commits nothing when one row is bad, naming the row and the reason', async () => {
    const { db } = suite.handle;
    const { t, staffA } = await setUp(db);
    const csv = learnersCsv([
      `${ulnFor(11)},Ali,Amir,,01/01/2008,2026`,
      `${ulnFor(12)},Bell,Beth,,31/02/2008,2026`,
      `${ulnFor(13)},Cole,Cara,,02/02/2008,2026`,
    ]);
    const { dryRun } = await importCsv(staffA, t.centreA.id, 'learners', csv, { dryRunOnly: true });
    expect(dryRun.errorCount).toBe(1);
    expect(dryRun.errors[0]).toMatchObject({ row: 3, column: 'DOB', field: 'dateOfBirth' });
    expect(dryRun.errors[0]?.message).toContain('31/02/2008');
    await expect(
      staffA.centre.import.commit({ centreId: t.centreA.id, sessionId: dryRun.sessionId }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('Row 3, DOB'),
    });
    const count = await db
      .selectFrom('learners')
      .select((e) => e.fn.countAll<number>().as('n'))
      .where('centre_id', '=', t.centreA.id)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
    expect(
      await db.selectFrom('imports').selectAll().where('trust_id', '=', t.trust.id).execute(),
    ).toEqual([]);
  });

  it('recognises the same file again and changes nothing; a changed file updates', async () => {
    const { db } = suite.handle;
    const { t, staffA } = await setUp(db);
    const csv = learnersCsv([
      `${ulnFor(21)},Dunn,Dev,,01/01/2008,2026`,
      `${ulnFor(22)},Eze,Ella,,02/02/2008,2026`,
    ]);
    await importCsv(staffA, t.centreA.id, 'learners', csv);
    const before = await db
      .selectFrom('learners')
      .select(['id', 'version'])
      .where('centre_id', '=', t.centreA.id)
      .execute();
    const eventsBefore = await db
      .selectFrom('audit_events')
      .select('id')
      .where('trust_id', '=', t.trust.id)
      .execute();

    // Re-saved with LF line endings and no BOM: the same content.
    const again = await importCsv(
      staffA,
      t.centreA.id,
      'learners',
      csv.replace(BOM, '').replace(/\r\n/g, '\n'),
    );
    expect(again.dryRun.alreadyImported).toMatchObject({ fileName: 'learners.csv' });
    expect(again.commit).toMatchObject({ status: 'already_imported' });
    expect(
      await db
        .selectFrom('learners')
        .select(['id', 'version'])
        .where('centre_id', '=', t.centreA.id)
        .execute(),
    ).toEqual(before);
    expect(
      await db.selectFrom('audit_events').select('id').where('trust_id', '=', t.trust.id).execute(),
    ).toHaveLength(eventsBefore.length);

    // A new export where one learner's preferred name changed: one update, one unchanged.
    const changed = await importCsv(
      staffA,
      t.centreA.id,
      'learners',
      learnersCsv([
        `${ulnFor(21)},Dunn,Dev,Devi,01/01/2008,2026`,
        `${ulnFor(22)},Eze,Ella,,02/02/2008,2026`,
      ]),
    );
    expect(changed.dryRun.counts).toEqual({ create: 0, update: 1, unchanged: 1 });
    const updated = await db
      .selectFrom('audit_events')
      .select(['before', 'after'])
      .where('action', '=', 'learner.updated')
      .where('trust_id', '=', t.trust.id)
      .execute();
    expect(updated).toHaveLength(1);
    expect(updated[0]?.before).toMatchObject({ preferredName: null });
    expect(updated[0]?.after).toMatchObject({ preferredName: 'Devi' });
  });

  it('imports results by ULN and QN or title, updates grades, and checks grades and duplicates', async () => {
    const { db } = suite.handle;
    const { t, staffA } = await setUp(db);
    await importCsv(
      staffA,
      t.centreA.id,
      'learners',
      learnersCsv([`${ulnFor(31)},Fox,Finn,,01/01/2008,2026`]),
    );
    const results = (rows: string[]) =>
      `ULN,Surname,QAN,Qualification Title,Grade,Status\n${rows.join('\n')}\n`;
    const first = await importCsv(
      staffA,
      t.centreA.id,
      'results',
      results([
        `${ulnFor(31)},Fox,601/4772/1,,B,provisional`,
        `${ulnFor(31)},Fox,,gcse english language,5,`,
      ]),
    );
    expect(first.commit).toMatchObject({ status: 'committed', counts: { create: 2 } });

    const bad = await importCsv(
      staffA,
      t.centreA.id,
      'results',
      results([
        `${ulnFor(31)},Fox,601/4772/1,,A*,confirmed`,
        `${ulnFor(31)},Fox,601/4772/1,,A,confirmed`,
        `${ulnFor(31)},Fox,601/4293/0,,Z,`,
        `${ulnFor(32)},Nobody,601/4540/2,,C,`,
        `${ulnFor(31)},Fox,999/9999/9,,C,`,
      ]),
      { dryRunOnly: true },
    );
    expect(bad.dryRun.errors.map((e) => [e.row, e.column])).toEqual([
      [3, 'QAN'],
      [4, 'Grade'],
      [5, 'ULN'],
      [6, 'QAN'],
    ]);
    expect(bad.dryRun.errors[1]?.message).toContain('not on the A level (A*–E) scale');

    const fixed = await importCsv(
      staffA,
      t.centreA.id,
      'results',
      results([`${ulnFor(31)},Fox,601/4772/1,,a*,confirmed`]),
    );
    expect(fixed.dryRun.counts).toEqual({ create: 0, update: 1, unchanged: 0 });
    const grades = await db
      .selectFrom('results')
      .select(['grade', 'status', 'version'])
      .where('centre_id', '=', t.centreA.id)
      .orderBy('grade')
      .execute();
    expect(grades).toEqual([
      { grade: '5', status: 'confirmed', version: 1 },
      { grade: 'A*', status: 'confirmed', version: 2 },
    ]);
    const event = await db
      .selectFrom('audit_events')
      .select(['before', 'after'])
      .where('action', '=', 'learner.results_imported')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(event.before).toMatchObject({ results: [{ grade: 'B', status: 'provisional' }] });
    expect(event.after).toMatchObject({ results: [{ grade: 'A*', status: 'confirmed' }] });
  });

  it('imports activities by strand name and updates the same activity', async () => {
    const { db } = suite.handle;
    const { t, staffA } = await setUp(db);
    const learner = await createLearnerRow(
      db,
      { trustId: t.trust.id, centreId: t.centreA.id },
      { uln: ulnFor(41) },
    );
    const csv = (hours: string) =>
      `ULN,Strand,Hours,Start Date,End Date,Activity,Verified By\n${ulnFor(41)},Leadership & Service,${hours},01/09/2024,,"Sports leader, Year 7 club",Mr Khan\n${ulnFor(41)},Creative and Cultural,10,01/09/2024,,Choir,Ms Ray\n`;
    const first = await importCsv(staffA, t.centreA.id, 'activities', csv('12'));
    expect(first.commit).toMatchObject({ counts: { create: 2 } });
    const second = await importCsv(staffA, t.centreA.id, 'activities', csv('20.5'));
    expect(second.dryRun.counts).toEqual({ create: 0, update: 1, unchanged: 1 });
    const rows = await db
      .selectFrom('activities')
      .select(['strand', 'hours', 'description'])
      .where('learner_id', '=', learner.id)
      .orderBy('strand')
      .execute();
    expect(rows).toEqual([
      { strand: 'creative_cultural', hours: 10, description: 'Choir' },
      { strand: 'leadership_service', hours: 20.5, description: 'Sports leader, Year 7 club' },
    ]);
  });

  it('refuses a ULN held at another centre, a submitted learner, and a second commit', async () => {
    const { db } = suite.handle;
    const { t, staffA } = await setUp(db);
    await createLearnerRow(
      db,
      { trustId: t.trust.id, centreId: t.centreB.id },
      { uln: ulnFor(61) },
    );
    const locked = await createLearnerRow(
      db,
      { trustId: t.trust.id, centreId: t.centreA.id },
      { uln: ulnFor(62) },
    );
    const cohort = await db
      .selectFrom('cohorts')
      .select('id')
      .where('centre_id', '=', t.centreA.id)
      .executeTakeFirstOrThrow();
    const submission = await db
      .insertInto('submissions')
      .values({
        trust_id: t.trust.id,
        centre_id: t.centreA.id,
        cohort_id: cohort.id,
        learner_count: 1,
        submitted_by: t.centreAdminA.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .updateTable('learners')
      .set({ submission_id: submission.id })
      .where('id', '=', locked.id)
      .execute();

    const { dryRun } = await importCsv(
      staffA,
      t.centreA.id,
      'learners',
      learnersCsv([
        `${ulnFor(61)},Gray,Gus,,01/01/2008,2026`,
        `${ulnFor(62)},Hill,Hal,,01/01/2008,2026`,
        `${ulnFor(61)},Gray,Gus,,01/01/2008,2026`,
      ]),
      { dryRunOnly: true },
    );
    expect(dryRun.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [2, 'ULN', `Another learner in this trust, at another centre, already has ULN ${ulnFor(61)}`],
      [3, 'ULN', expect.stringContaining('has been submitted for award')],
      [4, 'ULN', `Another learner in this trust, at another centre, already has ULN ${ulnFor(61)}`],
      [4, 'ULN', `ULN ${ulnFor(61)} is also on row 2`],
    ]);

    const good = await importCsv(
      staffA,
      t.centreA.id,
      'learners',
      learnersCsv([`${ulnFor(63)},Ives,Ivy,,01/01/2008,2026`]),
    );
    await expect(
      staffA.centre.import.commit({ centreId: t.centreA.id, sessionId: good.sessionId }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(
      staffA.centre.import.dryRun({ centreId: t.centreA.id, sessionId: good.sessionId }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});
