import { ErrorBoundary } from '@bacc/ui';
import { StrictMode } from 'react';
import { codeFromLocation } from './path.ts';
import type { VerificationState } from './useVerification.ts';
import { VerifyApp } from './VerifyApp.tsx';

export interface RootProps {
  pathname: string;
  search: string;
  /** The answer the server already rendered, so the page neither asks again nor shifts. */
  initialState: VerificationState | null;
}

/** The whole page, identical on the server and in the browser so hydration matches. */
export function Root({ pathname, search, initialState }: RootProps) {
  return (
    <StrictMode>
      <ErrorBoundary>
        <VerifyApp initialCode={codeFromLocation(pathname, search)} initialState={initialState} />
      </ErrorBoundary>
    </StrictMode>
  );
}
