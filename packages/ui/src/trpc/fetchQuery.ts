import superjson from 'superjson';

type Serialized = Parameters<typeof superjson.deserialize>[0];
type Envelope = { result: { data: Serialized } } | { error: Serialized };
interface ErrorShape {
  message?: string;
  data?: { code?: string };
}

/**
 * One tRPC query over the HTTP protocol (a GET with superjson input) without the tRPC client,
 * for public pages that must stay small. Errors are thrown in the client's shape (`message`
 * and `data.code`) so describeError words them the same way. Typed by the caller.
 */
export async function fetchQuery<T>(
  path: string,
  input: unknown,
  signal?: AbortSignal,
  base = '/trpc',
): Promise<T> {
  const encoded = encodeURIComponent(JSON.stringify(superjson.serialize(input)));
  const response = await fetch(`${base}/${path}?input=${encoded}`, {
    signal,
    headers: { accept: 'application/json' },
  });
  const body = (await response.json().catch(() => null)) as Envelope | null;
  if (body && 'result' in body) return superjson.deserialize<T>(body.result.data);
  const error = body && 'error' in body ? superjson.deserialize<ErrorShape>(body.error) : null;
  const fallback = response.status >= 500 ? 'INTERNAL_SERVER_ERROR' : undefined;
  throw Object.assign(new Error(error?.message ?? `The server answered ${response.status}`), {
    data: { code: error?.data?.code ?? fallback },
  });
}
