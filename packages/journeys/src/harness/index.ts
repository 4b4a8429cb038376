export { type AxeViolation, seriousAccessibilityViolations } from './axe.ts';
export { launchBrowser, openPage, screenshot, screenshotDir, type WatchedPage } from './browser.ts';
export { type RunningServer, startServer } from './server.ts';
export { DEMO_PASSWORD, demoLogin, expectAccessible, signIn } from './session.ts';
