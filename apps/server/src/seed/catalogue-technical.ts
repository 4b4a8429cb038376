import type { CatalogueEntry } from './catalogue.ts';

// [subject, title, QN, discount code]; Business shares its code with A level Business, as the
// DfE's tables do for applied generals, so a learner holding both counts it once.
// biome-ignore format: one qualification a line reads as a table
const EXTENDED_CERTIFICATES: readonly (readonly [string, string, string, string])[] = [
  ['business', 'Business', '601/7159/0', 'IA1'],
  ['applied_science', 'Applied Science', '601/7436/0', 'RF5'],
  ['sport', 'Sport', '601/7214/4', 'XA5'],
  ['information_technology', 'Information Technology', '601/7575/3', 'CN5'],
  ['health_and_social_care', 'Health and Social Care', '601/7169/3', 'AY5'],
];

// biome-ignore format: one qualification a line reads as a table
const DIPLOMAS: readonly (readonly [string, string, string, string])[] = [
  ['business', 'Business', '601/7161/9', 'IA1'],
  ['sport', 'Sport', '601/7216/8', 'XA5'],
  ['health_and_social_care', 'Health and Social Care', '601/7171/1', 'AY5'],
  ['engineering', 'Engineering', '601/7584/4', 'KA5'],
];

// biome-ignore format: one qualification a line reads as a table
const T_LEVELS: readonly (readonly [string, string, string, number])[] = [
  ['digital', 'Digital Production, Design and Development', '603/6901/2', 1380],
  ['health', 'Health', '603/6787/8', 1440],
  ['education_and_childcare', 'Education and Early Years', '603/5829/4', 1420],
  ['engineering', 'Design and Development for Engineering and Manufacturing', '610/0152/9', 1400],
];

// biome-ignore format: one qualification a line reads as a table
const LEVEL_2_TECHNICAL: readonly (readonly [string, string, string])[] = [
  ['construction', 'Level 2 Technical Certificate in Construction Skills: Carpentry and Joinery', '603/0432/9'],
  ['hair_and_beauty', 'Level 2 Technical Certificate in Hair and Beauty Therapy', '603/0876/1'],
  ['digital', 'Level 2 Technical Certificate in Digital Technologies', '603/0718/5'],
  ['sport', 'Level 2 Technical Certificate in Sport and Activity Leadership', '603/0509/7'],
  ['health_and_social_care', 'Level 2 Technical Certificate in Health and Social Care', '603/1077/9'],
  ['hospitality', 'Level 2 Technical Certificate in Professional Cookery', '603/0281/3'],
];

const technical = (
  fields: Pick<CatalogueEntry, 'qn' | 'title' | 'type' | 'subject' | 'glh' | 'gradeScale'> &
    Partial<CatalogueEntry>,
): CatalogueEntry => ({
  level: 3,
  tqt: null,
  sizeALevels: null,
  category: 'technical',
  discountCode: null,
  ...fields,
});

export const TECHNICAL_CATALOGUE: readonly CatalogueEntry[] = [
  ...EXTENDED_CERTIFICATES.map(([subject, title, qn, discountCode]) =>
    technical({
      qn,
      title: `BTEC Level 3 National Extended Certificate in ${title}`,
      type: 'btec_national_extended_certificate',
      subject,
      glh: 360,
      tqt: 480,
      sizeALevels: 1,
      discountCode,
      gradeScale: 'btec_national',
    }),
  ),
  ...DIPLOMAS.map(([subject, title, qn, discountCode]) =>
    technical({
      qn,
      title: `BTEC Level 3 National Diploma in ${title}`,
      type: 'btec_national_diploma',
      subject,
      glh: 720,
      tqt: 960,
      sizeALevels: 2,
      discountCode,
      gradeScale: 'btec_national_diploma',
    }),
  ),
  ...T_LEVELS.map(([subject, title, qn, glh]) =>
    technical({
      qn,
      title: `T Level in ${title}`,
      type: 't_level',
      subject,
      glh,
      sizeALevels: 3,
      gradeScale: 't_level',
    }),
  ),
  ...LEVEL_2_TECHNICAL.map(([subject, title, qn]) =>
    technical({
      qn,
      title,
      type: 'l2_technical',
      subject,
      level: 2,
      glh: 390,
      tqt: 480,
      gradeScale: 'l2_technical',
    }),
  ),
];
