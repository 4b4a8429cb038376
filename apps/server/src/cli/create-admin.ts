import { stdin, stdout } from 'node:process';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { hashPassword } from '@bacc/api';
import { createTrust, createUser, findTrustBySlug, recordAuditEvent } from '@bacc/db';
import { emailSchema, passwordSchema, personNameSchema } from '@bacc/schema';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../database.ts';

const usage = `Creates a trust administrator (and the trust, the first time).

  npm run create-admin -- --email ada@trust.org.uk --name "Ada Lovelace" --trust "Example Trust"

The password is read from BACC_ADMIN_PASSWORD, or asked for when run in a terminal.
Uses DATABASE_URL or BACC_DATA_DIR like the server.`;

const slugOf = (name: string) =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);

async function askPassword(): Promise<string> {
  if (process.env.BACC_ADMIN_PASSWORD) return process.env.BACC_ADMIN_PASSWORD;
  if (!stdin.isTTY) throw new Error('Set BACC_ADMIN_PASSWORD (no terminal to ask in).');
  const rl = createInterface({ input: stdin, output: stdout, terminal: true });
  // Hide what is typed: readline echoes through _writeToOutput.
  (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s) => {
    if (s.includes('Password')) stdout.write(s);
  };
  const answer = await rl.question('Password (12+ characters): ');
  rl.close();
  stdout.write('\n');
  return answer;
}

async function main() {
  const { values } = parseArgs({
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      trust: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help || !values.email) {
    stdout.write(`${usage}\n`);
    process.exit(values.help ? 0 : 2);
  }
  const email = emailSchema.parse(values.email);
  const displayName = personNameSchema.parse(
    values.name ?? email.split('@')[0]!.replace(/[^\p{L}]+/gu, ' '),
  );
  const trustName = values.trust?.trim() || 'Bacc Trust';
  const password = passwordSchema.parse(await askPassword());

  const database = await openDatabase(loadConfig());
  try {
    const passwordHash = await hashPassword(password);
    const user = await database.db.transaction().execute(async (tx) => {
      const trust =
        (await findTrustBySlug(tx, slugOf(trustName))) ??
        (await createTrust(tx, { name: trustName, slug: slugOf(trustName) }));
      const created = await createUser(
        tx,
        { trustId: trust.id },
        { email, displayName, role: 'trust_admin', centreId: null, passwordHash },
      );
      await recordAuditEvent(tx, {
        trustId: trust.id,
        centreId: null,
        actorUserId: null,
        action: 'user.created',
        entity: 'user',
        entityId: created.id,
        after: { email, role: 'trust_admin', via: 'create-admin' },
      });
      return { ...created, trustName: trust.name };
    });
    stdout.write(`Created trust admin ${user.email} for ${user.trustName}.\n`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  const issues = (error as { issues?: Array<{ message: string }> }).issues;
  const message = issues
    ? issues.map((i) => i.message).join('; ')
    : error instanceof Error
      ? error.message
      : String(error);
  const duplicate = /users_email_key|duplicate key/.test(message)
    ? 'A user with that email already exists.'
    : message;
  process.stderr.write(`create-admin: ${duplicate}\n`);
  process.exit(1);
});
