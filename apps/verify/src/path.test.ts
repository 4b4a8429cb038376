import { describe, expect, it } from 'vitest';
import { codeFromLocation, codeFromPath } from './path.ts';

describe('codeFromPath', () => {
  it('reads the code from a QR link', () => {
    expect(codeFromPath('/v/7K3M-9QXD-2HWP-4TNB')).toBe('7K3M-9QXD-2HWP-4TNB');
    expect(codeFromPath('/v/7k3m%209qxd/')).toBe('7k3m 9qxd');
  });
  it('ignores other addresses and broken escapes', () => {
    expect(codeFromPath('/')).toBeNull();
    expect(codeFromPath('/v/')).toBeNull();
    expect(codeFromPath('/v/a/b')).toBeNull();
    expect(codeFromPath('/v/%E0%A4%A')).toBeNull();
  });
});

describe('codeFromLocation', () => {
  it('reads the path, or on the home page the code a form sent', () => {
    expect(codeFromLocation('/v/7K3M', '?code=X')).toBe('7K3M');
    expect(codeFromLocation('/', '?code=7k3m+9qxd')).toBe('7k3m 9qxd');
    expect(codeFromLocation('/', '')).toBeNull();
    expect(codeFromLocation('/other', '?code=7K3M')).toBeNull();
  });
});
