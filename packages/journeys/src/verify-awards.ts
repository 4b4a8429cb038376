import { expect } from 'vitest';
import { DEMO_PASSWORD, type RunningServer } from './harness/index.ts';

// Verification journeys start from the demo trust's issued awards: the code the server prints,
// and credential files fetched as centre staff fetch them (same origin, session cookie, JSON).

/** The demo award code printed at start. */
export function demoAwardCode(server: RunningServer): string {
  const code = server.output().match(/Demo award code\s+([0-9A-Z]{4}(?:-[0-9A-Z]{4}){3})/)?.[1];
  if (!code) throw new Error(`no demo award code printed:\n${server.output()}`);
  return code;
}

interface Session {
  call<T>(path: string, input: unknown, method?: 'GET' | 'POST'): Promise<T>;
}

async function signedIn(server: RunningServer, email: string): Promise<Session> {
  const login = await fetch(`${server.url}/trpc/auth.login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.url },
    body: JSON.stringify({ json: { email, password: DEMO_PASSWORD } }),
  });
  expect(login.status, `sign in as ${email}`).toBe(200);
  const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
  return {
    async call<T>(path: string, input: unknown, method: 'GET' | 'POST' = 'GET') {
      const body = JSON.stringify({ json: input });
      const res =
        method === 'GET'
          ? await fetch(`${server.url}/trpc/${path}?input=${encodeURIComponent(body)}`, {
              headers: { cookie },
            })
          : await fetch(`${server.url}/trpc/${path}`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', origin: server.url, cookie },
              body,
            });
      const json = (await res.json()) as { result?: { data: { json: T } } };
      if (!res.ok || !json.result) throw new Error(`${path}: ${JSON.stringify(json)}`);
      return json.result.data.json;
    },
  };
}

/** Every demo sign-in of a role, as the server printed them. */
function demoLogins(server: RunningServer, role: 'centre admin' | 'trust admin'): string[] {
  return server
    .output()
    .split('\n')
    .filter((l) => l.trim().startsWith(role))
    .map((l) => l.match(/\S+@demo\.bacc\.test/)?.[0])
    .filter((e): e is string => Boolean(e));
}

interface ListedAward {
  id: string;
  status: string;
  learnerName: string;
  verificationCode: string;
}

/** The first current award of a demo centre, with that centre's admin signed in. */
async function currentAward(server: RunningServer, skip = 0) {
  for (const email of demoLogins(server, 'centre admin')) {
    const session = await signedIn(server, email);
    const me = await session.call<{ centreId: string }>('auth.me', undefined);
    const { awards } = await session.call<{ awards: ListedAward[] }>('centre.awards.list', {
      centreId: me.centreId,
      status: 'valid',
      page: 1,
      pageSize: 5,
    });
    const award = awards[skip];
    if (award) return { session, centreId: me.centreId, award };
  }
  throw new Error('no demo centre has a current award');
}

/** The sign-in of the admin of the demo centre whose leavers hold awards. */
export async function awardingCentreAdmin(server: RunningServer) {
  for (const email of demoLogins(server, 'centre admin')) {
    const session = await signedIn(server, email);
    const me = await session.call<{ centreId: string }>('auth.me', undefined);
    const { total } = await session.call<{ total: number }>('centre.awards.list', {
      centreId: me.centreId,
      page: 1,
      pageSize: 1,
    });
    if (total > 0) return email;
  }
  throw new Error('no demo centre has awards');
}

/** A current demo award with its signed credential, downloaded by its centre's admin. */
export async function demoCredential(server: RunningServer) {
  const { session, centreId, award } = await currentAward(server);
  const file = await session.call<{ fileName: string; credential: Record<string, unknown> }>(
    'centre.awards.credential',
    { centreId, awardId: award.id },
  );
  return { award, ...file };
}

/** Publishes a current award's component breakdown as its centre's admin; returns the award. */
export async function publishComponents(server: RunningServer, skip: number) {
  const { session, centreId, award } = await currentAward(server, skip);
  await session.call(
    'centre.awards.setComponentsPublic',
    { centreId, awardId: award.id, componentsPublic: true },
    'POST',
  );
  return award;
}

/** Revokes an award as the demo trust admin, with a reason. */
export async function revokeAsTrustAdmin(server: RunningServer, awardId: string, reason: string) {
  const [email] = demoLogins(server, 'trust admin');
  if (!email) throw new Error('no trust admin login printed');
  const session = await signedIn(server, email);
  const me = await session.call<{ trustId: string }>('auth.me', undefined);
  await session.call('trust.awards.revoke', { trustId: me.trustId, awardId, reason }, 'POST');
}

/** Reissues an award as the demo trust admin; returns the new award's code. */
export async function reissueAsTrustAdmin(server: RunningServer, code: string, reason: string) {
  const [email] = demoLogins(server, 'trust admin');
  if (!email) throw new Error('no trust admin login printed');
  const session = await signedIn(server, email);
  const me = await session.call<{ trustId: string }>('auth.me', undefined);
  const { awards } = await session.call<{ awards: ListedAward[] }>('trust.awards.list', {
    trustId: me.trustId,
    search: undefined,
    page: 1,
    pageSize: 200,
  });
  const award = awards.find((a) => a.verificationCode === code);
  if (!award) throw new Error(`no award with code ${code} in the first page`);
  const fresh = await session.call<{ verificationCode: string }>(
    'trust.awards.reissue',
    { trustId: me.trustId, awardId: award.id, reason },
    'POST',
  );
  return fresh.verificationCode;
}
