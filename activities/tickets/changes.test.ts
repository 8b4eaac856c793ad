import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { SlaTimer } from '../../domain/sla/clock';
import { seed } from '../../prisma/seed';
import { createTestDatabase, type TestDatabase } from '../../tests/support/database';
import type { EmailMessage } from '../email';
import { createTicketChangeActivities } from './changes';
import { insertTicket } from './records';

let db: TestDatabase;
before(async () => {
  db = await createTestDatabase();
  await seed(db.prisma);
});
after(async () => {
  await db?.drop();
});

function recordingNotifiers() {
  const sms: { to: string; body: string }[] = [];
  const email: EmailMessage[] = [];
  return {
    sms,
    email,
    notifiers: {
      sendSms: async (message: { to: string; body: string }) => (sms.push(message), `SM${sms.length}`),
      sendEmail: async (message: EmailMessage) => (email.push(message), `<${email.length}@test>`),
    },
  };
}

async function openTicket(): Promise<number> {
  const { ticket } = await insertTicket(
    db.prisma,
    { subject: 'Mail server down', description: 'Nobody can send mail', category: 'email', priority: 'critical', source: 'api' },
    async () => undefined,
  );
  return Number(ticket.id);
}

const escalation: SlaTimer = { at: Date.UTC(2026, 10, 25, 15), kind: 'escalate', target: 'firstResponse', level: 1, notify: 'supervisor' };

test('an SLA escalation is written and notified once, however many attempts run at once or retry', async () => {
  const ticketId = await openTicket();
  const sent = recordingNotifiers();
  const { recordSlaTimer } = createTicketChangeActivities(db.prisma, sent.notifiers);

  await Promise.all(Array.from({ length: 4 }, () => recordSlaTimer({ ticketId, timer: escalation })));
  await recordSlaTimer({ ticketId, timer: escalation }); // a retry after the first attempt committed

  const rows = await db.prisma.ticketEscalation.findMany({ where: { ticketId } });
  assert.deepEqual(
    rows.map((row) => [row.level, row.trigger, row.notifiedTarget]),
    [[1, 'sla_breach', 'supervisor']],
  );
  const ticket = await db.prisma.supportTicket.findUniqueOrThrow({ where: { id: ticketId } });
  assert.equal(ticket.escalationLevel, 1);
  assert.equal(ticket.slaBreached, true);
  const supervisor = await db.prisma.supportAgent.findFirstOrThrow({
    where: { role: 'supervisor', kind: 'human', active: true },
    orderBy: { id: 'asc' },
  });
  assert.deepEqual(
    sent.sms.map((message) => message.to),
    [supervisor.phone],
  );
  assert.deepEqual(
    sent.email.map((message) => message.to),
    [supervisor.email],
  );

  // The next level is its own escalation.
  await recordSlaTimer({ ticketId, timer: { ...escalation, level: 2, notify: 'on_call' } });
  assert.equal(await db.prisma.ticketEscalation.count({ where: { ticketId } }), 2);
});

test('a warning reaches the assignee and flags nothing', async () => {
  const ticketId = await openTicket();
  const agent = await db.prisma.supportAgent.findFirstOrThrow({ where: { kind: 'human', active: true, phone: { not: null } } });
  await db.prisma.supportTicket.update({ where: { id: ticketId }, data: { assignedAgentId: agent.id } });
  const sent = recordingNotifiers();
  const { recordSlaTimer } = createTicketChangeActivities(db.prisma, sent.notifiers);

  await recordSlaTimer({ ticketId, timer: { at: escalation.at, kind: 'warning', target: 'resolution' } });

  assert.deepEqual(sent.sms, [{ to: agent.phone, body: `Ticket ${ticketId}: resolution target is close to breaching.` }]);
  const ticket = await db.prisma.supportTicket.findUniqueOrThrow({ where: { id: ticketId } });
  assert.equal(ticket.slaBreached, false);
  assert.equal(await db.prisma.ticketEscalation.count({ where: { ticketId } }), 0);
});
