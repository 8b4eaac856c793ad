import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import request from 'supertest';
import { parseConfig } from '../domain/config';
import { startApiHarness, testConfig, type ApiHarness } from '../tests/support/api-harness';

let h: ApiHarness;
before(async () => {
  h = await startApiHarness();
});
after(() => h?.close());

const q = (value: unknown) => encodeURIComponent(JSON.stringify(value));

test('GET /config/panel tells the panel where the Temporal Web UI is; TEMPORAL_UI_URL overrides the local default', async () => {
  await request(h.app).get('/config/panel').expect(401);
  const local = await request(h.app).get('/config/panel').set(h.bearer('agent')).expect(200);
  assert.deepEqual(local.body, { temporalUi: { baseUrl: 'http://127.0.0.1:8233', namespace: 'default' } });

  const config = { ...testConfig(), TEMPORAL_UI_URL: 'https://temporal.example.com/', TEMPORAL_NAMESPACE: 'urackit-prod' };
  const behindProxy = await request(h.makeApp({ config })).get('/config/panel').set(h.bearer('agent')).expect(200);
  assert.deepEqual(behindProxy.body, { temporalUi: { baseUrl: 'https://temporal.example.com', namespace: 'urackit-prod' } });
  assert.throws(() => parseConfig({ TEMPORAL_UI_URL: 'javascript:alert(1)' }), /TEMPORAL_UI_URL/);
});

test('account managers: supervisors create and edit them, organisations point at them, agents only read', async () => {
  const body = { name: 'Rosa Quint', email: 'Rosa.Quint@urackit.local', phone: '+15555550177' };
  await request(h.app).post('/account-managers').set(h.bearer('agent')).send(body).expect(403);
  const created = await request(h.app).post('/account-managers').set(h.bearer('supervisor')).send(body).expect(201);
  assert.equal(created.body.email, 'rosa.quint@urackit.local');
  assert.equal(created.body.organizationCount, 0);
  await request(h.app).post('/account-managers').set(h.bearer('supervisor')).send(body).expect(409);

  const org = await h.db.prisma.organization.findFirstOrThrow({ orderBy: { id: 'asc' } });
  const moved = await request(h.app)
    .put(`/organizations/${org.id}`)
    .set(h.bearer('supervisor'))
    .send({ accountManagerId: created.body.id })
    .expect(200);
  assert.equal(moved.body.accountManagerName, 'Rosa Quint');
  const listed = await request(h.app)
    .get(`/account-managers?filter=${q({ q: 'quint' })}`)
    .set(h.bearer('agent'))
    .expect(200);
  assert.deepEqual(
    listed.body.map((manager: { id: number; organizationCount: number }) => [manager.id, manager.organizationCount]),
    [[created.body.id, 1]],
  );

  await request(h.app).delete(`/account-managers/${created.body.id}`).set(h.bearer('supervisor')).expect(200);
  const orphan = await request(h.app).get(`/organizations/${org.id}`).set(h.bearer('agent')).expect(200);
  assert.equal(orphan.body.accountManagerName, null, 'the organisation stays, without a manager');
});

test('domains: names are normalised, unique, listed per organisation', async () => {
  const org = await h.db.prisma.organization.findFirstOrThrow({ orderBy: { id: 'desc' } });
  const created = await request(h.app)
    .post('/domains')
    .set(h.bearer('supervisor'))
    .send({ organizationId: org.id, name: ' Mail.Example.COM. ', registrar: 'Gandi', expiresAt: '2031-04-01' })
    .expect(201);
  assert.equal(created.body.name, 'mail.example.com');
  assert.equal(created.body.organizationName, org.name);
  assert.equal(created.body.expiresAt, '2031-04-01T00:00:00.000Z');
  await request(h.app).post('/domains').set(h.bearer('supervisor')).send({ organizationId: org.id, name: 'mail.example.com' }).expect(409);
  const bad = await request(h.app)
    .post('/domains')
    .set(h.bearer('supervisor'))
    .send({ organizationId: org.id, name: 'not a domain' })
    .expect(400);
  assert.equal(bad.body.error.details[0].path, 'name');

  const ofOrg = await request(h.app).get(`/organizations/${org.id}/domains`).set(h.bearer('agent')).expect(200);
  const names = ofOrg.body.map((domain: { name: string }) => domain.name);
  assert.ok(names.includes('mail.example.com'));
  assert.equal(names.length, await h.db.prisma.domain.count({ where: { organizationId: org.id } }));

  const edited = await request(h.app)
    .put(`/domains/${created.body.id}`)
    .set(h.bearer('supervisor'))
    .send({ ...created.body, registrar: '', emailProvider: 'Microsoft 365' })
    .expect(200);
  assert.deepEqual([edited.body.registrar, edited.body.emailProvider], [null, 'Microsoft 365']);
  await request(h.app).delete(`/domains/${created.body.id}`).set(h.bearer('agent')).expect(403);
  await request(h.app).delete(`/domains/${created.body.id}`).set(h.bearer('supervisor')).expect(200);
});

test("contact–device links: only within the contact's organisation, once per pair, the primary flag editable", async () => {
  const contact = await h.db.prisma.contact.findFirstOrThrow({
    where: { organization: { devices: { some: {} } } },
    orderBy: { id: 'asc' },
  });
  const linked = new Set((await h.db.prisma.contactDevice.findMany({ where: { contactId: contact.id } })).map((link) => link.deviceId));
  const device = await h.db.prisma.device.findFirstOrThrow({
    where: { organizationId: contact.organizationId, id: { notIn: [...linked] } },
  });
  const foreign = await h.db.prisma.device.findFirstOrThrow({ where: { organizationId: { not: contact.organizationId } } });

  const created = await request(h.app)
    .post('/contact-devices')
    .set(h.bearer('supervisor'))
    .send({ contactId: contact.id, deviceId: device.id })
    .expect(201);
  assert.equal(created.body.contactName, `${contact.firstName} ${contact.lastName}`);
  assert.equal(created.body.deviceName, device.hostname ?? device.serialNumber);
  assert.equal(created.body.isPrimary, false);
  await request(h.app)
    .post('/contact-devices')
    .set(h.bearer('supervisor'))
    .send({ contactId: contact.id, deviceId: device.id })
    .expect(409);
  const elsewhere = await request(h.app)
    .post('/contact-devices')
    .set(h.bearer('supervisor'))
    .send({ contactId: contact.id, deviceId: foreign.id })
    .expect(400);
  assert.match(elsewhere.body.error.message, /another organization/);
  await request(h.app).post('/contact-devices').set(h.bearer('agent')).send({ contactId: contact.id, deviceId: device.id }).expect(403);

  const mine = await request(h.app)
    .get(`/contact-devices?filter=${q({ contactId: contact.id })}`)
    .set(h.bearer('agent'))
    .expect(200);
  assert.equal(mine.body.length, linked.size + 1);
  // react-admin sends the whole record back; the ends of a link stay as they are.
  const updated = await request(h.app)
    .put(`/contact-devices/${created.body.id}`)
    .set(h.bearer('supervisor'))
    .send({ ...created.body, isPrimary: true, deviceId: foreign.id })
    .expect(200);
  assert.deepEqual([updated.body.isPrimary, updated.body.deviceId], [true, device.id]);
  await request(h.app).delete(`/contact-devices/${created.body.id}`).set(h.bearer('supervisor')).expect(200);
  assert.equal(await h.db.prisma.contactDevice.count({ where: { id: created.body.id } }), 0);
});

test("a caller's history: calls by the same phone or contact, before a given call, with their outcome", async () => {
  const [busiest] = await h.db.prisma.callLog.groupBy({
    by: ['contactId'],
    where: { contactId: { not: null } },
    _count: { _all: true },
    orderBy: { _count: { contactId: 'desc' } },
    take: 1,
  });
  const contact = await h.db.prisma.contact.findUniqueOrThrow({ where: { id: busiest?.contactId ?? 0 } });
  const latest = await h.db.prisma.callLog.findFirstOrThrow({ where: { contactId: contact.id }, orderBy: { startedAt: 'desc' } });
  const filter = { caller: { phone: contact.phone, contactId: contact.id }, startedAt_lt: latest.startedAt.toISOString() };
  const response = await request(h.app)
    .get(`/calls?filter=${q(filter)}&sort=${q(['startedAt', 'DESC'])}&range=${q([0, 99])}`)
    .set(h.bearer('agent'))
    .expect(200);
  const expected = await h.db.prisma.callLog.findMany({
    where: { OR: [{ callerPhone: contact.phone }, { contactId: contact.id }], startedAt: { lt: latest.startedAt } },
    include: { analysis: true },
    orderBy: { startedAt: 'desc' },
    take: 100,
  });
  assert.ok(expected.length > 0 && expected.some((call) => call.analysis), 'the seed gives this caller an analysed history');
  assert.deepEqual(
    response.body.map((call: { id: number; outcome: string | null }) => [call.id, call.outcome]),
    expected.map((call) => [call.id, call.analysis?.resolutionStatus ?? null]),
  );
  assert.ok(!response.body.some((call: { id: number }) => call.id === latest.id), 'the call itself is not its own history');
  await request(h.app)
    .get(`/calls?filter=${q({ caller: {} })}`)
    .set(h.bearer('agent'))
    .expect(400);
});

test('support agents can be filtered to those who can be dialled', async () => {
  const response = await request(h.app)
    .get(`/support-agents?filter=${q({ kind: 'human', active: true, hasPhone: true })}&range=${q([0, 99])}`)
    .set(h.bearer('supervisor'))
    .expect(200);
  const expected = await h.db.prisma.supportAgent.count({ where: { kind: 'human', active: true, phone: { not: null } } });
  assert.ok(expected > 0, 'the seed has technicians with a phone');
  assert.equal(response.body.length, expected);
  assert.ok(response.body.every((agent: { phone: string | null }) => agent.phone));
});

test('the new editable records round-trip: what GET returns, PUT accepts unchanged (react-admin edit)', async () => {
  for (const resource of ['account-managers', 'domains', 'contact-devices']) {
    const list = await request(h.app).get(`/${resource}?range=[0,2]`).set(h.bearer('admin')).expect(200);
    assert.ok(list.body.length > 0, `the seed has ${resource}`);
    for (const record of list.body) {
      const one = await request(h.app).get(`/${resource}/${record.id}`).set(h.bearer('admin')).expect(200);
      const put = await request(h.app).put(`/${resource}/${record.id}`).set(h.bearer('admin')).send(one.body);
      assert.equal(put.status, 200, `${resource}/${record.id}: ${JSON.stringify(put.body)}`);
    }
  }
});
