import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
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
  const { stdout } = await run(cli, ['workflow', 'query', ...common, '--name', 'view', '--output', 'json']);
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
