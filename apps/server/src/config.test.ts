import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

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
});
