import { type Database, type Kysely, sql, type Transaction } from '@bacc/db';

let savepoints = 0;

/**
 * The request's transaction, as services see it: `transaction().execute(fn)` inside it runs
 * `fn` under a savepoint, so a service's unit of work still commits or rolls back as a whole
 * (and a caught failure does not poison the request), while every statement stays inside the
 * one transaction that carries the row scope.
 */
export function nestable(trx: Transaction<Database>): Kysely<Database> {
  const proxy: Kysely<Database> = new Proxy(trx, {
    get(target, property) {
      if (property !== 'transaction') {
        // Kysely keeps its state in private fields: its methods must run on the real object.
        const value = Reflect.get(target, property, target);
        return typeof value === 'function' ? value.bind(target) : value;
      }
      return () => {
        const builder = {
          setIsolationLevel: () => builder,
          setAccessMode: () => builder,
          execute: async <T>(work: (inner: Kysely<Database>) => Promise<T>): Promise<T> => {
            const name = sql.id(`bacc_sp_${++savepoints}`);
            await sql`savepoint ${name}`.execute(target);
            try {
              const result = await work(proxy);
              await sql`release savepoint ${name}`.execute(target);
              return result;
            } catch (error) {
              await sql`rollback to savepoint ${name}`.execute(target);
              throw error;
            }
          },
        };
        return builder;
      };
    },
  }) as Kysely<Database>;
  return proxy;
}
