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
