import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import type { Express } from 'express';
import request from 'supertest';
import { createApp } from '../../api/app';
import { issueToken } from '../../api/auth/tokens';
import { createWorkflowCallbackCommands } from '../../api/callbacks/workflow-commands';
import { createWorkflowTicketCommands } from '../../api/tickets/workflow-commands';
import { callbackWorkflowStarter } from '../../activities/callbacks';
import { callbackViewQuery, callbackWorkflowId } from '../../workflows/callback/messages';
import { parseConfig } from '../../domain/config';
import { createLogger } from '../../infra/logger';
import { findTemporalCli } from '../../infra/temporal-cli';
import { eventually } from '../support/eventually';
import { startTicketHarness, type TicketHarness } from '../support/ticket-harness';
import { repoRoot } from '../support/temporal';
import { testPayloadCodec } from '../support/temporal';

const run = promisify(execFile);
let harness: TicketHarness;
let app: Express;
let auth: { Authorization: string };

before(async () => {
  harness = await startTicketHarness('dev');
  const config = parseConfig({ LOG_LEVEL: 'silent', JWT_SECRET: 'test-secret-0123456789abcdef' });
  const ticketCommands = createWorkflowTicketCommands({
    prisma: harness.db.prisma,
    client: harness.env.client,
    taskQueue: harness.taskQueue,
  });
  const callbackCommands = createWorkflowCallbackCommands({ prisma: harness.db.prisma, client: harness.env.client });
  app = createApp({
    config,
    prisma: harness.db.prisma,
    logger: createLogger('api', config),
    ticketCommands,
    callbackCommands,
    adminDist: '/nonexistent',
    payloadCodec: testPayloadCodec,
  });
  const admin = await harness.db.prisma.user.findUniqueOrThrow({ where: { email: 'admin@urackit.local' } });
  auth = {
    Authorization: `Bearer ${await issueToken({ id: admin.id, email: admin.email, name: admin.name, role: 'admin' }, config.JWT_SECRET)}`,
  };
});
after(async () => {
  await harness?.close();
});

async function status(ticketId: number): Promise<string> {
  return (await harness.db.prisma.supportTicket.findUniqueOrThrow({ where: { id: ticketId }, include: { status: true } })).status.code;
}

test('the API drives a ticket through its workflow; invalid transitions are refused with 409 and change nothing', async () => {
  const org = await harness.db.prisma.organization.findUniqueOrThrow({ where: { ueCode: 'UE-1042' } });
  const created = await request(app)
    .post('/tickets')
    .set(auth)
    .send({ subject: 'Scanner will not email', priority: 'high', organizationId: org.id });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const id: number = created.body.id;
  assert.equal(created.body.workflowId, `ticket-${id}`);
  const view = await harness.view(id);
  assert.equal(view.status, 'open');
  assert.ok(view.sla.targets.firstResponse.dueAt);

  const refused = await request(app).post(`/tickets/${id}/close`).set(auth).send({});
  assert.equal(refused.status, 409);
  assert.equal(refused.body.error.code, 'INVALID_TRANSITION');
  assert.equal(await status(id), 'open');

  const technician = await harness.db.prisma.supportAgent.findFirstOrThrow({ where: { kind: 'human', role: 'technician' } });
  const assigned = await request(app).post(`/tickets/${id}/assign`).set(auth).send({ agentId: technician.id, reason: 'scanner expert' });
  assert.equal(assigned.status, 200, JSON.stringify(assigned.body));
  assert.equal(assigned.body.statusCode, 'assigned');
  assert.equal(assigned.body.assignedAgentId, technician.id);
  assert.equal(await harness.db.prisma.ticketAssignment.count({ where: { ticketId: id, agentId: technician.id } }), 1);

  const replied = await request(app).post(`/tickets/${id}/messages`).set(auth).send({ body: 'Checking the SMTP relay now.' });
  assert.equal(replied.status, 200, JSON.stringify(replied.body));
  const row = await harness.db.prisma.supportTicket.findUniqueOrThrow({ where: { id } });
  assert.ok(row.firstRespondedAt, 'a public human reply is the first response');
  assert.ok((await harness.view(id)).sla.targets.firstResponse.metAt);

  const resolved = await request(app).post(`/tickets/${id}/resolve`).set(auth).send({ resolution: 'Relay credentials renewed.' });
  assert.equal(resolved.status, 200);
  assert.equal(resolved.body.statusCode, 'resolved');
  const again = await request(app).post(`/tickets/${id}/resolve`).set(auth).send({ resolution: 'twice' });
  assert.equal(again.status, 409);
  assert.equal((await harness.db.prisma.supportTicket.findUniqueOrThrow({ where: { id } })).resolution, 'Relay credentials renewed.');
});

test('the temporal CLI drives a ticket exactly like the API (signal and query)', async () => {
  const id = await harness.openTicket({ priority: 'medium', subject: 'Teams audio crackles' });
  await harness.view(id);
  const cli = (await findTemporalCli(process.env.TEMPORAL_CLI, { toolsDir: `${repoRoot}/.tools` }))!;
  const agent = await harness.db.prisma.supportAgent.findFirstOrThrow({ where: { kind: 'human', role: 'technician' } });
  const common = ['--address', harness.env.address, '--namespace', harness.env.namespace ?? 'default', '--workflow-id', `ticket-${id}`];
  await run(cli, [
    'workflow',
    'signal',
    ...common,
    '--name',
    'command',
    '--input',
    JSON.stringify({ command: { type: 'assign', agentId: String(agent.id) }, actor: { name: 'cli' } }),
  ]);
  await run(cli, ['workflow', 'signal', ...common, '--name', 'command', '--input', JSON.stringify({ command: { type: 'setInProgress' } })]);
  await eventually(async () => (await status(id)) === 'in_progress', 5000, 'status in_progress');
  // Query results are encrypted (infra/payload-codec.ts): the CLI reads them through the API's codec server, with a panel token.
  const codecServer = app.listen(0, '127.0.0.1');
  await once(codecServer, 'listening');
  const codecEndpoint = `http://127.0.0.1:${(codecServer.address() as AddressInfo).port}/codec`;
  const { stdout } = await run(cli, [
    'workflow',
    'query',
    ...common,
    '--name',
    'view',
    '--output',
    'json',
    '--codec-endpoint',
    codecEndpoint,
    '--codec-auth',
    auth.Authorization,
  ]).finally(() => codecServer.close());
  assert.match(stdout, /"status":\s*"in_progress"/);
  assert.match(stdout, new RegExp(`"assigneeId":\\s*"${agent.id}"`));
});

test('a ticket that predates workflows (seed data) gets its workflow on first action', async () => {
  const seeded = await harness.db.prisma.supportTicket.findFirstOrThrow({ where: { workflowId: null, status: { code: 'open' } } });
  const agent = await harness.db.prisma.supportAgent.findFirstOrThrow({ where: { kind: 'human', role: 'technician' } });
  const response = await request(app).post(`/tickets/${seeded.id}/assign`).set(auth).send({ agentId: agent.id });
  assert.equal(response.status, 200, JSON.stringify(response.body));
  assert.equal((await harness.view(seeded.id)).assigneeId, String(agent.id));
});

test('a scheduled callback is visible and cancellable from the API; its workflow stops dialing', async () => {
  const contact = await harness.db.prisma.contact.findFirstOrThrow({ where: { phone: '+15551042102' } });
  const later = new Date(Date.now() + 7 * 24 * 60 * 60_000);
  const callback = await harness.db.prisma.callback.create({
    data: {
      phone: contact.phone,
      contactId: contact.id,
      organizationId: contact.organizationId,
      reason: 'printer follow-up',
      scheduledFor: later,
    },
  });
  await callbackWorkflowStarter({ client: harness.env.client, taskQueue: harness.taskQueue })(callback.id);
  const handle = harness.env.client.workflow.getHandle(callbackWorkflowId(callback.id));
  await eventually(async () => (await handle.query(callbackViewQuery)).nextAttemptAt ?? undefined);
  const listed = await request(app).get('/callbacks?status=scheduled').set(auth);
  assert.equal(listed.status, 200);
  assert.ok((listed.body as Array<{ id: number }>).some((row) => row.id === callback.id));

  const cancelled = await request(app).post(`/callbacks/${callback.id}/cancel`).set(auth).send({ reason: 'fixed by itself' });
  assert.equal(cancelled.status, 200, JSON.stringify(cancelled.body));
  assert.equal(cancelled.body.status, 'cancelled');
  assert.equal((await handle.result()).status, 'cancelled');
  const again = await request(app).post(`/callbacks/${callback.id}/cancel`).set(auth).send({});
  assert.equal(again.status, 409);
});

test('a manual escalation to a named technician assigns the ticket to them and tells them', async () => {
  const created = await request(app).post('/tickets').set(auth).send({ subject: 'Payroll export fails', priority: 'high' });
  assert.equal(created.status, 201);
  const id = (created.body as { id: number }).id;
  const technician = await harness.db.prisma.supportAgent.findFirstOrThrow({
    where: { kind: 'human', active: true, role: 'technician', phone: { not: null } },
    orderBy: { id: 'desc' },
  });
  const smsBefore = harness.twilio.requests.filter((sent) => sent.kind === 'sms').length;
  const escalated = await request(app)
    .post(`/tickets/${id}/escalate`)
    .set(auth)
    .send({ reason: 'needs the payroll specialist', level: 2, toAgentId: technician.id });
  assert.equal(escalated.status, 200, JSON.stringify(escalated.body));
  const ticket = escalated.body as { assignedAgentId: number; escalationLevel: number; statusCode: string };
  assert.deepEqual([ticket.assignedAgentId, ticket.escalationLevel, ticket.statusCode], [technician.id, 2, 'assigned']);
  const row = await harness.db.prisma.ticketEscalation.findFirstOrThrow({ where: { ticketId: id } });
  assert.deepEqual([row.level, row.toAgentId, row.trigger], [2, technician.id, 'manual']);
  const told = await eventually(async () =>
    harness.twilio.requests.slice(smsBefore).find((sent) => sent.kind === 'sms' && sent.params.To === technician.phone),
  );
  assert.match(told.params.Body ?? '', new RegExp(`Ticket ${id} escalated to you at level 2`));

  const unknown = await request(app).post(`/tickets/${id}/escalate`).set(auth).send({ reason: 'x', toAgentId: 999_999 });
  assert.equal(unknown.status, 400, 'an unknown technician is refused before anything changes');
});

test('"mine" is the queue of the technician the user is; a user not linked to one has an empty queue', async () => {
  const technician = await harness.db.prisma.supportAgent.findFirstOrThrow({ where: { kind: 'human', active: true, role: 'technician' } });
  const user = await harness.db.prisma.user.create({
    data: { email: 'queue@urackit.test', name: 'Queue Tester', role: 'agent', passwordHash: 'x', supportAgentId: technician.id },
  });
  const config = parseConfig({ LOG_LEVEL: 'silent', JWT_SECRET: 'test-secret-0123456789abcdef' });
  const token = await issueToken({ id: user.id, email: user.email, name: user.name, role: 'agent' }, config.JWT_SECRET);
  const created = await request(app).post('/tickets').set(auth).send({ subject: 'Monitor flickers', priority: 'low' });
  const id = (created.body as { id: number }).id;
  await request(app).post(`/tickets/${id}/assign`).set(auth).send({ agentId: technician.id });

  const mine = await request(app)
    .get('/tickets')
    .query({ filter: JSON.stringify({ mine: true }) })
    .set({ Authorization: `Bearer ${token}` });
  assert.equal(mine.status, 200);
  const ids = (mine.body as Array<{ id: number; assignedAgentId: number }>).map((ticket) => ticket.assignedAgentId);
  assert.ok(ids.length > 0 && ids.every((agentId) => agentId === technician.id), 'only their tickets');
  const unlinked = await request(app).get('/tickets?mine=true').set(auth);
  assert.deepEqual(unlinked.body, []);
});
