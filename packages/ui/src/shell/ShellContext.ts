import { createContext, useContext } from 'react';

export interface ShellInfo {
  /** The app's area, e.g. "Trust admin"; used in the header and the document title. */
  area: string;
}

export const ShellContext = createContext<ShellInfo>({ area: '' });

export function useShell(): ShellInfo {
  return useContext(ShellContext);
}

/** "Centres – Trust admin – Bacc" */
export function documentTitle(pageTitle: string, area: string): string {
  return [pageTitle, area, 'Bacc'].filter(Boolean).join(' – ');
}
