import { describe, expect, it } from 'vitest';
import { codeFromPath } from './path.ts';

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
