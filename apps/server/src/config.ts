import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';

const positiveInt = (name: string, fallback: number) =>
  z.coerce
    .number({ error: `${name} must be a number` })
    .int(`${name} must be a whole number`)
    .positive(`${name} must be more than 0`)
    .default(fallback);

const envSchema = z.object({
  PORT: positiveInt('PORT', 3000).pipe(z.number().max(65535, 'PORT must be 65535 or less')),
  HOST: z.string().default('0.0.0.0'),
  BACC_DATA_DIR: z.string().default('.data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
    .optional(),
  MIGRATION_DATABASE_URL: z
    .string()
    .regex(
      /^postgres(ql)?:\/\//,
      'MIGRATION_DATABASE_URL must start with postgres:// or postgresql://',
    )
    .optional(),
  PUBLIC_URL: z.url('PUBLIC_URL must be a full URL such as https://bacc.example.org').optional(),
  SESSION_IDLE_MINUTES: positiveInt('SESSION_IDLE_MINUTES', 30),
  SESSION_ABSOLUTE_HOURS: positiveInt('SESSION_ABSOLUTE_HOURS', 12),
  TRUST_PROXY: z.enum(['0', '1', 'true', 'false']).default('0'),
  BACC_DEMO: z.enum(['0', '1', 'true', 'false']).default('1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  BACC_SECRET_KEY: z
    .string()
    .refine(
      (v) => /^[A-Za-z0-9+/_-]+={0,2}$/.test(v) && Buffer.from(v, 'base64').length === 32,
      'BACC_SECRET_KEY must be 32 random bytes in base64 (make one with: openssl rand -base64 32)',
    )
    .optional(),
});

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /**
   * The schema owner's login (migrations, the demo seed, the command-line tools) when the
   * server's own login (DATABASE_URL) is one that row-level security binds.
   */
  migrationDatabaseUrl: string | undefined;
  publicUrl: string;
  /** True when served over HTTPS: cookies become Secure with the __Host- prefix. */
  secure: boolean;
  auth: { idleTimeoutMinutes: number; absoluteTimeoutHours: number };
  trustProxy: boolean;
  seedDemo: boolean;
  logLevel: string;
  /** BACC_SECRET_KEY, decoded; when unset the server keeps one in the data folder. */
  secretKey: Uint8Array | undefined;
}

/** Reads the environment once; a bad value stops start-up with a sentence naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  // An empty variable means "not set", as a shell `FOO= npm start` or a blank .env line intends.
  const present = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ''),
  );
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Bacc cannot start: the configuration is not valid\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.MIGRATION_DATABASE_URL && !e.DATABASE_URL)
    throw new Error(
      'Bacc cannot start: MIGRATION_DATABASE_URL is set but DATABASE_URL is not. Set DATABASE_URL to the login the server works as.',
    );
  // npm runs workspace scripts inside the workspace; INIT_CWD is where the user typed the command.
  const base = env.INIT_CWD ?? process.cwd();
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, '');
  const yes = (v: string) => v === '1' || v === 'true';
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: isAbsolute(e.BACC_DATA_DIR) ? e.BACC_DATA_DIR : resolve(base, e.BACC_DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    migrationDatabaseUrl: e.MIGRATION_DATABASE_URL,
    publicUrl,
    secure: publicUrl.startsWith('https://'),
    auth: {
      idleTimeoutMinutes: e.SESSION_IDLE_MINUTES,
      absoluteTimeoutHours: e.SESSION_ABSOLUTE_HOURS,
    },
    trustProxy: yes(e.TRUST_PROXY),
    seedDemo: yes(e.BACC_DEMO),
    logLevel: e.LOG_LEVEL,
    secretKey: e.BACC_SECRET_KEY
      ? new Uint8Array(Buffer.from(e.BACC_SECRET_KEY, 'base64'))
      : undefined,
  };
}

/** The login that owns the schema: MIGRATION_DATABASE_URL when set, else DATABASE_URL. */
export const ownerDatabaseUrl = (
  config: Pick<ServerConfig, 'databaseUrl' | 'migrationDatabaseUrl'>,
) => config.migrationDatabaseUrl ?? config.databaseUrl;

/**
 * The server secret: BACC_SECRET_KEY, or else `secret.key` in the data folder, made at first
 * start (readable by the owner only). It seals issuer keys and derives verification codes, so
 * every replica must share it and it must survive restarts: losing it loses both.
 */
export function loadServerSecrets(config: Pick<ServerConfig, 'secretKey' | 'dataDir'>): {
  key: Uint8Array;
  source: 'environment' | 'file' | 'new file';
  path?: string;
} {
  if (config.secretKey) return { key: config.secretKey, source: 'environment' };
  const path = join(config.dataDir, 'secret.key');
  if (existsSync(path)) {
    const key = Buffer.from(readFileSync(path, 'utf8').trim(), 'base64');
    if (key.length !== 32)
      throw new Error(
        `Bacc cannot start: ${path} does not hold a 32-byte base64 secret. Restore it from a backup, or set BACC_SECRET_KEY.`,
      );
    return { key: new Uint8Array(key), source: 'file', path };
  }
  mkdirSync(config.dataDir, { recursive: true });
  const key = randomBytes(32);
  // 'wx' refuses to overwrite a secret another process wrote in the meantime.
  writeFileSync(path, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(path, 0o600);
  return { key: new Uint8Array(key), source: 'new file', path };
}
