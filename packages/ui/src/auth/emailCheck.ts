/** A light shape check for an email address; the server decides whether it is known. */
export function looksLikeEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());
}

export interface LoginFields {
  email: string;
  password: string;
}

export type LoginFieldErrors = Partial<Record<keyof LoginFields, string>>;

/** The sign-in form's own checks, with the messages shown beside the fields. */
export function validateLogin({ email, password }: LoginFields): LoginFieldErrors {
  const errors: LoginFieldErrors = {};
  if (!email.trim()) errors.email = 'Enter your email address';
  else if (!looksLikeEmail(email)) {
    errors.email = 'Enter an email address in the correct format, like name@example.com';
  }
  if (!password) errors.password = 'Enter your password';
  return errors;
}
