import assert from 'node:assert/strict';
import { after, before, beforeEach, test } from 'node:test';
import request from 'supertest';
import { AppError } from './errors';
import { startApiHarness, type ApiHarness } from '../tests/support/api-harness';

let h: ApiHarness;
let ticketId: number;
before(async () => {
  h = await startApiHarness();
  ticketId = (await h.db.prisma.supportTicket.findFirstOrThrow({ where: { status: { code: 'open' } } })).id;
});
beforeEach(() => h.commands.reset());
after(() => h?.close());

test('POST /tickets/:id/assign hands the validated body and the actor to the port', async () => {
  const agent = await h.db.prisma.supportAgent.findFirstOrThrow({ where: { kind: 'human', active: true } });
  const response = await request(h.app)
    .post(`/tickets/${ticketId}/assign`)
    .set(h.bearer('supervisor'))
    .send({ agentId: String(agent.id), extra: 'dropped' })
    .expect(200);
  assert.equal(response.body.id, ticketId);
  assert.equal(h.commands.calls.length, 1);
  const [call] = h.commands.calls;
  assert.equal(call?.method, 'assign');
  assert.equal(call?.ticketId, ticketId);
  assert.deepEqual(call?.input, { agentId: agent.id });
  assert.equal(call?.actor.email, 'supervisor@urackit.local');
  assert.equal(call?.actor.role, 'supervisor');
});

test('every action route maps to its port method with parsed input', async () => {
  const cases: Array<[string, object, string, object]> = [
    ['escalate', { reason: '  Caller is the CEO  ' }, 'escalate', { reason: 'Caller is the CEO' }],
    ['messages', { body: 'We are on it' }, 'addMessage', { body: 'We are on it', visibility: 'public' }],
    ['priority', { priority: 'critical' }, 'changePriority', { priority: 'critical' }],
    ['status', { status: 'waiting_on_customer' }, 'changeStatus', { status: 'waiting_on_customer' }],
    ['resolve', { resolution: 'Replaced the toner' }, 'resolve', { resolution: 'Replaced the toner' }],
    ['reopen', {}, 'reopen', {}],
    ['close', { note: 'Confirmed by caller' }, 'close', { note: 'Confirmed by caller' }],
  ];
  for (const [path, body, method, input] of cases) {
    h.commands.reset();
    await request(h.app).post(`/tickets/${ticketId}/${path}`).set(h.bearer('agent')).send(body).expect(200);
    assert.equal(h.commands.calls[0]?.method, method, path);
    assert.deepEqual(h.commands.calls[0]?.input, input, path);
  }
});

test('invalid action bodies are 400 and never reach the port', async () => {
  await request(h.app).post(`/tickets/${ticketId}/assign`).set(h.bearer('agent')).send({}).expect(400);
  await request(h.app).post(`/tickets/${ticketId}/assign`).set(h.bearer('agent')).send({ agentId: 'seven' }).expect(400);
  const unknownAgent = await request(h.app)
    .post(`/tickets/${ticketId}/assign`)
    .set(h.bearer('agent'))
    .send({ agentId: 424242 })
    .expect(400);
  assert.match(unknownAgent.body.error.message, /agent 424242/);
  await request(h.app).post(`/tickets/${ticketId}/escalate`).set(h.bearer('agent')).send({ reason: '' }).expect(400);
  await request(h.app).post(`/tickets/${ticketId}/priority`).set(h.bearer('agent')).send({ priority: 'urgent' }).expect(400);
  await request(h.app).post(`/tickets/${ticketId}/status`).set(h.bearer('agent')).send({ status: 'closed' }).expect(400);
  await request(h.app).post(`/tickets/${ticketId}/resolve`).set(h.bearer('agent')).send({}).expect(400);
  assert.equal(h.commands.calls.length, 0);
});

test('unknown tickets are 404, malformed ids 400, unknown actions 404', async () => {
  await request(h.app).post('/tickets/424242/escalate').set(h.bearer('agent')).send({ reason: 'x' }).expect(404);
  await request(h.app).post('/tickets/abc/escalate').set(h.bearer('agent')).send({ reason: 'x' }).expect(400);
  await request(h.app).post(`/tickets/${ticketId}/explode`).set(h.bearer('agent')).send({}).expect(404);
  assert.equal(h.commands.calls.length, 0);
});

test('port errors map to HTTP: INVALID_TRANSITION is a 409', async () => {
  h.commands.failWith(new AppError('INVALID_TRANSITION', 'a closed ticket cannot be resolved'));
  const response = await request(h.app)
    .post(`/tickets/${ticketId}/resolve`)
    .set(h.bearer('agent'))
    .send({ resolution: 'done' })
    .expect(409);
  assert.equal(response.body.error.code, 'INVALID_TRANSITION');
});

test('POST /tickets creates through the port; bad references are 400', async () => {
  const contact = await h.db.prisma.contact.findFirstOrThrow();
  const response = await request(h.app)
    .post('/tickets')
    .set(h.bearer('agent'))
    .send({ subject: 'Printer on fire', priority: 'high', organizationId: contact.organizationId, contactId: contact.id })
    .expect(201);
  assert.equal(response.body.subject, 'Printer on fire');
  assert.equal(response.body.priorityCode, 'high');
  assert.equal(response.body.contactId, contact.id);
  assert.deepEqual(h.commands.calls[0]?.input, {
    subject: 'Printer on fire',
    priority: 'high',
    organizationId: contact.organizationId,
    contactId: contact.id,
    source: 'panel',
  });
  const otherOrg = await h.db.prisma.organization.findFirstOrThrow({ where: { id: { not: contact.organizationId } } });
  h.commands.reset();
  await request(h.app)
    .post('/tickets')
    .set(h.bearer('agent'))
    .send({ subject: 'x', organizationId: otherOrg.id, contactId: contact.id })
    .expect(400);
  await request(h.app).post('/tickets').set(h.bearer('agent')).send({ subject: 'x', contactId: 424242 }).expect(400);
  await request(h.app).post('/tickets').set(h.bearer('agent')).send({ priority: 'high' }).expect(400);
  assert.equal(h.commands.calls.length, 0);
});

test('tickets have no generic update or delete: writes only go through actions', async () => {
  await request(h.app).put(`/tickets/${ticketId}`).set(h.bearer('admin')).send({ subject: 'changed' }).expect(404);
  await request(h.app).delete(`/tickets/${ticketId}`).set(h.bearer('admin')).expect(404);
});

test('without the ports the action routes answer 503', async () => {
  const app = h.makeApp({ ticketCommands: undefined, callbackCommands: undefined });
  const response = await request(app).post(`/tickets/${ticketId}/escalate`).set(h.bearer('agent')).send({ reason: 'x' }).expect(503);
  assert.equal(response.body.error.code, 'UNAVAILABLE');
  await request(app).post('/tickets').set(h.bearer('agent')).send({ subject: 'x' }).expect(503);
  await request(app).get(`/tickets/${ticketId}`).set(h.bearer('agent')).expect(200);
});

test('callbacks: supervisors cancel scheduled ones through the port, agents may not', async () => {
  const callback = await h.db.prisma.callback.create({
    data: { phone: '+15555550123', reason: 'follow up', scheduledFor: new Date(Date.now() + 3_600_000), status: 'scheduled' },
  });
  await request(h.app).post(`/callbacks/${callback.id}/cancel`).set(h.bearer('agent')).send({}).expect(403);
  await request(h.app)
    .post(`/callbacks/${callback.id}/cancel`)
    .set(h.bearer('supervisor'))
    .send({ reason: 'resolved by email' })
    .expect(200);
  assert.deepEqual(
    h.commands.calls.map((call) => [call.method, call.ticketId, call.input]),
    [['cancelCallback', callback.id, { reason: 'resolved by email' }]],
  );
  const done = await h.db.prisma.callback.findFirst({ where: { status: { in: ['completed', 'failed', 'cancelled'] } } });
  if (done) await request(h.app).post(`/callbacks/${done.id}/cancel`).set(h.bearer('supervisor')).send({}).expect(409);
});
