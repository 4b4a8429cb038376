import { createContext, useContext } from 'react';
import type { FrameworkIssue, Json, Path } from '../types.ts';

export interface EditorState {
  definition: Json;
  issues: readonly FrameworkIssue[];
  readOnly: boolean;
  update(path: Path, value: Json | undefined): void;
}

export const EditorContext = createContext<EditorState | null>(null);

export function useEditor(): EditorState {
  const state = useContext(EditorContext);
  if (!state) throw new Error('useEditor outside the framework editor');
  return state;
}
