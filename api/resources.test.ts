import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import request from 'supertest';
import { startApiHarness, type ApiHarness } from '../tests/support/api-harness';

let h: ApiHarness;
before(async () => {
  h = await startApiHarness();
});
after(() => h?.close());

const q = (value: unknown) => encodeURIComponent(JSON.stringify(value));

test('simple-rest list: Content-Range, sort, range and filter', async () => {
  const total = await h.db.prisma.organization.count();
  const response = await request(h.app)
    .get(`/organizations?sort=${q(['name', 'DESC'])}&range=${q([0, 1])}&filter=${q({})}`)
    .set(h.bearer('supervisor'))
    .expect(200);
  assert.equal(response.headers['content-range'], `organizations 0-1/${total}`);
  assert.match(response.headers['access-control-expose-headers'] ?? '', /Content-Range/);
  assert.equal(response.body.length, 2);
  const names = (await h.db.prisma.organization.findMany({ orderBy: { name: 'desc' }, take: 2 })).map((org) => org.name);
  assert.deepEqual(
    response.body.map((org: { name: string }) => org.name),
    names,
  );

  const second = await request(h.app)
    .get(`/organizations?sort=${q(['name', 'DESC'])}&range=${q([1, 1])}`)
    .set(h.bearer('agent'))
    .expect(200);
  assert.equal(second.body[0].name, names[1]);

  const org = await h.db.prisma.organization.findFirstOrThrow({ orderBy: { id: 'asc' } });
  const search = await request(h.app)
    .get(`/organizations?filter=${q({ q: org.ueCode.toLowerCase() })}`)
    .set(h.bearer('agent'))
    .expect(200);
  assert.deepEqual(
    search.body.map((row: { id: number }) => row.id),
    [org.id],
  );
});

test('simple-rest getMany via filter={"id":[…]} returns every requested id', async () => {
  const ids = (await h.db.prisma.contact.findMany({ take: 3, orderBy: { id: 'asc' } })).map((contact) => contact.id);
  const response = await request(h.app)
    .get(`/contacts?filter=${q({ id: ids })}`)
    .set(h.bearer('agent'))
    .expect(200);
  assert.deepEqual(response.body.map((row: { id: number }) => row.id).sort(), [...ids].sort());
});

test('tickets list: lookup-code filters and flattened display fields', async () => {
  const response = await request(h.app)
    .get(`/tickets?filter=${q({ status: ['open', 'assigned', 'in_progress'] })}&sort=${q(['priorityCode', 'DESC'])}`)
    .set(h.bearer('agent'))
    .expect(200);
  assert.ok(response.body.length > 0);
  for (const ticket of response.body) {
    assert.ok(['open', 'assigned', 'in_progress'].includes(ticket.statusCode));
    for (const field of ['organizationName', 'contactName', 'statusCode', 'priorityCode', 'agentName']) assert.ok(field in ticket, field);
  }
  const ranks = response.body.map((ticket: { priorityRank: number }) => ticket.priorityRank);
  assert.deepEqual(
    ranks,
    [...ranks].sort((a, b) => b - a),
  );
});

test('the seed plan plain style: /tickets?status=open&priority=high, /calls?page=1&status=completed', async () => {
  const openHigh = await request(h.app).get('/tickets?status=assigned,in_progress&priority=high').set(h.bearer('agent')).expect(200);
  const expected = await h.db.prisma.supportTicket.count({
    where: { status: { code: { in: ['assigned', 'in_progress'] } }, priority: { code: 'high' } },
  });
  assert.equal(openHigh.body.length, expected);
  assert.ok(expected > 0, 'the seed has high-priority work in flight');
  const literal = await request(h.app).get('/tickets?status=open&priority=high').set(h.bearer('agent')).expect(200);
  assert.ok(literal.body.every((t: { statusCode: string; priorityCode: string }) => t.statusCode === 'open' && t.priorityCode === 'high'));

  const completed = await h.db.prisma.callLog.count({ where: { status: 'completed' } });
  const page = await request(h.app).get('/calls?page=1&perPage=5&status=completed').set(h.bearer('agent')).expect(200);
  assert.equal(page.headers['content-range'], `calls 0-${Math.min(5, completed) - 1}/${completed}`);
  assert.ok(page.body.every((call: { status: string }) => call.status === 'completed'));
  assert.equal('transcript' in page.body[0], false, 'lists leave transcripts out');
  const started = page.body.map((call: { startedAt: string }) => call.startedAt);
  assert.deepEqual(started, [...started].sort().reverse(), 'newest first by default');
});

test('plain style: /devices?org=<id> and /organizations/:id/contacts', async () => {
  const org = await h.db.prisma.organization.findFirstOrThrow({ where: { devices: { some: {} } } });
  const devices = await request(h.app).get(`/devices?org=${org.id}`).set(h.bearer('agent')).expect(200);
  assert.equal(devices.body.length, await h.db.prisma.device.count({ where: { organizationId: org.id } }));
  assert.ok(devices.body.every((device: { organizationId: number }) => device.organizationId === org.id));

  const contacts = await request(h.app).get(`/organizations/${org.id}/contacts`).set(h.bearer('agent')).expect(200);
  const expected = await h.db.prisma.contact.count({ where: { organizationId: org.id } });
  assert.match(contacts.headers['content-range'] ?? '', new RegExp(`^contacts .*/${expected}$`));
  assert.ok(contacts.body.every((contact: { organizationName: string }) => contact.organizationName === org.name));
  await request(h.app).get('/organizations/999999/contacts').set(h.bearer('agent')).expect(404);
});

test('unknown sort fields and filters are 400s, not 500s', async () => {
  const sort = await request(h.app)
    .get(`/tickets?sort=${q(['passwordHash', 'ASC'])}`)
    .set(h.bearer('agent'))
    .expect(400);
  assert.equal(sort.body.error.code, 'VALIDATION');
  await request(h.app).get('/calls?sort=bogus').set(h.bearer('agent')).expect(400);
  await request(h.app)
    .get(`/tickets?filter=${q({ nope: 1 })}`)
    .set(h.bearer('agent'))
    .expect(400);
  await request(h.app).get('/tickets?status=not-a-status').set(h.bearer('agent')).expect(400);
  await request(h.app).get('/tickets?range=[5,1]').set(h.bearer('agent')).expect(400);
  await request(h.app).get('/tickets?filter={broken').set(h.bearer('agent')).expect(400);
});

test('malformed ids are 400, unknown ids 404', async () => {
  await request(h.app).get('/tickets/abc').set(h.bearer('agent')).expect(400);
  await request(h.app).get('/calls/1.5').set(h.bearer('agent')).expect(400);
  await request(h.app).get('/contacts/99999999999').set(h.bearer('agent')).expect(400);
  const missing = await request(h.app).get('/tickets/424242').set(h.bearer('agent')).expect(404);
  assert.equal(missing.body.error.code, 'NOT_FOUND');
  await request(h.app).put('/organizations/424242').set(h.bearer('admin')).send({ name: 'X' }).expect(404);
});

test('getOne embeds details: a call has its transcript, a ticket its messages', async () => {
  const call = await h.db.prisma.callLog.findFirstOrThrow({ where: { interactions: { some: {} } } });
  const response = await request(h.app).get(`/calls/${call.id}`).set(h.bearer('agent')).expect(200);
  assert.ok(Array.isArray(response.body.transcript) && response.body.transcript.length > 0);
  assert.ok(response.body.transcript.some((line: { role: string }) => line.role === 'caller'));
  assert.ok(response.body.transcript.every((line: { text: string }) => !line.text.startsWith('[unreadable')));
  assert.ok(response.body.interactions.length > 0);
  assert.equal(typeof response.body.usage.aiCostUsd, 'number');
  const ticket = await h.db.prisma.supportTicket.findFirstOrThrow({ where: { messages: { some: {} } } });
  const detail = await request(h.app).get(`/tickets/${ticket.id}`).set(h.bearer('agent')).expect(200);
  assert.ok(detail.body.messages.length > 0);
  assert.ok(Array.isArray(detail.body.escalations));
});

test('create, update (react-admin sends the whole record back) and delete a contact', async () => {
  const org = await h.db.prisma.organization.findFirstOrThrow();
  const created = await request(h.app)
    .post('/contacts')
    .set(h.bearer('supervisor'))
    .send({ organizationId: org.id, firstName: 'Ada', lastName: 'Lovelace', phone: '+15555550999', email: 'ADA@example.com' })
    .expect(201);
  assert.equal(created.body.email, 'ada@example.com');
  assert.equal(created.body.organizationName, org.name);
  const updated = await request(h.app)
    .put(`/contacts/${created.body.id}`)
    .set(h.bearer('supervisor'))
    .send({ ...created.body, title: 'Analyst', email: '' })
    .expect(200);
  assert.equal(updated.body.title, 'Analyst');
  assert.equal(updated.body.email, null);
  await request(h.app).delete(`/contacts/${created.body.id}`).set(h.bearer('supervisor')).expect(200);
  assert.equal(await h.db.prisma.contact.count({ where: { id: created.body.id } }), 0);
});

test('malformed bodies are 400 with zod details and write nothing', async () => {
  const before = await h.db.prisma.contact.count();
  const response = await request(h.app).post('/contacts').set(h.bearer('admin')).send({ firstName: '', phone: '555' }).expect(400);
  assert.equal(response.body.error.code, 'VALIDATION');
  const paths = response.body.error.details.map((detail: { path: string }) => detail.path);
  for (const path of ['organizationId', 'firstName', 'lastName', 'phone']) assert.ok(paths.includes(path), path);
  await request(h.app).post('/contacts').set(h.bearer('admin')).set('Content-Type', 'application/json').send('{"not json').expect(400);
  const missingOrg = await request(h.app)
    .post('/contacts')
    .set(h.bearer('admin'))
    .send({ organizationId: 424242, firstName: 'A', lastName: 'B', phone: '+15555550998' })
    .expect(400);
  assert.equal(missingOrg.body.error.code, 'VALIDATION');
  assert.equal(await h.db.prisma.contact.count(), before);

  const article = await h.db.prisma.kbArticle.findFirstOrThrow();
  await request(h.app).put(`/kb-articles/${article.id}`).set(h.bearer('admin')).send({ steps: [] }).expect(400);
  const unchanged = await h.db.prisma.kbArticle.findUniqueOrThrow({ where: { id: article.id } });
  assert.deepEqual(unchanged.steps, article.steps);
});

test('kb-articles: steps are an editable array; duplicates are 409', async () => {
  const article = await h.db.prisma.kbArticle.findFirstOrThrow();
  const steps = ['Turn it off.', 'Turn it on again.'];
  const response = await request(h.app)
    .put(`/kb-articles/${article.id}`)
    .set(h.bearer('supervisor'))
    .send({ steps, keywords: ['Reboot', 'reboot'] })
    .expect(200);
  assert.deepEqual(response.body.steps, steps);
  assert.deepEqual(response.body.keywords, ['reboot']);
  const other = await h.db.prisma.kbArticle.findFirstOrThrow({ where: { id: { not: article.id } } });
  await request(h.app).put(`/kb-articles/${other.id}`).set(h.bearer('supervisor')).send({ slug: article.slug }).expect(409);
});

test('GET /dashboard/overview summarises calls and tickets', async () => {
  const response = await request(h.app).get('/dashboard/overview').set(h.bearer('agent')).expect(200);
  const body = response.body;
  assert.equal(
    body.tickets.open,
    await h.db.prisma.supportTicket.count({ where: { status: { code: { notIn: ['resolved', 'closed'] } } } }),
  );
  const byPriority = Object.values(body.tickets.openByPriority as Record<string, number>).reduce((sum, count) => sum + count, 0);
  assert.equal(byPriority, body.tickets.open);
  assert.equal(body.callsPerDay.length, 7);
  assert.ok(body.recentCalls.length > 0 && body.recentCalls.length <= 10);
  for (const key of ['today', 'last7Days', 'avgDurationSeconds', 'aiResolutionRate']) assert.ok(key in body.calls, key);
  for (const key of ['positive', 'neutral', 'negative', 'unknown']) assert.equal(typeof body.sentiment[key], 'number');
});

test('every editable record round-trips: what GET returns, PUT accepts unchanged (react-admin edit)', async () => {
  for (const resource of ['organizations', 'contacts', 'locations', 'devices', 'support-agents', 'kb-articles', 'sla-policies']) {
    const list = await request(h.app).get(`/${resource}?range=[0,4]`).set(h.bearer('admin')).expect(200);
    for (const record of list.body) {
      const one = await request(h.app).get(`/${resource}/${record.id}`).set(h.bearer('admin')).expect(200);
      const put = await request(h.app).put(`/${resource}/${record.id}`).set(h.bearer('admin')).send(one.body);
      assert.equal(put.status, 200, `${resource}/${record.id}: ${JSON.stringify(put.body)}`);
    }
  }
});
