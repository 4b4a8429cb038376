import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { seriousAccessibilityViolations } from './axe.ts';
import type { WatchedPage } from './browser.ts';
import type { RunningServer } from './server.ts';

/** The password of every demo account (apps/server/src/seed). */
export const DEMO_PASSWORD = 'demo-password-2026';

const pageOf = (p: Page | WatchedPage): Page => ('problems' in p ? p.page : p);

/** Fails the journey on any serious or critical axe-core violation, naming the screen. */
export async function expectAccessible(p: Page | WatchedPage, screen: string) {
  const violations = await seriousAccessibilityViolations(pageOf(p));
  expect(violations, `${screen}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
}

/** The first demo account of a role, as the server printed it at start. */
export function demoLogin(server: RunningServer, role: 'centre admin' | 'centre staff'): string {
  const line = server
    .output()
    .split('\n')
    .find((l) => l.trim().startsWith(role));
  const email = line?.match(/\S+@demo\.bacc\.test/)?.[0];
  if (!email) throw new Error(`no ${role} login printed:\n${server.output()}`);
  return email;
}

/** Fills and sends the sign-in form on the page as it stands. */
export async function signIn(p: Page | WatchedPage, email: string, password = DEMO_PASSWORD) {
  const page = pageOf(p);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
