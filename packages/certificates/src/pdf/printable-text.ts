/**
 * What a font cannot draw of a text, spelled as closely as it can: the standard PDF fonts only
 * draw WinAnsi, and the embedded fonts (page-writer.ts) only Latin, Greek and Cyrillic.
 * Characters outside the font are transliterated (Ń -> N, Ł -> L, Дмитрий -> Dmitriy) where the
 * result can be drawn; characters with no such spelling (李) print as "?" and the caller says so
 * on the page. The full text is always kept in the tag tree's /ActualText, so screen readers
 * and copy-paste get it exactly.
 */
export interface PrintableText {
  text: string;
  /** True when some character could not be drawn and printed as "?". */
  lossy: boolean;
  /** True when every character is drawn as itself (line breaks aside): nothing spelled out. */
  exact: boolean;
}

const LATIN: Record<string, string> = {
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  Ħ: 'H',
  ħ: 'h',
  ı: 'i',
  Ŀ: 'L',
  ŀ: 'l',
  Ŋ: 'Ng',
  ŋ: 'ng',
  ſ: 's',
  Ŧ: 'T',
  ŧ: 't',
  Ə: 'E',
  ə: 'e',
  Ɨ: 'I',
  ɨ: 'i',
  Ø: 'O',
  ø: 'o',
  Ĳ: 'IJ',
  ĳ: 'ij',
  ʼ: "'",
  ʻ: "'",
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2212': '-',
  '\u00a0': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
};

const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  і: 'i',
  ї: 'yi',
  є: 'ye',
  ґ: 'g',
  ў: 'u',
};

const GREEK: Record<string, string> = {
  α: 'a',
  β: 'v',
  γ: 'g',
  δ: 'd',
  ε: 'e',
  ζ: 'z',
  η: 'i',
  θ: 'th',
  ι: 'i',
  κ: 'k',
  λ: 'l',
  μ: 'm',
  ν: 'n',
  ξ: 'x',
  ο: 'o',
  π: 'p',
  ρ: 'r',
  σ: 's',
  ς: 's',
  τ: 't',
  υ: 'y',
  φ: 'f',
  χ: 'ch',
  ψ: 'ps',
  ω: 'o',
};

function fromTable(ch: string): string | undefined {
  const lower = ch.toLowerCase();
  const hit = LATIN[ch] ?? CYRILLIC[lower] ?? GREEK[lower];
  if (hit === undefined) return undefined;
  if (LATIN[ch] !== undefined || ch === lower) return hit;
  return hit.charAt(0).toUpperCase() + hit.slice(1);
}

export function toPrintable(text: string, canDraw: (codePoint: number) => boolean): PrintableText {
  let out = '';
  let lossy = false;
  let exact = true;
  const drawable = (s: string) => [...s].every((c) => canDraw(c.codePointAt(0) ?? 0));
  for (const ch of text.normalize('NFC')) {
    if (ch === '\n' || ch === '\r' || ch === '\t') {
      out += ' ';
      continue;
    }
    if (drawable(ch)) {
      out += ch;
      continue;
    }
    exact = false;
    const mapped = fromTable(ch);
    if (mapped !== undefined && drawable(mapped)) {
      out += mapped;
      continue;
    }
    // Strip accents: "Ń" decomposes to "N" + combining acute.
    const base = ch.normalize('NFD').replace(/\p{M}+/gu, '');
    if (base !== '' && base !== ch && drawable(base)) {
      out += base;
      continue;
    }
    const baseMapped = base === '' ? undefined : fromTable(base);
    if (baseMapped !== undefined && drawable(baseMapped)) {
      out += baseMapped;
      continue;
    }
    if (/\p{M}/u.test(ch)) continue;
    out += '?';
    lossy = true;
  }
  return { text: out, lossy, exact };
}
