import { describe, expect, it } from 'vitest';
import { toPrintable } from './printable-text.ts';

const latin1 = (cp: number) => (cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xff);

describe('toPrintable', () => {
  it('keeps what the font can draw', () => {
    expect(toPrintable('Zoë Müller-Brontë', latin1)).toEqual({
      text: 'Zoë Müller-Brontë',
      lossy: false,
      exact: true,
    });
  });
  it('strips accents the font lacks and transliterates Polish, Cyrillic and Greek', () => {
    expect(toPrintable('Ńowak Łukasz', latin1)).toEqual({
      text: 'Nowak Lukasz',
      lossy: false,
      exact: false,
    });
    expect(toPrintable('Дмитрий Щукин', latin1).text).toBe('Dmitriy Shchukin');
    expect(toPrintable('Αλέξανδρος', latin1).text).toBe('Alexandros');
  });
  it('prints ? for characters with no Latin spelling and says so', () => {
    expect(toPrintable('李 Wei', latin1)).toEqual({ text: '? Wei', lossy: true, exact: false });
  });
  it('turns line breaks into spaces', () => {
    expect(toPrintable('Ann\nLee', latin1)).toEqual({ text: 'Ann Lee', lossy: false, exact: true });
  });
});
