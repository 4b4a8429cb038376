import { describeError, errorCode } from '@bacc/ui';

/** How far a download has got: bytes so far and, when the server said, the total. */
export interface DownloadProgress {
  received: number;
  total: number | null;
}

/**
 * Fetches a file with the session cookie, reporting progress as the bytes arrive, then hands it
 * to the browser as a download. Errors carry the server's own sentence when it sent one.
 */
export async function downloadFile(
  url: string,
  {
    onProgress = () => {},
    onChunk = () => {},
  }: {
    onProgress?: (progress: DownloadProgress) => void;
    /** Each piece of the body as it arrives (for files that carry their own progress marks). */
    onChunk?: (chunk: Uint8Array) => void;
  } = {},
): Promise<{ fileName: string; bytes: number }> {
  const res = await fetch(url, { credentials: 'same-origin' });
  if (!res.ok) throw new DownloadError(await errorSentence(res));
  const total = Number(res.headers.get('content-length')) || null;
  const chunks: Uint8Array[] = [];
  let received = 0;
  onProgress({ received, total });
  const reader = res.body?.getReader();
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.length;
      onChunk(value);
      onProgress({ received, total });
    }
  }
  const fileName = fileNameOf(res.headers.get('content-disposition')) ?? 'download.pdf';
  const blob = new Blob(chunks as BlobPart[], {
    type: res.headers.get('content-type') ?? 'application/octet-stream',
  });
  saveBlob(blob, fileName);
  return { fileName, bytes: received };
}

export function saveBlob(blob: Blob, fileName: string): void {
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}

async function errorSentence(res: Response): Promise<string> {
  if (res.status === 401) return 'Your session has ended. Sign in again to download.';
  try {
    const body = (await res.json()) as { error?: { message?: string } };
    if (body.error?.message) return body.error.message;
  } catch {
    // not JSON: fall through to the generic sentence
  }
  return `The download failed (HTTP ${res.status}). Please try again.`;
}

/** The file name from Content-Disposition, preferring the exact UTF-8 one. */
export function fileNameOf(header: string | null): string | null {
  if (!header) return null;
  const exact = header.match(/filename\*=UTF-8''([^;]+)/i);
  if (exact?.[1]) {
    try {
      return decodeURIComponent(exact[1]);
    } catch {
      // a broken escape: use the plain name instead
    }
  }
  return header.match(/filename="([^"]+)"/i)?.[1] ?? null;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** A sentence for any failure while downloading: the server's words, or what to do. */
export function downloadErrorMessage(error: unknown): string {
  if (errorCode(error)) return describeError(error);
  if (error instanceof DownloadError) return error.message;
  if (error instanceof DOMException && error.name === 'AbortError')
    return 'The download was stopped.';
  return 'We could not reach Bacc. Check your internet connection, then try again.';
}

/** A download refused with a reason a person can act on. */
export class DownloadError extends Error {
  override name = 'DownloadError';
}

/**
 * Reads the `%bacc-progress done/total` comments a streamed cohort file carries after each
 * learner (see @bacc/certificates), keeping the tail of each piece in case a mark is split.
 */
export function certificateProgressReader() {
  let tail = '';
  let latest: { done: number; total: number } | null = null;
  return (chunk: Uint8Array) => {
    let text = tail;
    for (const byte of chunk) text += String.fromCharCode(byte);
    for (const match of text.matchAll(/%bacc-progress (\d+)\/(\d+)\n/g))
      latest = { done: Number(match[1]), total: Number(match[2]) };
    tail = text.slice(-40);
    return latest;
  };
}
