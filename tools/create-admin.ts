import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { hash } from '@node-rs/argon2';
import { config as loadDotenv } from 'dotenv';
import { ZAdminAccount, type AdminAccount } from '../domain/admin-account';
import type { Config } from '../domain/config';
import { loadConfigOrExit } from '../infra/load-config';
import { databaseAnswers, embeddedDatabaseUrl, provideDatabase, type DatabaseHandle } from '../infra/postgres';
import { generateClient, migrateDeployIfPending } from '../infra/prisma-cli';

const USAGE = `Usage: npm run create-admin -- [--email <address>] [--password <password>] [--name <name>]

Creates an administrator login for the panel (production seeds no demo logins).
Missing values come from ADMIN_EMAIL / ADMIN_PASSWORD, else are asked for.
The password needs at least 12 characters. The database is DATABASE_URL's, else npm start's embedded one.`;

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** One line per problem, then exit 1. */
function fail(...problems: string[]): never {
  for (const problem of problems) process.stderr.write(`create-admin: ${problem}\n`);
  process.exit(1);
}

/** Reads one line from the terminal; with `hidden`, what is typed is not echoed. */
async function ask(question: string, hidden = false): Promise<string> {
  let echo = true;
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (echo) process.stdout.write(chunk);
      done();
    },
  });
  const terminal = createInterface({ input: process.stdin, output, terminal: true });
  try {
    const answer = terminal.question(question); // writes the question now…
    echo = !hidden; // …and, when hidden, nothing of what is typed
    return await answer;
  } finally {
    terminal.close();
    if (hidden) process.stdout.write('\n');
  }
}

/** Flags first, then ADMIN_EMAIL/ADMIN_PASSWORD, then (on a terminal) questions. */
async function credentials(config: Config): Promise<AdminAccount> {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, password: { type: 'string' }, name: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const interactive = process.stdin.isTTY === true;
  const email = values.email ?? config.ADMIN_EMAIL ?? (interactive ? await ask('e-mail: ') : undefined);
  const password =
    values.password ?? config.ADMIN_PASSWORD ?? (interactive ? await ask('password (at least 12 characters): ', true) : undefined);
  if (email === undefined || password === undefined) {
    console.error(USAGE);
    fail('give --email and --password (or ADMIN_EMAIL and ADMIN_PASSWORD), or run it on a terminal to be asked');
  }
  const parsed = ZAdminAccount.safeParse({ email, password, name: values.name });
  if (!parsed.success) fail(...parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  return parsed.data;
}

/** DATABASE_URL's server, or npm start's embedded PostgreSQL: the running one, else started for this command. */
async function openDatabase(config: Config): Promise<DatabaseHandle> {
  const embeddedUrl = embeddedDatabaseUrl(config.EMBEDDED_PG_PORT);
  if (!config.DATABASE_URL && (await databaseAnswers(embeddedUrl)))
    return { url: embeddedUrl, embedded: true, stop: async () => undefined };
  const dataDir = path.resolve(repoRoot, config.DATA_DIR);
  return provideDatabase({ databaseUrl: config.DATABASE_URL, dataDir, embeddedPort: config.EMBEDDED_PG_PORT });
}

async function createAdmin(databaseUrl: string, account: AdminAccount): Promise<void> {
  // Imported here: on a fresh clone the client is generated a moment earlier.
  const { createPrisma } = await import('../infra/db');
  const prisma = createPrisma(databaseUrl, { max: 1 });
  try {
    const existing = await prisma.user.findFirst({ where: { email: { equals: account.email, mode: 'insensitive' } } });
    if (existing) fail(`${account.email} already has a login (role ${existing.role}); change its password in the panel`);
    const passwordHash = await hash(account.password);
    await prisma.user.create({ data: { email: account.email, name: account.name, role: 'admin', passwordHash } });
  } finally {
    await prisma.$disconnect();
  }
}

loadDotenv({ path: path.join(repoRoot, '.env'), quiet: true });
const config = loadConfigOrExit('create-admin');
const account = await credentials(config);
await generateClient();
const database = await openDatabase(config);
try {
  await migrateDeployIfPending(database.url);
  await createAdmin(database.url, account);
  console.log(`created the administrator ${account.email}; log in at http://127.0.0.1:${config.API_PORT}/`);
} finally {
  await database.stop();
}
