import { describe, expect, it } from 'vitest';
import { validateLogin } from './emailCheck.ts';

describe('validateLogin', () => {
  it('asks for both fields', () => {
    expect(validateLogin({ email: ' ', password: '' })).toEqual({
      email: 'Enter your email address',
      password: 'Enter your password',
    });
  });
  it('checks the shape of the email address', () => {
    expect(validateLogin({ email: 'head@school', password: 'x' }).email).toMatch(/correct format/);
    expect(validateLogin({ email: 'head@school.org.uk', password: 'x' })).toEqual({});
  });
});
