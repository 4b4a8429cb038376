// What the global setup hands to every test file (see global-setup.ts).
declare module 'vitest' {
  export interface ProvidedContext {
    baccPgliteImage: string;
    baccPostgresUrl: string | null;
    baccPostgresTemplate: string | null;
  }
}

export {};
