export * from './lookups.ts';
export * from './records.ts';
export * from './sessions.ts';
export * from './writes.ts';
