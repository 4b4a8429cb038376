export { ERASED_REASON } from '@bacc/db';
export { eraseLearner, eraseLearnerRecord } from './erase.ts';
export { applyLeaverRetention, leaverRetention, setLeaverRetention } from './retention.ts';
export { exportLearnerData, SUBJECT_ACCESS_FORMAT } from './subject-access.ts';
