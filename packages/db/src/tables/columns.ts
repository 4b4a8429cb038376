import type { ColumnType } from 'kysely';

export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
export type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
/** JSON columns are written as strings (JSON.stringify) and read back parsed. */
export type Json<T> = ColumnType<T, string, string>;
