export { type Kysely, sql, type Transaction } from 'kysely';
export * from './audit-chain/index.ts';
export * from './backup/index.ts';
export {
  type ConnectOptions,
  connectDatabase,
  type DatabaseHandle,
  type DatabaseKind,
} from './connect.ts';
export type * from './database.ts';
export { migrateToLatest } from './migrate.ts';
export * from './repositories/index.ts';
export * from './row-scope/index.ts';
