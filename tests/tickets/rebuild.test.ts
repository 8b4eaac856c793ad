import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { rebuildTicket } from '../../tools/rebuild-ticket';
import { ticketCommandUpdate, ticketWorkflowId, type TicketRequest } from '../../workflows/ticket/messages';
import { eventually } from '../support/eventually';
import { startTicketHarness, type TicketHarness } from '../support/ticket-harness';

let harness: TicketHarness;
before(async () => {
  harness = await startTicketHarness('dev');
});
after(async () => {
  await harness?.close();
});

/** What the read model says about one ticket: its row and every row hanging off it (ids aside). */
async function readModel(ticketId: number) {
  const { prisma } = harness.db;
  const { updatedAt: _updated, ...row } = await prisma.supportTicket.findUniqueOrThrow({ where: { id: ticketId } });
  const strip = <T extends { id: number }>(rows: T[]) => rows.map(({ id: _id, ...rest }) => rest);
  const order = { orderBy: [{ changeSeq: 'asc' as const }, { id: 'asc' as const }] };
  return {
    row,
    assignments: strip(await prisma.ticketAssignment.findMany({ where: { ticketId }, ...order })),
    messages: strip(await prisma.ticketMessage.findMany({ where: { ticketId }, ...order })),
    escalations: strip(await prisma.ticketEscalation.findMany({ where: { ticketId }, ...order })),
  };
}

test("a ticket's row, assignments, messages and escalations are rebuilt from its workflow", async () => {
  const id = await harness.openTicket({ priority: 'high', subject: 'VPN drops every hour' });
  await harness.view(id);
  const agent = await harness.db.prisma.supportAgent.findFirstOrThrow({ where: { kind: 'human', active: true } });
  const handle = harness.env.client.workflow.getHandle(ticketWorkflowId(id));
  const send = (request: TicketRequest) => handle.executeUpdate(ticketCommandUpdate, { args: [request] });
  await send({ command: { type: 'assign', agentId: String(agent.id) }, actor: { name: 'Sam' }, text: 'network on-call' });
  await send({
    command: { type: 'addMessage', visibility: 'public', authorKind: 'agent' },
    text: 'Replacing the VPN profile.',
    actor: { name: 'Sam' },
  });
  await send({ command: { type: 'escalate', reason: 'VIP, third time this week' }, actor: { name: 'Sam' } });
  await send({ command: { type: 'setWaiting' }, actor: { name: 'Sam' } });
  const built = await readModel(id);
  assert.equal(built.assignments.length, 1);
  assert.equal(built.escalations.length, 1);
  assert.equal(built.messages.length, 2, 'the opening description and the reply');

  // Lose everything the workflow wrote, and garble the row.
  const { prisma } = harness.db;
  await prisma.ticketAssignment.deleteMany({ where: { ticketId: id } });
  await prisma.ticketEscalation.deleteMany({ where: { ticketId: id } });
  await prisma.ticketMessage.deleteMany({ where: { ticketId: id, changeSeq: { gt: 0 } } });
  const closed = await prisma.ticketStatus.findUniqueOrThrow({ where: { code: 'closed' } });
  await prisma.supportTicket.update({
    where: { id },
    data: { statusId: closed.id, escalationLevel: 0, assignedAgentId: null, slaPaused: false },
  });

  // Visibility is eventually consistent: the workflow shows up in the list a moment after it starts.
  const report = await eventually(() =>
    rebuildTicket({ client: harness.env.client, prisma }, id).then((r) => (r.changes > 0 ? r : undefined)),
  );
  assert.equal(report.runs, 1);
  assert.equal(report.changes, 5, 'opened, assigned, message, escalated, waiting');
  assert.deepEqual(await readModel(id), built);

  // Running it again changes nothing.
  await rebuildTicket({ client: harness.env.client, prisma }, id);
  assert.deepEqual(await readModel(id), built);
});

test('a ticket without a workflow cannot be rebuilt, and says so', async () => {
  await assert.rejects(rebuildTicket({ client: harness.env.client, prisma: harness.db.prisma }, 987_654), /has no workflow/);
});
