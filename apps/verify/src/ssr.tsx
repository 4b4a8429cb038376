import { renderToString } from 'react-dom/server';
import { checkCode } from './code.ts';
import { serialiseState } from './initial-state.ts';
import { codeFromLocation } from './path.ts';
import { Root } from './Root.tsx';
import type { VerificationState } from './useVerification.ts';

export { INITIAL_STATE_ID } from './initial-state.ts';

/**
 * The code the server should look up before rendering this address (grouped, as the page shows
 * it), or null when there is none or it is malformed (the page then shows the form's message).
 */
export function codeToLookUp(pathname: string, search: string): string | null {
  const typed = codeFromLocation(pathname, search);
  if (typed === null) return null;
  const checked = checkCode(typed);
  return checked.ok ? checked.code : null;
}

export interface RenderedPage {
  /** The markup inside #root: exactly what the page renders first in the browser. */
  html: string;
  /** The contents of the JSON block the page reads its starting state from (safe to embed). */
  state: string;
}

/** Renders the page for an address, with the server's answer when it looked one up. */
export function renderVerifyPage(
  pathname: string,
  search: string,
  state: VerificationState,
): RenderedPage {
  return {
    html: renderToString(<Root pathname={pathname} search={search} initialState={state} />),
    state: serialiseState(state),
  };
}
