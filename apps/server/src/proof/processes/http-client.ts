import { request } from 'node:http';

/** The demo accounts' password (apps/server/src/seed/organisation.ts). */
export { DEMO_PASSWORD } from '../../seed/organisation.ts';

export interface HttpAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

export interface HttpOptions {
  method?: 'GET' | 'POST';
  body?: string;
  headers?: Record<string, string>;
}

/**
 * One request on its own connection (no keep-alive), so a refused connection, a reset and a
 * complete answer can be told apart exactly.
 */
export function httpRequest(url: string, options: HttpOptions = {}): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: options.method ?? 'GET',
        agent: false,
        headers: {
          connection: 'close',
          ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...options.headers,
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** A signed-in (or anonymous) caller of the server's tRPC endpoint over HTTP, as the SPAs call it. */
export interface TrpcClient {
  cookie: string | null;
  query(path: string, input?: unknown): Promise<HttpAnswer>;
  mutation(path: string, input?: unknown): Promise<HttpAnswer>;
}

export function trpcClient(baseUrl: string, cookie: string | null = null): TrpcClient {
  const headers = (extra: Record<string, string> = {}) => ({
    ...(cookie ? { cookie } : {}),
    ...extra,
  });
  return {
    cookie,
    query: (path, input) =>
      httpRequest(
        `${baseUrl}/trpc/${path}${input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`}`,
        { headers: headers() },
      ),
    // JSON with no cross-site Origin: what the CSRF guard lets through (apps/server/src/http/csrf.ts).
    mutation: (path, input) =>
      httpRequest(`${baseUrl}/trpc/${path}`, {
        method: 'POST',
        body: JSON.stringify({ json: input ?? null }),
        headers: headers({ 'sec-fetch-site': 'same-origin' }),
      }),
  };
}

/** The procedure's result (superjson's `json` part), or an error naming the status and body. */
export function resultOf<T = unknown>(answer: HttpAnswer): T {
  if (answer.status !== 200) throw new Error(`HTTP ${answer.status}: ${answer.text.slice(0, 500)}`);
  return (JSON.parse(answer.text) as { result: { data: { json: T } } }).result.data.json;
}

/** Signs in with auth.login and returns a client carrying the session cookie. */
export async function signInOver(baseUrl: string, email: string, password: string) {
  const answer = await trpcClient(baseUrl).mutation('auth.login', { email, password });
  resultOf(answer);
  const setCookie = answer.headers['set-cookie'];
  const first = (Array.isArray(setCookie) ? setCookie : [setCookie ?? ''])[0] ?? '';
  const cookie = first.split(';')[0];
  if (!cookie) throw new Error('signing in set no cookie');
  return trpcClient(baseUrl, cookie);
}
