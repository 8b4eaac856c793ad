import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { verify } from '@node-rs/argon2';
import { createTestDatabase, type TestDatabase } from '../tests/support/database';
import { seed, type SeedSummary } from './seed';
import * as D from './seed-data';
import { parseConfig } from '../domain/config';
import { demoLogins, panelLogins } from './seed-logins';
import { KB_ARTICLES, REQUIRED_KB_SLUGS } from './seed-kb';

/**
 * The demo seed on a scratch database built from prisma/migrations (tests/support/database
 * clones a migrated template): it must fill every table, and a second run must change nothing.
 */

interface TableState {
  rows: number;
  /** md5 over every row's text form, in a stable order: any changed value changes it. */
  fingerprint: string;
}

async function snapshot(db: TestDatabase): Promise<Map<string, TableState>> {
  const tables = await db.prisma.$queryRawUnsafe<Array<{ table_name: string }>>(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY table_name",
  );
  const state = new Map<string, TableState>();
  for (const { table_name: table } of tables) {
    const [row] = await db.prisma.$queryRawUnsafe<Array<{ rows: number; fingerprint: string }>>(
      `SELECT count(*)::int AS rows, coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS fingerprint FROM "${table}" t`,
    );
    assert.ok(row, `no answer for ${table}`);
    state.set(table, row);
  }
  return state;
}

let db: TestDatabase;
let first: SeedSummary;
let afterFirst: Map<string, TableState>;

before(async () => {
  db = await createTestDatabase();
  first = await seed(db.prisma);
  afterFirst = await snapshot(db);
});

after(async () => {
  await db?.drop();
});

/** Ledgers the running system keeps for itself; there is nothing to demonstrate in them. */
const OPERATIONAL_TABLES = new Set(['external_actions', 'events']);

test('the first run fills every table of the data model', () => {
  assert.ok(first.totalCreated > 0);
  const empty = [...afterFirst].filter(([table, state]) => state.rows === 0 && !OPERATIONAL_TABLES.has(table)).map(([table]) => table);
  assert.deepEqual(empty, [], 'tables the seed left empty');
  assert.ok(afterFirst.size >= 31, `expected at least 31 tables, found ${afterFirst.size}`);
});

test('a second run creates nothing and changes nothing', async () => {
  const second = await seed(db.prisma, { logins: demoLogins({ admin: 'a-different-password', supervisor: 'another-one' }) });
  assert.equal(second.totalCreated, 0);
  assert.equal(second.linkedCalls, 0);
  const afterSecond = await snapshot(db);
  assert.deepEqual([...afterSecond.keys()], [...afterFirst.keys()]);
  for (const [table, state] of afterFirst) {
    assert.equal(afterSecond.get(table)?.rows, state.rows, `row count of ${table}`);
    assert.equal(afterSecond.get(table)?.fingerprint, state.fingerprint, `contents of ${table}`);
  }
});

test('panel logins exist with argon2 hashes of the default passwords, never re-hashed', async () => {
  const admin = await db.prisma.user.findUniqueOrThrow({ where: { email: D.DEFAULT_ADMIN_EMAIL } });
  const supervisor = await db.prisma.user.findUniqueOrThrow({ where: { email: D.DEFAULT_SUPERVISOR_EMAIL } });
  assert.equal(admin.role, 'admin');
  assert.equal(supervisor.role, 'supervisor');
  assert.match(admin.passwordHash, /^\$argon2id\$/);
  // The re-run above passed other passwords: the original hashes must still be in place.
  assert.ok(await verify(admin.passwordHash, D.DEFAULT_ADMIN_PASSWORD));
  assert.ok(await verify(supervisor.passwordHash, D.DEFAULT_SUPERVISOR_PASSWORD));
});

test('every required KB article exists with 4–8 read-aloud steps', async () => {
  const articles = await db.prisma.kbArticle.findMany({ where: { slug: { in: [...REQUIRED_KB_SLUGS] } } });
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  for (const slug of REQUIRED_KB_SLUGS) {
    const article = bySlug.get(slug);
    assert.ok(article, `missing KB article ${slug}`);
    assert.ok(article.steps.length >= 4 && article.steps.length <= 8, `${slug}: ${article.steps.length} steps`);
    assert.ok(article.keywords.length >= 8, `${slug}: too few keywords`);
    assert.ok(article.symptoms.length >= 3, `${slug}: too few symptoms`);
    assert.ok(article.escalateWhen.length > 20, `${slug}: escalateWhen`);
    assert.ok(article.body.includes('## Steps'), `${slug}: body`);
  }
});

test('KB data is phone-friendly: short single-sentence steps, lower-case keywords, no duplicates', () => {
  assert.deepEqual(KB_ARTICLES.map((a) => a.slug).sort(), [...REQUIRED_KB_SLUGS].sort());
  for (const article of KB_ARTICLES) {
    for (const step of article.steps) {
      assert.ok(step.length <= 140, `${article.slug}: step too long to read aloud: ${step}`);
      assert.match(step, /^[A-Z].*[.?]$/, `${article.slug}: a step is one sentence: ${step}`);
    }
    for (const keyword of article.keywords) assert.equal(keyword, keyword.toLowerCase(), `${article.slug}: ${keyword}`);
    assert.equal(new Set(article.keywords).size, article.keywords.length, `${article.slug}: duplicate keyword`);
  }
});

test('organisations, contacts and devices look like the demo promises', async () => {
  const orgs = await db.prisma.organization.findMany({ include: { contacts: true, slaPolicies: true } });
  assert.ok(orgs.length >= 5 && orgs.length <= 6);
  for (const org of orgs) {
    assert.match(org.ueCode, /^UE-\d{4}$/);
    assert.ok(org.contacts.length >= 3 && org.contacts.length <= 6, `${org.ueCode}: ${org.contacts.length} contacts`);
    for (const contact of org.contacts) assert.match(contact.phone, /^\+1555\d{7}$/);
  }
  const vips = orgs.filter((o) => o.isVip);
  assert.equal(vips.length, 1);
  const vip = vips[0];
  assert.ok(vip);
  assert.notEqual(vip.timezone, 'America/New_York');
  assert.ok(vip.businessCalendar !== null);
  assert.equal(vip.slaPolicies.length, 4, 'VIP overrides for every priority');
  assert.ok((await db.prisma.device.count()) >= 40);
  const defaults = await db.prisma.slaPolicy.findMany({ where: { organizationId: null }, include: { priority: true } });
  const byPriority = new Map(defaults.map((p) => [p.priority.code, p]));
  assert.equal(defaults.length, 4);
  assert.deepEqual(
    [
      byPriority.get('critical')?.firstResponseMinutes,
      byPriority.get('critical')?.resolutionMinutes,
      byPriority.get('critical')?.businessHoursOnly,
    ],
    [15, 240, false],
  );
  assert.deepEqual([byPriority.get('high')?.firstResponseMinutes, byPriority.get('high')?.resolutionMinutes], [30, 480]);
  assert.deepEqual([byPriority.get('medium')?.firstResponseMinutes, byPriority.get('medium')?.resolutionMinutes], [120, 1440]);
  assert.deepEqual([byPriority.get('low')?.firstResponseMinutes, byPriority.get('low')?.resolutionMinutes], [480, 2400]);
});

test('one bot per catalog agent and the human team', async () => {
  const agents = await db.prisma.supportAgent.findMany();
  const bots = new Set(agents.filter((a) => a.kind === 'bot').map((a) => a.specialty));
  assert.deepEqual([...bots].sort(), [...D.BOT_AGENT_KEYS].sort());
  const humans = agents.filter((a) => a.kind === 'human');
  assert.equal(humans.length, 4);
  assert.ok(humans.some((h) => h.role === 'supervisor'));
  assert.ok(humans.some((h) => h.role === 'on_call' && h.isOnCall));
});

test('history is fixed to the reference date, not the clock', async () => {
  const reference = new Date(D.SEED_REFERENCE_DATE);
  const latestCall = await db.prisma.callLog.findFirstOrThrow({ orderBy: { startedAt: 'desc' } });
  const latestTicket = await db.prisma.supportTicket.findFirstOrThrow({ orderBy: { createdAt: 'desc' } });
  assert.ok(latestCall.startedAt < reference);
  assert.ok(latestTicket.createdAt < reference);
  const linked = await db.prisma.callLog.count({ where: { ticketId: { not: null } } });
  assert.equal(linked, D.CALLS.filter((c) => c.ticketKey !== null).length);
});

test('a default SLA policy cannot be duplicated (NULLS NOT DISTINCT)', async () => {
  const policy = await db.prisma.slaPolicy.findFirstOrThrow({ where: { organizationId: null } });
  await assert.rejects(
    db.prisma.slaPolicy.create({
      data: {
        name: 'duplicate default',
        priorityId: policy.priorityId,
        organizationId: null,
        firstResponseMinutes: 1,
        resolutionMinutes: 2,
      },
    }),
    (error: unknown) => error instanceof Error && /Unique constraint/i.test(error.message),
  );
});

test('production seeds no demo login: only the first admin from ADMIN_EMAIL/ADMIN_PASSWORD, when set', async () => {
  const production = {
    NODE_ENV: 'production',
    JWT_SECRET: 'k4Jx9q2LrT7vWm3ZpA8sDf6GhY1nBc5E',
    TWILIO_AUTH_TOKEN: 'a-real-twilio-auth-token',
    PUBLIC_VOICE_URL: 'https://voice.example.com',
    TEMPORAL_PAYLOAD_KEYS: 'prod-1:q83vEjY7bXo3ZqkPj0Ihk6JXxXcKZzH5XH1o2gmhVAY=',
  };
  const fresh = await createTestDatabase();
  try {
    await seed(fresh.prisma, { logins: panelLogins(parseConfig(production)) });
    assert.equal(await fresh.prisma.user.count(), 0, 'no demo logins in production');
    assert.ok((await fresh.prisma.supportTicket.count()) > 0, 'the rest of the seed still ran');

    const config = parseConfig({ ...production, ADMIN_EMAIL: 'Ops@Example.com', ADMIN_PASSWORD: 'correct horse battery staple' });
    await seed(fresh.prisma, { logins: panelLogins(config) });
    const users = await fresh.prisma.user.findMany();
    assert.deepEqual(
      users.map((u) => [u.email, u.role]),
      [['ops@example.com', 'admin']],
    );
    assert.ok(await verify(users[0]?.passwordHash ?? '', 'correct horse battery staple'));
  } finally {
    await fresh.drop();
  }
});
