import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, loadServerSecrets } from './config.ts';

describe('loadConfig', () => {
  it('has working defaults and treats empty variables as unset', () => {
    const c = loadConfig({ DATABASE_URL: '', PORT: '', INIT_CWD: '/srv/bacc' });
    expect(c).toMatchObject({
      port: 3000,
      databaseUrl: undefined,
      dataDir: '/srv/bacc/.data',
      secure: false,
    });
    expect(c.publicUrl).toBe('http://localhost:3000');
  });

  it('makes cookies secure when the public address is https', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://bacc.example.org/' })).toMatchObject({
      secure: true,
      publicUrl: 'https://bacc.example.org',
    });
  });

  it('names each bad variable', () => {
    expect(() => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x' })).toThrow(
      /PORT[\s\S]*DATABASE_URL/,
    );
  });

  it('takes the server secret from BACC_SECRET_KEY, refusing one that is not 32 bytes', () => {
    const key = Buffer.alloc(32, 7).toString('base64');
    const c = loadConfig({ BACC_SECRET_KEY: key });
    expect(loadServerSecrets(c)).toMatchObject({ source: 'environment' });
    expect(Buffer.from(loadServerSecrets(c).key).toString('base64')).toBe(key);
    expect(() => loadConfig({ BACC_SECRET_KEY: Buffer.alloc(16).toString('base64') })).toThrow(
      /BACC_SECRET_KEY must be 32 random bytes/,
    );
  });
});

describe('loadServerSecrets', () => {
  it('makes secret.key in the data folder once, owner-only, and reads the same one back', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'bacc-secret-'));
    try {
      const first = loadServerSecrets({ dataDir, secretKey: undefined });
      expect(first.source).toBe('new file');
      expect(first.key).toHaveLength(32);
      expect(statSync(join(dataDir, 'secret.key')).mode & 0o777).toBe(0o600);
      const again = loadServerSecrets({ dataDir, secretKey: undefined });
      expect(again.source).toBe('file');
      expect(Buffer.from(again.key)).toEqual(Buffer.from(first.key));
      expect(readFileSync(join(dataDir, 'secret.key'), 'utf8').trim()).toBe(
        Buffer.from(first.key).toString('base64'),
      );
      writeFileSync(join(dataDir, 'secret.key'), 'short');
      expect(() => loadServerSecrets({ dataDir, secretKey: undefined })).toThrow(/32-byte/);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
