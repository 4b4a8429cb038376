import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createContextInner } from '@bacc/api';
import { callerFor, TEST_PASSWORD } from '@bacc/api/testing';
import { readPdf } from '@bacc/certificates/testing';
import { describeEachDatabase } from '@bacc/db/testing';
import pino from 'pino';
import { beforeAll, expect, it } from 'vitest';
// Test data only: a seeded trust whose centre A submission the trust admin has approved.
import { approvedSubmission } from '../../../../packages/api/src/services/awards/test-setup.ts';
import { eraseLearner } from '../../../../packages/api/src/services/data-protection/erase.ts';
import { createApp } from '../app.ts';
import { loadConfig } from '../config.ts';

const ORIGIN = 'http://localhost:3000';
const config = loadConfig({ PORT: '3000', BACC_DEMO: '0' });
const empty = mkdtempSync(join(tmpdir(), 'bacc-web-'));
const webRoots = { admin: empty, portal: empty, verify: empty };

describeEachDatabase('certificate downloads', (suite) => {
  let app: ReturnType<typeof createApp>;
  let setup: Awaited<ReturnType<typeof approvedSubmission>>;
  const cookies = new Map<string, string>();
  const signIn = async (email: string) => {
    const cached = cookies.get(email);
    if (cached) return cached;
    const res = await app.request(`${ORIGIN}/trpc/auth.login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: ORIGIN },
      body: JSON.stringify({ json: { email, password: TEST_PASSWORD } }),
    });
    const cookie = res.headers.get('set-cookie')?.split(';')[0] ?? '';
    cookies.set(email, cookie);
    return cookie;
  };
  const get = async (path: string, email?: string) =>
    app.request(`${ORIGIN}${path}`, {
      headers: email ? { cookie: await signIn(email) } : {},
    });

  beforeAll(async () => {
    app = createApp({
      database: suite.handle,
      config,
      logger: pino({ level: 'silent' }),
      webRoots,
    });
    setup = await approvedSubmission(suite.handle.db);
  });

  it('gives centre staff a learner’s certificate and transcript as a PDF attachment', async () => {
    const award = setup.awards[0]!;
    const res = await get(`/api/awards/${award.id}/certificate.pdf`, setup.t.staffA.email);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="certificate-.+\.pdf"/,
    );
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(Number(res.headers.get('content-length'))).toBe(bytes.length);
    const pdf = await readPdf(bytes);
    expect(pdf.doc.getPageCount()).toBe(2);
    const printed = pdf.pages[0]?.texts.join(' ');
    expect(printed).toContain(award.tier);
    expect(printed).toContain(setup.t.centreA.name);
    expect(pdf.doc.getTitle()).toContain(award.learner_name);
  });

  it('answers 404 to staff of another centre, and for unknown or malformed ids', async () => {
    const award = setup.awards[0]!;
    const other = await get(`/api/awards/${award.id}/certificate.pdf`, setup.t.staffB.email);
    expect(other.status).toBe(404);
    expect(other.headers.get('content-type')).toMatch(/^application\/json/);
    const unknown = await get(
      '/api/awards/00000000-0000-4000-8000-000000000000/certificate.pdf',
      setup.t.staffA.email,
    );
    expect(unknown.status).toBe(404);
    expect((await get('/api/awards/not-an-id/certificate.pdf', setup.t.staffA.email)).status).toBe(
      404,
    );
  });

  it('answers 401 without a session and 403 to a trust admin (no centre)', async () => {
    const award = setup.awards[0]!;
    const anonymous = await get(`/api/awards/${award.id}/certificate.pdf`);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({
      error: { message: 'Please sign in to download certificates.' },
    });
    expect((await get(`/api/cohorts/${setup.cohortId}/certificates.pdf`)).status).toBe(401);
    const admin = await get(`/api/awards/${award.id}/certificate.pdf`, setup.t.admin.email);
    expect(admin.status).toBe(403);
  });

  it('puts every current award of a cohort in one file, without revoked ones', async () => {
    const path = `/api/cohorts/${setup.cohortId}/certificates.pdf`;
    const first = await get(path, setup.t.staffA.email);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-disposition')).toMatch(
      /^attachment; filename="certificates-.+-2026\.pdf"/,
    );
    expect(first.headers.get('x-certificate-count')).toBe(String(setup.awards.length));
    const bytes = new Uint8Array(await first.arrayBuffer());
    const marks = Buffer.from(bytes)
      .toString('latin1')
      .match(/%bacc-progress \d+\/\d+/g);
    expect(marks?.at(-1)).toBe(`%bacc-progress ${setup.awards.length}/${setup.awards.length}`);
    const all = await readPdf(bytes);
    expect(all.doc.getPageCount()).toBe(2 * setup.awards.length);

    await callerFor(suite.handle.db, setup.t.admin).trust.awards.revoke({
      trustId: setup.t.trust.id,
      awardId: setup.awards[0]!.id,
      reason: 'Awarded in error',
    });
    const again = await get(path, setup.t.staffA.email);
    const fewer = await readPdf(new Uint8Array(await again.arrayBuffer()));
    expect(fewer.doc.getPageCount()).toBe(2 * (setup.awards.length - 1));

    expect((await get(path, setup.t.staffB.email)).status).toBe(404);
  });

  it('says so when a cohort has no current award', async () => {
    const cohort = await suite.handle.db
      .selectFrom('cohorts')
      .select('id')
      .where('centre_id', '=', setup.t.centreB.id)
      .executeTakeFirstOrThrow();
    const res = await get(`/api/cohorts/${cohort.id}/certificates.pdf`, setup.t.staffB.email);
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(
      /holds a current award yet/,
    );
  });

  it('answers 409 with a sentence for an award whose learner was erased', async () => {
    const { db } = suite.handle;
    const award = setup.awards.at(-1)!;
    const learner = await db
      .selectFrom('learners')
      .select(['legal_given_name', 'legal_family_name'])
      .where('id', '=', award.learner_id!)
      .executeTakeFirstOrThrow();
    const scope = { trustId: setup.t.trust.id, centreId: setup.t.centreA.id };
    await eraseLearner({ ...createContextInner({ db }), user: setup.t.centreAdminA }, scope, {
      learnerId: award.learner_id!,
      confirmName: `${learner.legal_given_name} ${learner.legal_family_name}`,
      reason: 'Erased at the family’s request',
    });
    const res = await get(`/api/awards/${award.id}/certificate.pdf`, setup.t.staffA.email);
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(
      /erased at the centre’s request/,
    );
  });
});
