export const importKinds = ['learners', 'results', 'activities'] as const;
export type ImportKind = (typeof importKinds)[number];

/** A Bacc field a column of an MIS export can be mapped to. */
export interface ImportField {
  key: string;
  label: string;
  required: boolean;
  /** Header names MIS exports use for it, compared after normalising (see normaliseHeader). */
  synonyms: readonly string[];
}

const learnerRef: ImportField[] = [
  {
    key: 'uln',
    label: 'ULN',
    required: false,
    synonyms: ['uln', 'unique learner number', 'learner number'],
  },
  {
    key: 'upn',
    label: 'UPN',
    required: false,
    synonyms: ['upn', 'unique pupil number', 'pupil number'],
  },
  {
    key: 'learnerId',
    label: 'Bacc learner id',
    required: false,
    synonyms: ['bacc learner id', 'bacc id', 'learner id'],
  },
];

export const importFields: Record<ImportKind, readonly ImportField[]> = {
  learners: [
    learnerRef[0]!,
    learnerRef[1]!,
    {
      key: 'legalFamilyName',
      label: 'Legal surname',
      required: true,
      synonyms: [
        'legal surname',
        'surname',
        'legal family name',
        'family name',
        'last name',
        'legal last name',
      ],
    },
    {
      key: 'legalGivenName',
      label: 'Legal forename',
      required: true,
      synonyms: [
        'legal forename',
        'forename',
        'legal first name',
        'first name',
        'given name',
        'forenames',
      ],
    },
    {
      key: 'preferredName',
      label: 'Preferred name',
      required: false,
      synonyms: ['preferred forename', 'preferred name', 'known as', 'preferred first name'],
    },
    {
      key: 'dateOfBirth',
      label: 'Date of birth',
      required: true,
      synonyms: ['dob', 'date of birth', 'birth date', 'birthdate'],
    },
    {
      key: 'leavingYear',
      label: 'Leaving year',
      required: true,
      synonyms: [
        'leaving year',
        'year of leaving',
        'expected leaving year',
        'leavers year',
        'cohort',
      ],
    },
  ],
  results: [
    ...learnerRef,
    {
      key: 'qn',
      label: 'Qualification number (QN)',
      required: false,
      synonyms: ['qualification number', 'qan', 'qn', 'ofqual number', 'qual number', 'qan code'],
    },
    {
      key: 'qualificationTitle',
      label: 'Qualification title',
      required: false,
      synonyms: ['qualification title', 'qualification', 'title', 'course', 'subject'],
    },
    {
      key: 'grade',
      label: 'Grade',
      required: true,
      synonyms: ['grade', 'result', 'final grade', 'grade achieved'],
    },
    {
      key: 'status',
      label: 'Status',
      required: false,
      synonyms: ['status', 'result status', 'grade status', 'result type'],
    },
    {
      key: 'awardedOn',
      label: 'Date awarded',
      required: false,
      synonyms: ['awarded on', 'award date', 'date awarded', 'result date', 'achievement date'],
    },
  ],
  activities: [
    ...learnerRef,
    {
      key: 'strand',
      label: 'Strand',
      required: true,
      synonyms: ['strand', 'area', 'pd strand', 'category'],
    },
    {
      key: 'hours',
      label: 'Hours',
      required: true,
      synonyms: ['hours', 'hrs', 'number of hours', 'total hours'],
    },
    {
      key: 'startedOn',
      label: 'Start date',
      required: false,
      synonyms: ['start date', 'started on', 'from', 'date started', 'start'],
    },
    {
      key: 'endedOn',
      label: 'End date',
      required: false,
      synonyms: ['end date', 'ended on', 'to', 'date ended', 'end'],
    },
    {
      key: 'description',
      label: 'Description',
      required: true,
      synonyms: ['description', 'activity', 'details', 'activity description'],
    },
    {
      key: 'verifiedBy',
      label: 'Verified by',
      required: false,
      synonyms: ['verified by', 'verifier', 'signed off by', 'staff member'],
    },
  ],
};

/** Fields of which at least one must be mapped, with the sentence to show when none is. */
export const importFieldGroups: Record<
  ImportKind,
  ReadonlyArray<{ keys: readonly string[]; message: string }>
> = {
  learners: [{ keys: ['uln', 'upn'], message: 'Choose the column with each learner’s ULN or UPN' }],
  results: [
    {
      keys: ['uln', 'upn', 'learnerId'],
      message: 'Choose the column that identifies the learner: ULN, UPN or Bacc learner id',
    },
    {
      keys: ['qn', 'qualificationTitle'],
      message: 'Choose the column with the qualification number (QN) or title',
    },
  ],
  activities: [
    {
      keys: ['uln', 'upn', 'learnerId'],
      message: 'Choose the column that identifies the learner: ULN, UPN or Bacc learner id',
    },
  ],
};

export const importKindLabels: Record<ImportKind, string> = {
  learners: 'Learners',
  results: 'Results',
  activities: 'Personal development activities',
};

export function fieldLabel(kind: ImportKind, key: string): string {
  return importFields[kind].find((f) => f.key === key)?.label ?? key;
}
