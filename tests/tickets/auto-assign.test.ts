import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eventually } from '../support/eventually';
import { startTicketHarness, type TicketHarness } from '../support/ticket-harness';

/** Seeded technicians: Jordan Reyes (network) and Alicia Brooks (desktop). */
let harness: TicketHarness;
before(async () => {
  harness = await startTicketHarness('dev', { autoAssign: true });
});
after(async () => {
  await harness?.close();
});

async function technician(name: string): Promise<number> {
  return (await harness.db.prisma.supportAgent.findFirstOrThrow({ where: { name } })).id;
}

async function assigneeOf(ticketId: number): Promise<string | null> {
  for (let tries = 0; tries < 50; tries++) {
    const view = await harness.view(ticketId);
    if (view.assigneeId !== null || tries === 49) return view.assigneeId;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return null;
}

test("a call's ticket goes to the organisation's own technician", async () => {
  const alicia = await technician('Alicia Brooks');
  const org = await harness.db.prisma.organization.update({ where: { ueCode: 'UE-1042' }, data: { accountTechnicianId: alicia } });
  const id = await harness.openTicket({ source: 'phone', category: 'network', organizationId: org.id, subject: 'Wi-Fi drops' });
  assert.equal(await assigneeOf(id), String(alicia), 'the account team first, whatever the skill');
  const assignment = await eventually(() =>
    harness.db.prisma.ticketAssignment.findFirst({ where: { ticketId: id } }).then((row) => row ?? undefined),
  );
  assert.equal(assignment.reason, 'assignment policy');
});

test('otherwise the technician with the skill, then round robin among all', async () => {
  const jordan = await technician('Jordan Reyes');
  const network = await harness.openTicket({ source: 'phone', category: 'network', subject: 'VPN is down' });
  assert.equal(await assigneeOf(network), String(jordan), 'the network technician for a network problem');

  const first = await harness.openTicket({ source: 'phone', category: 'printer', subject: 'Printer jams' });
  const firstAssignee = await assigneeOf(first);
  const second = await harness.openTicket({ source: 'phone', category: 'printer', subject: 'Toner empty' });
  const secondAssignee = await assigneeOf(second);
  assert.ok(firstAssignee && secondAssignee);
  assert.notEqual(secondAssignee, firstAssignee, 'nobody with the skill: the least recently assigned technician next');
});

test('tickets opened in the panel or by the API wait for a person to assign them', async () => {
  const id = await harness.openTicket({ source: 'panel', category: 'network', subject: 'New starter laptop' });
  await harness.view(id);
  await new Promise((resolve) => setTimeout(resolve, 500));
  assert.equal((await harness.view(id)).assigneeId, null);
});
