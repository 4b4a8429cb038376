/** The code in a QR link such as /v/7K3M-9QXD-2HWP-4TNB, or null on any other address. */
export function codeFromPath(pathname: string): string | null {
  const match = /^\/v\/([^/]+)\/?$/.exec(pathname);
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]).slice(0, 64);
  } catch {
    return null;
  }
}

/**
 * The code the page was opened for: a QR link's path, or the ?code= a form sends when
 * JavaScript is off (the form then submits to the home page).
 */
export function codeFromLocation(pathname: string, search: string): string | null {
  const fromPath = codeFromPath(pathname);
  if (fromPath !== null) return fromPath;
  if (pathname !== '/') return null;
  const typed = new URLSearchParams(search).get('code');
  return typed ? typed.slice(0, 64) : null;
}
