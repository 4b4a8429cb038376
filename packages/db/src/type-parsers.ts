// Both drivers are told the same thing, so a row looks identical on PGlite and PostgreSQL:
// calendar dates stay 'YYYY-MM-DD' strings (no timezone drift), numerics and bigints become numbers.
export const DATE_OID = 1082;
export const NUMERIC_OID = 1700;
export const INT8_OID = 20;

export const sharedParsers: Record<number, (value: string) => unknown> = {
  [DATE_OID]: (v) => v,
  [NUMERIC_OID]: (v) => Number(v),
  [INT8_OID]: (v) => Number(v),
};
