import { describe, expect, it } from 'vitest';
import {
  certificateProgressReader,
  DownloadError,
  downloadErrorMessage,
  fileNameOf,
  formatBytes,
} from './download.ts';

describe('fileNameOf', () => {
  it('prefers the exact UTF-8 name, falling back to the plain one', () => {
    expect(
      fileNameOf(
        `attachment; filename="certificate-zoe-nowak.pdf"; filename*=UTF-8''Certificate%20Zo%C3%AB%20%C5%83owak.pdf`,
      ),
    ).toBe('Certificate Zoë Ńowak.pdf');
    expect(fileNameOf('attachment; filename="certificates-2026.pdf"')).toBe(
      'certificates-2026.pdf',
    );
    expect(fileNameOf(`attachment; filename="plain.pdf"; filename*=UTF-8''%E0%A4%A.pdf`)).toBe(
      'plain.pdf',
    );
    expect(fileNameOf(null)).toBeNull();
  });
});

describe('formatBytes', () => {
  it('reads as people say sizes', () => {
    expect(formatBytes(900)).toBe('900 bytes');
    expect(formatBytes(14_000)).toBe('14 KB');
    expect(formatBytes(3_500_000)).toBe('3.3 MB');
  });
});

describe('downloadErrorMessage', () => {
  it('keeps the server’s sentence, explains tRPC errors and network failures', () => {
    expect(downloadErrorMessage(new DownloadError('No learner holds a current award yet.'))).toBe(
      'No learner holds a current award yet.',
    );
    expect(
      downloadErrorMessage(Object.assign(new Error('x'), { data: { code: 'UNAUTHORIZED' } })),
    ).toBe('x');
    expect(downloadErrorMessage(new TypeError('Failed to fetch'))).toMatch(/could not reach Bacc/);
  });
});

describe('certificateProgressReader', () => {
  const bytes = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
  it('follows the progress comments, even when one is split between pieces', () => {
    const read = certificateProgressReader();
    expect(read(bytes('%PDF-1.7\n1 0 obj\n<< >>\nendobj\n'))).toBeNull();
    expect(read(bytes('stream\xff\x00binary\n%bacc-progress 1/3\n2 0 obj'))).toEqual({
      done: 1,
      total: 3,
    });
    expect(read(bytes('\nendobj\n%bacc-prog'))).toEqual({ done: 1, total: 3 });
    expect(read(bytes('ress 2/3\n'))).toEqual({ done: 2, total: 3 });
    expect(read(bytes('%bacc-progress 3/3\nxref'))).toEqual({ done: 3, total: 3 });
  });
});
