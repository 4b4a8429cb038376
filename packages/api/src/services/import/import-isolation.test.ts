import { createLearnerRow, describeEachDatabase } from '@bacc/db/testing';
import { expect, it } from 'vitest';
import { importCsv, setUpImportTenant, ulnFor } from './testing.ts';

const setUp = setUpImportTenant;

describeEachDatabase('bulk import stays inside the caller’s centre', (suite) => {
  it('keeps every import procedure inside the caller’s centre', async () => {
    const { db } = suite.handle;
    const { t, staffA, staffB } = await setUp(db);
    await createLearnerRow(
      db,
      { trustId: t.trust.id, centreId: t.centreA.id },
      { uln: ulnFor(51) },
    );
    const csv = `ULN,QN,Grade\n${ulnFor(51)},601/4772/1,A\n`;
    // Centre B's import naming centre A's learner: an error, not a write.
    const fromB = await importCsv(staffB, t.centreB.id, 'results', csv, { dryRunOnly: true });
    expect(fromB.dryRun.errors).toEqual([
      expect.objectContaining({
        row: 2,
        column: 'ULN',
        message: expect.stringContaining('No learner at this centre'),
      }),
    ]);
    await expect(
      staffB.centre.import.commit({ centreId: t.centreB.id, sessionId: fromB.dryRun.sessionId }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });

    // Centre A's session, as seen from centre B: refused by name, not found by id.
    const a = await importCsv(staffA, t.centreA.id, 'results', csv, { dryRunOnly: true });
    const session = { sessionId: a.sessionId };
    for (const call of [
      () =>
        staffB.centre.import.stage({
          centreId: t.centreA.id,
          ...session,
          rows: [{ row: 2, cells: ['x'] }],
        }),
      () => staffB.centre.import.dryRun({ centreId: t.centreA.id, ...session }),
      () => staffB.centre.import.commit({ centreId: t.centreA.id, ...session }),
      () => staffB.centre.import.errors({ centreId: t.centreA.id, ...session }),
      () =>
        staffB.centre.import.start({
          centreId: t.centreA.id,
          kind: 'results',
          fileName: 'x.csv',
          headers: ['ULN'],
          mapping: {},
          rowCount: 1,
        }),
      () =>
        staffB.centre.import.suggestMapping({
          centreId: t.centreA.id,
          kind: 'results',
          headers: ['ULN'],
        }),
    ])
      await expect(call()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    for (const call of [
      () =>
        staffB.centre.import.stage({
          centreId: t.centreB.id,
          ...session,
          rows: [{ row: 2, cells: ['x'] }],
        }),
      () => staffB.centre.import.dryRun({ centreId: t.centreB.id, ...session }),
      () => staffB.centre.import.commit({ centreId: t.centreB.id, ...session }),
      () => staffB.centre.import.errors({ centreId: t.centreB.id, ...session }),
    ])
      await expect(call()).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(
      await db.selectFrom('results').selectAll().where('trust_id', '=', t.trust.id).execute(),
    ).toEqual([]);
    const staged = await db
      .selectFrom('import_session_chunks')
      .select('rows')
      .where('session_id', '=', a.sessionId)
      .execute();
    expect(staged).toEqual([{ rows: [{ row: 2, cells: [ulnFor(51), '601/4772/1', 'A'] }] }]);
    // Centre A's own commit still works, and the mapping it chose is remembered for centre A only.
    expect(await staffA.centre.import.commit({ centreId: t.centreA.id, ...session })).toMatchObject(
      { status: 'committed' },
    );
    expect(
      await staffA.centre.import.suggestMapping({
        centreId: t.centreA.id,
        kind: 'results',
        headers: ['ULN', 'QN', 'Grade'],
      }),
    ).toMatchObject({ remembered: true });
  });
});
