import { countRecentFailures, type Db, recordLoginAttempt } from '@bacc/db';
import { throttled } from '../errors.ts';

/** How many failures each key may have in the window before sign-in waits. */
export const loginLimits = {
  windowMinutes: 15,
  perAccount: 5,
  perIp: 30,
};

export const accountKey = (email: string) => `account:${email}`;
export const ipKey = (ip: string) => `ip:${ip}`;

/** Refuses the attempt while either the account or the address has failed too often. */
export async function assertLoginAllowed(db: Db, email: string, ip: string | null, now: Date) {
  const since = new Date(now.getTime() - loginLimits.windowMinutes * 60_000);
  const checks: Array<[string, number]> = [[accountKey(email), loginLimits.perAccount]];
  if (ip) checks.push([ipKey(ip), loginLimits.perIp]);
  for (const [key, limit] of checks) {
    const { failures, latest } = await countRecentFailures(db, key, since);
    if (failures >= limit && latest) {
      const until = latest.getTime() + loginLimits.windowMinutes * 60_000;
      const seconds = Math.max(1, Math.ceil((until - now.getTime()) / 1000));
      const minutes = Math.ceil(seconds / 60);
      throw throttled(
        `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
        seconds,
      );
    }
  }
}

export function recordLogin(db: Db, email: string, ip: string | null, succeeded: boolean) {
  const keys = [accountKey(email)];
  if (ip) keys.push(ipKey(ip));
  return recordLoginAttempt(db, keys, succeeded);
}
