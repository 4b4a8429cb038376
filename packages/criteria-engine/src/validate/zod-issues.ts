import type { z } from 'zod';
import type { FrameworkIssue } from './issues.ts';
import { pathText } from './issues.ts';
import { placeInWords } from './place-in-words.ts';

type ZodIssue = z.core.$ZodIssue;

function sentence(issue: ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.message.endsWith('received undefined')
        ? `is required (${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`})`
        : `must be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}`;
    case 'unrecognized_keys':
      return `has ${issue.keys.length > 1 ? 'fields' : 'a field'} the framework language does not know: ${issue.keys.join(', ')}. Check the spelling.`;
    case 'invalid_union':
      return 'kind' in issue && issue.discriminator === 'kind'
        ? 'has a kind the rule language does not know, or a kind that does not belong here (a set, a measure or a condition was expected).'
        : 'does not match any allowed shape.';
    case 'invalid_value':
      return `must be one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `must list at least ${issue.minimum} item${Number(issue.minimum) === 1 ? '' : 's'}`
        : issue.origin === 'string'
          ? 'must not be empty'
          : `must be at least ${issue.minimum}`;
    case 'too_big':
      return `must be at most ${issue.maximum}`;
    case 'invalid_format':
      return issue.message;
    default:
      return issue.message;
  }
}

export function fromZodIssues(input: unknown, issues: readonly ZodIssue[]): FrameworkIssue[] {
  return issues.map((issue) => {
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    const last = path[path.length - 1];
    const field =
      typeof last === 'string' ? `"${last}"` : last === undefined ? 'it' : `item ${last + 1}`;
    const subject = issue.code === 'unrecognized_keys' || path.length === 0 ? 'it' : field;
    return {
      path,
      pathText: pathText(path),
      message: `${placeInWords(input, path)}: ${subject} ${sentence(issue)}`,
    };
  });
}
