import { describe, expect, it } from 'vitest';
import {
  DATABASE_UNAVAILABLE_MESSAGE,
  databaseUnavailableError,
  isDatabaseUnavailable,
} from './database-unavailable.ts';

const pgError = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('an unreachable database', () => {
  it.each([
    ['a refused connection', pgError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
    ['a reset connection', pgError('ECONNRESET', 'read ECONNRESET')],
    ['a lost connection', new Error('Connection terminated unexpectedly')],
    ['a pool that cannot connect', new Error('timeout exceeded when trying to connect')],
    ['connection failure (08006)', pgError('08006')],
    ['cannot connect now (57P03)', pgError('57P03', 'the database system is starting up')],
    ['an administrator shutdown (57P01)', pgError('57P01')],
    ['a crash shutdown (57P02)', pgError('57P02')],
    [
      'a cause two levels down',
      new Error('outer', { cause: new Error('x', { cause: pgError('ECONNREFUSED') }) }),
    ],
    ['one part of an AggregateError', new AggregateError([pgError('ECONNREFUSED')], 'all failed')],
  ])('is recognised from %s', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', pgError('23505')],
    ['a query cancelled (57014)', pgError('57014')],
    ['a syntax error', pgError('42601', 'syntax error at or near "selec"')],
    ['a plain bug', new TypeError('cannot read properties of undefined')],
    ['no error at all', undefined],
    ['a string', 'Connection terminated'],
  ])('is not confused with %s', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it('answers 503 with a plain sentence that repeats nothing of the cause', () => {
    const error = databaseUnavailableError(
      pgError('ECONNREFUSED', 'connect ECONNREFUSED 10.0.0.9:5432'),
    );
    expect(error.code).toBe('SERVICE_UNAVAILABLE');
    expect(error.message).toBe(DATABASE_UNAVAILABLE_MESSAGE);
    expect(error.message).not.toMatch(/ECONN|10\.0\.0\.9|at /);
  });
});
