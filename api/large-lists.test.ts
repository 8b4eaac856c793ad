import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import request from 'supertest';
import { LOOKUP_ID_LIMIT } from './http/filters';
import { COUNT_EXACT_UP_TO, SEARCH_COUNT_EXACT_UP_TO } from './resources/crud';
import { narrowingTail } from './resources/search-lookups';
import { startApiHarness, type ApiHarness } from '../tests/support/api-harness';
import { generateActivity } from '../tests/support/synthetic-activity';

/*
 * Calls and tickets grow without bound: their lists stop counting past COUNT_EXACT_UP_TO rows,
 * and their `q` search resolves organisation and contact names to ids first. Both must give the
 * panel the answers it had before, only faster.
 */

let h: ApiHarness;
const q = (filter: object) => encodeURIComponent(JSON.stringify(filter));

before(async () => {
  h = await startApiHarness();
  await generateActivity(h.db.prisma, {
    tag: 'big',
    from: new Date('2026-02-01T00:00:00Z'),
    to: new Date('2026-03-01T00:00:00Z'),
    calls: COUNT_EXACT_UP_TO + 500,
  });
  await h.db.prisma.$executeRawUnsafe('ANALYZE call_logs');
});
after(async () => {
  await h?.close();
});

test('an unfiltered list past the bound reports the table estimate and says it is not exact', async () => {
  const exact = await h.db.prisma.callLog.count();
  const response = await request(h.app).get('/calls?range=[0,24]').set(h.bearer('admin')).expect(200);
  assert.equal(response.headers['x-total-count-exact'], 'false');
  const total = Number(response.headers['x-total-count']);
  // ANALYZE just ran over the whole table: its estimate is the count.
  assert.equal(total, exact);
  assert.equal(response.body.length, 25);
});

test('a filtered list past the bound reports the bound as a lower limit', async () => {
  const response = await request(h.app)
    .get(`/calls?filter=${q({ status: 'completed' })}&range=[0,24]`)
    .set(h.bearer('admin'))
    .expect(200);
  assert.equal(response.headers['x-total-count-exact'], 'false');
  assert.equal(response.headers['x-total-count-more-than'], String(COUNT_EXACT_UP_TO));
  assert.equal(response.headers['content-range'], `calls 0-24/${COUNT_EXACT_UP_TO + 1}`);
});

test('a page past a capped total still lies within the total it reports', async () => {
  const skip = COUNT_EXACT_UP_TO + 100;
  const response = await request(h.app)
    .get(`/calls?filter=${q({ status: 'completed' })}&range=[${skip},${skip + 24}]`)
    .set(h.bearer('admin'))
    .expect(200);
  assert.equal(response.body.length, 25);
  assert.equal(response.headers['content-range'], `calls ${skip}-${skip + 24}/${skip + 25}`);
});

test('a list under the bound is counted exactly, with no estimate header', async () => {
  const [org] = await h.db.prisma.organization.findMany({ take: 1, orderBy: { id: 'asc' } });
  assert.ok(org);
  const exact = await h.db.prisma.callLog.count({ where: { organizationId: org.id } });
  assert.ok(exact > 0 && exact <= COUNT_EXACT_UP_TO, `organisation ${org.id} has ${exact} calls`);
  const response = await request(h.app)
    .get(`/calls?filter=${q({ organizationId: org.id })}&range=[0,9]`)
    .set(h.bearer('admin'))
    .expect(200);
  assert.equal(response.headers['x-total-count-exact'], undefined);
  assert.equal(Number(response.headers['x-total-count']), exact);
});

test('q finds calls by organisation name and contact surname, as the nested search did', async () => {
  const contact = await h.db.prisma.contact.findFirstOrThrow({ include: { organization: true } });
  await h.db.prisma.callLog.create({
    data: { callSid: 'CA-search-contact', contactId: contact.id, organizationId: null, status: 'completed' },
  });
  const term = contact.lastName.slice(1, -1).toUpperCase();
  const expected = await h.db.prisma.callLog.count({
    where: {
      OR: [
        { callSid: { contains: term, mode: 'insensitive' } },
        { callerPhone: { contains: term, mode: 'insensitive' } },
        { callSummary: { contains: term, mode: 'insensitive' } },
        { category: { contains: term, mode: 'insensitive' } },
        { organization: { name: { contains: term, mode: 'insensitive' } } },
        { contact: { lastName: { contains: term, mode: 'insensitive' } } },
      ],
    },
  });
  const response = await request(h.app)
    .get(`/calls?filter=${q({ q: term })}&range=[0,999]`)
    .set(h.bearer('admin'))
    .expect(200);
  assert.equal(Number(response.headers['x-total-count']), expected);
  assert.ok(response.body.some((call: { callSid: string }) => call.callSid === 'CA-search-contact'));
});

test('q over more matching organisations than the id list holds falls back to the nested search', async () => {
  await h.db.prisma.organization.createMany({
    data: Array.from({ length: LOOKUP_ID_LIMIT + 1 }, (_, i) => ({
      name: `Zebrafish Holdings ${i}`,
      ueCode: `ZF-${String(i).padStart(5, '0')}`,
    })),
  });
  const last = await h.db.prisma.organization.findFirstOrThrow({ where: { name: `Zebrafish Holdings ${LOOKUP_ID_LIMIT}` } });
  const open = await h.db.prisma.ticketStatus.findUniqueOrThrow({ where: { code: 'open' } });
  const low = await h.db.prisma.ticketPriority.findUniqueOrThrow({ where: { code: 'low' } });
  await h.db.prisma.supportTicket.create({
    data: { subject: 'Fish tank pump offline', organizationId: last.id, statusId: open.id, priorityId: low.id },
  });
  const response = await request(h.app)
    .get(`/tickets?filter=${q({ q: 'zebrafish' })}&range=[0,24]`)
    .set(h.bearer('admin'))
    .expect(200);
  assert.deepEqual(
    response.body.map((ticket: { subject: string }) => ticket.subject),
    ['Fish tank pump offline'],
  );
});

/** The calls a `q` of generated call SIDs must find, in the list's order (newest first). */
async function callsWithSid(term: string): Promise<number[]> {
  const rows = await h.db.prisma.callLog.findMany({
    where: { callSid: { contains: term, mode: 'insensitive' } },
    orderBy: [{ startedAt: 'desc' }, { id: 'desc' }],
    select: { id: true },
  });
  return rows.map((row) => row.id);
}

test('a search counts up to its own lower bound, and every page holds the rows ORDER BY … OFFSET gives', async () => {
  // 'CA-big-' is every generated call (1,500): the first pages come from one scan of the first
  // matches, later ones from the plain page plus a capped count. Both must agree with the database.
  const expected = await callsWithSid('CA-big-');
  assert.ok(expected.length > SEARCH_COUNT_EXACT_UP_TO * 2);
  for (const skip of [0, 25, 50, 75, 100, 125, 200]) {
    const response = await request(h.app)
      .get(`/calls?filter=${q({ q: 'ca-BIG-' })}&range=[${skip},${skip + 24}]&sort=["startedAt","DESC"]`)
      .set(h.bearer('admin'))
      .expect(200);
    const ids = response.body.map((call: { id: number }) => call.id);
    assert.deepEqual(ids, expected.slice(skip, skip + 25), `page at ${skip}`);
    assert.equal(response.headers['x-total-count-exact'], 'false', `page at ${skip}`);
    assert.equal(response.headers['x-total-count-more-than'], String(SEARCH_COUNT_EXACT_UP_TO), `page at ${skip}`);
    assert.equal(response.headers['content-range'], `calls ${skip}-${skip + 24}/${Math.max(SEARCH_COUNT_EXACT_UP_TO + 1, skip + 25)}`);
  }
});

test('a search under its bound is counted exactly, in the order asked for, past its last page too', async () => {
  const expected = await callsWithSid('CA-big-149');
  assert.ok(expected.length > 0 && expected.length <= SEARCH_COUNT_EXACT_UP_TO, `${expected.length} matches`);
  const oldestFirst = await request(h.app)
    .get(`/calls?filter=${q({ q: 'CA-big-149' })}&range=[0,24]&sort=["startedAt","ASC"]`)
    .set(h.bearer('admin'))
    .expect(200);
  assert.deepEqual(
    oldestFirst.body.map((call: { id: number }) => call.id),
    [...expected].reverse(),
  );
  assert.equal(oldestFirst.headers['x-total-count-exact'], undefined);
  assert.equal(oldestFirst.headers['x-total-count-more-than'], undefined);
  assert.equal(oldestFirst.headers['content-range'], `calls 0-${expected.length - 1}/${expected.length}`);
  const past = await request(h.app)
    .get(`/calls?filter=${q({ q: 'CA-big-149' })}&range=[50,74]`)
    .set(h.bearer('admin'))
    .expect(200);
  assert.deepEqual(past.body, []);
  assert.equal(past.headers['content-range'], `calls */${expected.length}`);
});

/** What `q` matched before any lookup: Prisma's own nested OR over the call and its relations. */
async function callsMatching(term: string): Promise<number[]> {
  const contains = { contains: term, mode: 'insensitive' as const };
  const rows = await h.db.prisma.callLog.findMany({
    where: {
      OR: [
        { callSid: contains },
        { callerPhone: contains },
        { callSummary: contains },
        { category: contains },
        { organization: { name: contains } },
        { contact: { lastName: contains } },
      ],
    },
    orderBy: { id: 'asc' },
    select: { id: true },
  });
  return rows.map((row) => row.id);
}

test('q by a phone fragment finds the calls the plain search finds, through the narrowing lookup or without it', async () => {
  assert.equal(narrowingTail('+1555001234'), '01234');
  assert.equal(narrowingTail('5550'), null, 'no longer than the tail');
  assert.equal(narrowingTail('+1555\\_0123'), null, 'a backslash could be cut from what it escapes');
  assert.equal(narrowingTail('+1555-0-12'), null, 'no trigram in the tail');
  await h.db.prisma.callLog.createMany({
    data: ['+15550012345', '+15550012346', '+16660012345', '+15550099999'].map((callerPhone, i) => ({
      callSid: `CA-phone-${i}`,
      callerPhone,
      status: 'completed' as const,
    })),
  });
  // Narrowed by '01234', then the whole term; `_` is a LIKE wildcard in Prisma's `contains` too.
  for (const term of ['+1555001234', '5550_12345', '0012345', '+1555', '5550-01', '99999']) {
    const expected = await callsMatching(term);
    const response = await request(h.app)
      .get(`/calls?filter=${q({ q: term })}&range=[0,99]&sort=["id","ASC"]`)
      .set(h.bearer('admin'))
      .expect(200);
    assert.deepEqual(
      response.body.map((call: { id: number }) => call.id),
      expected.slice(0, 100),
      term,
    );
  }
  assert.equal((await callsMatching('+1555001234')).length, 2);
});

test('a bad search term is a 400 before anything is looked up', async () => {
  const response = await request(h.app)
    .get(`/calls?filter=${q({ q: 'x'.repeat(201) })}`)
    .set(h.bearer('admin'))
    .expect(400);
  assert.equal(response.body.error.message, 'invalid filter "q"');
});
