import type { ServerConfig } from './config.ts';
import type { DemoLogin } from './seed/index.ts';

/** What a person needs after `npm start`: where to go and how to sign in. */
export function printWelcome(
  config: ServerConfig,
  kind: string,
  demo: DemoLogin[] | null,
  demoAwardCode: string | null = null,
) {
  const url = config.publicUrl;
  const where = config.databaseUrl
    ? 'PostgreSQL (DATABASE_URL)'
    : `embedded PGlite in ${config.dataDir}`;
  const lines = [
    '',
    '  Bacc is running',
    '',
    `  Trust admin      ${url}/admin/`,
    `  School portal    ${url}/portal/`,
    `  Verify an award  ${url}/`,
    `  Health           ${url}/livez  ${url}/readyz`,
    '',
    `  Database         ${where} [${kind}]`,
  ];
  if (demo && demo.length > 0) {
    lines.push('', `  Demo sign-ins (password for all: ${demo[0]!.password})`);
    for (const login of demo) {
      const role = login.role.replace('_', ' ').padEnd(13);
      lines.push(`    ${role} ${login.email.padEnd(40)} ${login.centreName ?? ''}`);
    }
  }
  if (demoAwardCode)
    lines.push('', `  Demo award code  ${demoAwardCode}  (try it at ${url}/v/${demoAwardCode})`);
  lines.push('', '  Stop with Ctrl+C.', '');
  process.stdout.write(`${lines.join('\n')}\n`);
}
