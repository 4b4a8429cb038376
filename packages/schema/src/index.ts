export * from './core/index.ts';
export * from './framework/index.ts';
