import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const serverDir = fileURLToPath(new URL('../../../', import.meta.url));

/** One real server process (`node --import tsx src/main.ts`), as an operator would run it. */
export interface ServerProcess {
  url: string;
  port: number;
  pid: number;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  /** Sends a signal; resolves once the process has exited, with its exit code or signal. */
  kill(signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGTERM if still running, then removes its throw-away data folder unless it was given. */
  stop(): Promise<void>;
}

export interface ServerProcessOptions {
  /** PostgreSQL to use; without it the server opens PGlite in `dataDir`. */
  databaseUrl?: string;
  /** The data folder (PGlite files, secret.key); a throw-away one when omitted. */
  dataDir?: string;
  /** Seed the demo trust into an empty database. */
  demo?: boolean;
  /** Keep this port (a restart answers where the old process did). */
  port?: number;
  /** Shared by every replica: sealed issuer keys and award codes depend on it. */
  secretKey?: string;
  env?: Record<string, string>;
  readyWithinMs?: number;
}

export const newSecretKey = () => randomBytes(32).toString('base64');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/** Starts the server and waits until /readyz answers 200 and the welcome is printed. */
export async function startServerProcess(
  options: ServerProcessOptions = {},
): Promise<ServerProcess> {
  const port = options.port ?? (await freePort());
  const ownDataDir = options.dataDir ? null : mkdtempSync(join(tmpdir(), 'bacc-proof-'));
  const dataDir = options.dataDir ?? (ownDataDir as string);
  const url = `http://127.0.0.1:${port}`;
  let log = '';
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: serverDir,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      BACC_DATA_DIR: dataDir,
      PUBLIC_URL: url,
      LOG_LEVEL: 'warn',
      DATABASE_URL: options.databaseUrl ?? '',
      BACC_DEMO: options.demo ? '1' : '0',
      BACC_SECRET_KEY: options.secretKey ?? '',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d) => (log += String(d)));
  child.stderr?.on('data', (d) => (log += String(d)));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const pid = child.pid;
  if (pid === undefined) throw new Error(`the server did not start:\n${log}`);

  const deadline = Date.now() + (options.readyWithinMs ?? 180_000);
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`the server exited while starting:\n${log}`);
    const ready = await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready && log.includes('Bacc is running')) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      await exited;
      throw new Error(`the server was not ready in time:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }

  const kill = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    return exited;
  };
  return {
    url,
    port,
    pid,
    output: () => log,
    kill,
    stop: async () => {
      await kill('SIGTERM');
      if (ownDataDir) rmSync(ownDataDir, { recursive: true, force: true });
    },
  };
}
