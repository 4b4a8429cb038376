import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

describe('the browser entry @bacc/credentials/verify', () => {
  it('bundles for the browser with no Node module and no eval of its own', async () => {
    const result = await build({
      entryPoints: [new URL('./verify.ts', import.meta.url).pathname],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      minify: true,
      write: false,
      logLevel: 'silent',
      metafile: true,
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(
      inputs.filter((file) => file.startsWith('src/') || !file.includes('node_modules')),
    ).not.toContain('src/index.ts');
    expect(inputs.some((file) => /(^|\/)(keys|award-credential|status-list)\.ts$/.test(file))).toBe(
      false,
    );
    const code = new TextDecoder().decode(result.outputFiles[0]?.contents);
    expect(code).not.toMatch(/from\s*["']node:|require\(["']node:/);
    // the only Function constructor is setImmediate's fallback for string callbacks, never called here
    expect(code.match(/new Function/g) ?? []).toHaveLength(1);
    // it is loaded only when a file is dropped; keep it near the "about 200 KB gzipped"
    expect(gzipSync(result.outputFiles[0]?.contents ?? new Uint8Array()).length).toBeLessThan(
      220_000,
    );
  });
});
