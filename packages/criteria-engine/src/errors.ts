import type { FrameworkIssue } from './validate/issues.ts';

/** Thrown by compileFramework when a definition fails validation. */
export class FrameworkInvalidError extends Error {
  constructor(readonly issues: FrameworkIssue[]) {
    super(
      `The framework cannot be used: ${issues
        .slice(0, 3)
        .map((i) => `${i.pathText}: ${i.message}`)
        .join('; ')}${issues.length > 3 ? ` (and ${issues.length - 3} more)` : ''}`,
    );
    this.name = 'FrameworkInvalidError';
  }
}
