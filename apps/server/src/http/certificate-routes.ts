import {
  AppError,
  awardForCertificate,
  type Context,
  cohortAwardsForCertificates,
  createContextInner,
  resolveSession,
} from '@bacc/api';
import { renderCertificate, streamCohortCertificates } from '@bacc/certificates';
import { type Database, inSystemScope, inTrustScope, type Kysely } from '@bacc/db';
import type { Hono, Context as HonoContext } from 'hono';
import type { ServerConfig } from '../config.ts';
import type { Logger } from '../logger.ts';
import { attachment, certificateData } from './certificate-data.ts';
import { readCookie, sessionCookieName } from './session-cookie.ts';

export interface CertificateRouteDeps {
  db: Kysely<Database>;
  config: Pick<ServerConfig, 'auth' | 'secure' | 'publicUrl'>;
  /** The server secret the awards' codes are derived from; the tRPC context's default until given. */
  secrets?: Context['secrets'];
  logger: Logger;
}

type Staff = { ctx: Context; scope: { trustId: string; centreId: string } };

/**
 * Certificate downloads for centre staff: one learner's certificate and transcript, or every
 * current award of a cohort in one file. The session cookie signs the request in (a plain link
 * or fetch, no tRPC); anyone outside the award's centre gets the same 404 as a missing award.
 */
export function mountCertificateRoutes(app: Hono, deps: CertificateRouteDeps) {
  app.get('/api/awards/:awardId/certificate.pdf', async (c) => {
    const staff = await signedInStaff(c, deps);
    if (staff instanceof Response) return staff;
    return answer(c, async () => {
      const award = await inTrust(staff, (ctx) =>
        awardForCertificate(ctx, staff.scope, c.req.param('awardId')),
      );
      const pdf = await renderCertificate(certificateData(award));
      return pdfResponse(
        pdf,
        attachment(`Certificate ${award.learnerName} ${award.leavingYear ?? ''}`.trim()),
      );
    });
  });

  app.get('/api/cohorts/:cohortId/certificates.pdf', async (c) => {
    const staff = await signedInStaff(c, deps);
    if (staff instanceof Response) return staff;
    return answer(c, async () => {
      const cohort = await inTrust(staff, (ctx) =>
        cohortAwardsForCertificates(ctx, staff.scope, c.req.param('cohortId')),
      );
      if (cohort.awards.length === 0)
        return c.json(
          {
            error: {
              message: `No learner of the ${cohort.leavingYear} cohort holds a current award yet.`,
            },
          },
          404,
        );
      const started = Date.now();
      const count = cohort.awards.length;
      // Streamed as it is drawn; each learner ends with a `%bacc-progress done/total` comment.
      const pdf = streamCohortCertificates(cohort.awards.map(certificateData), (done) => {
        if (done === count)
          deps.logger.info(
            { certificates: count, ms: Date.now() - started },
            'cohort certificates printed',
          );
      });
      const centre = cohort.awards[0]?.centreName ?? 'centre';
      return pdfResponse(pdf, attachment(`Certificates ${centre} ${cohort.leavingYear}`), {
        'X-Certificate-Count': String(count),
      });
    });
  });

  function answer(c: HonoContext, run: () => Promise<Response>): Promise<Response> {
    return run().catch((error: unknown) => {
      if (error instanceof AppError && error.kind === 'not_found')
        return c.json({ error: { message: error.message } }, 404);
      if (error instanceof AppError && error.kind === 'conflict')
        return c.json({ error: { message: error.message } }, 409);
      throw error;
    });
  }
}

async function signedInStaff(
  c: HonoContext,
  deps: CertificateRouteDeps,
): Promise<Staff | Response> {
  const base = { db: deps.db, auth: deps.config.auth, now: () => new Date() };
  const token = readCookie(c.req.header('cookie'), sessionCookieName(deps.config.secure));
  // A session is found by its token across trusts: the system scope's narrow lookup.
  const session = await inSystemScope(deps.db, (trx) =>
    resolveSession({ ...base, db: trx }, token),
  );
  if (!session)
    return c.json({ error: { message: 'Please sign in to download certificates.' } }, 401);
  const { user } = session;
  if (user.centreId === null)
    return c.json(
      { error: { message: 'Certificates are downloaded by the centre’s own staff.' } },
      403,
    );
  const ctx = createContextInner({
    ...base,
    user,
    sessionTokenHash: session.tokenHash,
    publicUrl: deps.config.publicUrl,
    ...(deps.secrets ? { secrets: deps.secrets } : {}),
  });
  return { ctx, scope: { trustId: user.trustId, centreId: user.centreId } };
}

/** Reads as the application role within the staff member's trust (row-level security). */
function inTrust<T>(staff: Staff, read: (ctx: Context) => Promise<T>): Promise<T> {
  return inTrustScope(staff.ctx.db, staff.scope.trustId, (trx) => read({ ...staff.ctx, db: trx }));
}

function pdfResponse(
  pdf: Uint8Array | ReadableStream<Uint8Array>,
  disposition: string,
  extra: Record<string, string> = {},
): Response {
  return new Response(pdf as ConstructorParameters<typeof Response>[0], {
    headers: {
      'Content-Type': 'application/pdf',
      ...(pdf instanceof Uint8Array ? { 'Content-Length': String(pdf.length) } : {}),
      'Content-Disposition': disposition,
      // A certificate names a child: never kept by shared caches or the browser's disk cache.
      'Cache-Control': 'private, no-store',
      ...extra,
    },
  });
}
