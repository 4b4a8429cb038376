import { isAbsolute, resolve } from 'node:path';
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
  PUBLIC_URL: z.url('PUBLIC_URL must be a full URL such as https://bacc.example.org').optional(),
  SESSION_IDLE_MINUTES: positiveInt('SESSION_IDLE_MINUTES', 30),
  SESSION_ABSOLUTE_HOURS: positiveInt('SESSION_ABSOLUTE_HOURS', 12),
  TRUST_PROXY: z.enum(['0', '1', 'true', 'false']).default('0'),
  BACC_DEMO: z.enum(['0', '1', 'true', 'false']).default('1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  publicUrl: string;
  /** True when served over HTTPS: cookies become Secure with the __Host- prefix. */
  secure: boolean;
  auth: { idleTimeoutMinutes: number; absoluteTimeoutHours: number };
  trustProxy: boolean;
  seedDemo: boolean;
  logLevel: string;
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
  // npm runs workspace scripts inside the workspace; INIT_CWD is where the user typed the command.
  const base = env.INIT_CWD ?? process.cwd();
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, '');
  const yes = (v: string) => v === '1' || v === 'true';
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: isAbsolute(e.BACC_DATA_DIR) ? e.BACC_DATA_DIR : resolve(base, e.BACC_DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    publicUrl,
    secure: publicUrl.startsWith('https://'),
    auth: {
      idleTimeoutMinutes: e.SESSION_IDLE_MINUTES,
      absoluteTimeoutHours: e.SESSION_ABSOLUTE_HOURS,
    },
    trustProxy: yes(e.TRUST_PROXY),
    seedDemo: yes(e.BACC_DEMO),
    logLevel: e.LOG_LEVEL,
  };
}
