export * from './dates.ts';
export * from './fields.ts';
export * from './headers.ts';
export * from './rows.ts';
export * from './session.ts';
export * from './strands.ts';
