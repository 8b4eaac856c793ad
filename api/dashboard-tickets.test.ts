import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { FINAL_TICKET_STATUSES, TICKET_PRIORITIES, TICKET_STATUSES } from '../domain/tickets/codes';
import { startApiHarness, type ApiHarness } from '../tests/support/api-harness';
import { dashboardOverview } from './dashboard/overview';

/*
 * The overview's ticket figures come from one grouped statement; they must equal the counts the
 * panel's own filters give (open = not in a final status), whatever mix of statuses, priorities,
 * breaches, pauses and due dates the tickets have.
 */

let h: ApiHarness;
const NOW = new Date('2026-03-10T12:00:00.000Z');

before(async () => {
  h = await startApiHarness();
  const [statuses, priorities] = await Promise.all([h.db.prisma.ticketStatus.findMany(), h.db.prisma.ticketPriority.findMany()]);
  const data = Array.from({ length: 60 }, (_, i) => ({
    subject: `Dashboard ticket ${i}`,
    statusId: statuses[i % statuses.length]!.id,
    priorityId: priorities[(i * 7) % priorities.length]!.id,
    slaBreached: i % 3 === 0,
    slaPaused: i % 5 === 0,
    resolutionDueAt: new Date(NOW.getTime() + (i % 4 === 0 ? -1 : 1) * 3_600_000),
    createdAt: new Date(NOW.getTime() - (i % 2) * 86_400_000),
  }));
  await h.db.prisma.supportTicket.createMany({ data });
});
after(async () => {
  await h?.close();
});

test('open, by priority, by status, breached, overdue and created today match the counts by filter', async () => {
  const prisma = h.db.prisma;
  const open = { status: { code: { notIn: [...FINAL_TICKET_STATUSES] } } };
  const count = (where: object) => prisma.supportTicket.count({ where: { ...open, ...where } });
  const openStatuses = TICKET_STATUSES.filter((code) => !FINAL_TICKET_STATUSES.includes(code));
  const expected = {
    open: await count({}),
    openByPriority: Object.fromEntries(
      await Promise.all(TICKET_PRIORITIES.map(async (code) => [code, await count({ priority: { code } })])),
    ),
    openByStatus: Object.fromEntries(await Promise.all(openStatuses.map(async (code) => [code, await count({ status: { code } })]))),
    slaBreaches: await count({ slaBreached: true }),
    overdue: await count({ slaPaused: false, resolutionDueAt: { lt: NOW } }),
    createdToday: await prisma.supportTicket.count({ where: { createdAt: { gte: new Date('2026-03-10T00:00:00.000Z') } } }),
  };
  assert.ok(expected.open > 0 && expected.slaBreaches > 0 && expected.overdue > 0, 'the fixture covers each figure');
  const { tickets } = await dashboardOverview(prisma, NOW);
  assert.deepEqual(tickets, expected);
});
