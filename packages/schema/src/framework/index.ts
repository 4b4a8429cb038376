export * from './decision.ts';
export * from './evidence-filter.ts';
export * from './framework-definition.ts';
export * from './learner-record.ts';
export * from './rule.ts';
export * from './rule-types.ts';
export * from './tables.ts';
