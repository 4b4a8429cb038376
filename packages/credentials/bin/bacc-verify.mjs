#!/usr/bin/env node
// Runs the TypeScript CLI through tsx's loader: the package ships source, not a build.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/bacc-verify.ts');
process.exitCode = await main(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
