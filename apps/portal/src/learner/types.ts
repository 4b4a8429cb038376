import type { BaccClient } from '@bacc/ui';

type Output<F> = F extends (...args: never[]) => Promise<infer R> ? R : never;

export type LearnerRecordData = Output<BaccClient['centre']['learners']['record']['query']>;
export type LearnerDetails = LearnerRecordData['learner'];
export type ResultItem = LearnerRecordData['results'][number];
export type ProjectItem = LearnerRecordData['projects'][number];
export type ActivityItem = LearnerRecordData['activities'][number];
export type Catalogue = Output<BaccClient['centre']['catalogue']['list']['query']>;
export type CatalogueQualification = Catalogue['qualifications'][number];
