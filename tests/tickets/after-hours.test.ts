import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { nextOpen } from '../../domain/sla/calendar';
import { toCalendar } from '../../activities/tickets/stored-policy';
import { DEFAULT_BUSINESS_CALENDAR as SEEDED_DESK_HOURS } from '../../prisma/seed-data';
import { acknowledgePageSignal, ticketWorkflowId } from '../../workflows/ticket/messages';
import { eventually } from '../support/eventually';
import type { RecordedRequest } from '../support/fake-twilio-api';
import { startTicketHarness, type TicketHarness } from '../support/ticket-harness';

const MINUTE = 60_000;
let harness: TicketHarness;
let organizationId: number;
let onCallPhone: string;
let supervisorPhone: string;

/** Two open hours a day, well away from now (UTC): whatever the wall clock, it is after hours. */
function closedNowCalendar(now: number) {
  let start = (new Date(now).getUTCHours() + 6) % 24;
  if (start > 21) start = 2;
  const window = [`${String(start).padStart(2, '0')}:00`, `${String(start + 2).padStart(2, '0')}:00`];
  const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
  return { timezone: 'UTC', weekly: Object.fromEntries(days.map((day) => [day, [window]])), holidays: [] };
}

before(async () => {
  harness = await startTicketHarness('time-skipping');
  const org = await harness.db.prisma.organization.findUniqueOrThrow({ where: { ueCode: 'UE-2305' } });
  await harness.db.prisma.organization.update({
    where: { id: org.id },
    data: { businessCalendar: closedNowCalendar(await harness.env.currentTimeMs()) },
  });
  organizationId = org.id;
  onCallPhone = (await harness.db.prisma.supportAgent.findFirstOrThrow({ where: { role: 'on_call', isOnCall: true } })).phone!;
  supervisorPhone = (await harness.db.prisma.supportAgent.findFirstOrThrow({ where: { role: 'supervisor' } })).phone!;
});
after(async () => {
  await harness?.close();
});

async function paged(ticketId: number): Promise<void> {
  await eventually(async () => (await harness.view(ticketId)).pagedOnCall, 10_000, `ticket ${ticketId} paging on-call`);
}

/** After-hours pages only (SLA notifications are texts too, and time may skip past a breach). */
function isPage(request: RecordedRequest): boolean {
  return request.kind === 'sms' && /after-hours ticket/.test(request.params.Body ?? '');
}

function smsTo(phone: string) {
  return harness.twilio.requests.filter((request) => isPage(request) && request.params.To === phone);
}

test('an after-hours critical ticket pages on-call with a briefing, and escalates when nobody acknowledges', async () => {
  const before = harness.twilio.requests.length;
  const id = await harness.openTicket({
    priority: 'critical',
    organizationId,
    subject: 'Ransomware note on the file server',
    description: 'Caller restarted the server; files still encrypted.',
  });
  await paged(id);
  const pages = harness.twilio.requests.slice(before).filter(isPage);
  assert.equal(pages.length, 1);
  assert.equal(pages[0]!.params.To, onCallPhone);
  assert.match(pages[0]!.params.Body ?? '', /Ransomware note on the file server/);
  assert.match(pages[0]!.params.Body ?? '', new RegExp(`ticket ${id}`));
  assert.match(pages[0]!.params.Body ?? '', /Tried: .*restarted the server/);

  const supervisorPagesBefore = smsTo(supervisorPhone).length;
  await harness.env.sleep(16 * MINUTE);
  assert.equal(smsTo(supervisorPhone).length, supervisorPagesBefore + 1, 'the supervisor is paged when on-call does not acknowledge');
  const escalations = await harness.db.prisma.ticketEscalation.findMany({
    where: { ticketId: id, trigger: 'after_hours' },
    orderBy: { level: 'asc' },
  });
  assert.deepEqual(
    escalations.map((row) => [row.level, row.notifiedTarget]),
    [
      [1, 'on_call'],
      [2, 'supervisor'],
    ],
  );
});

test('an acknowledged page does not escalate', async () => {
  const id = await harness.openTicket({ priority: 'critical', organizationId, subject: 'Internet down at the clinic' });
  await paged(id);
  const supervisorPagesBefore = smsTo(supervisorPhone).length;
  await harness.env.client.workflow.getHandle(ticketWorkflowId(id)).signal(acknowledgePageSignal, { by: 'Taylor' });
  await harness.env.sleep(20 * MINUTE);
  assert.equal(smsTo(supervisorPhone).length, supervisorPagesBefore);
  const escalations = await harness.db.prisma.ticketEscalation.count({ where: { ticketId: id, trigger: 'after_hours' } });
  assert.equal(escalations, 1);
});

test('a low-priority ticket after hours pages nobody and its clock waits for business hours', async () => {
  const smsBefore = harness.twilio.requests.filter(isPage).length;
  const id = await harness.openTicket({ priority: 'low', organizationId, subject: 'New mouse please' });
  const view = await harness.view(id);
  assert.equal(view.pagedOnCall, false);
  assert.equal(harness.twilio.requests.filter(isPage).length, smsBefore);
  const now = await harness.env.currentTimeMs();
  const opens = nextOpen(toCalendar(SEEDED_DESK_HOURS)!, now);
  assert.ok(
    view.sla.targets.firstResponse.dueAt! >= opens + 8 * 60 * MINUTE - 1000,
    'first response is due 8 business hours after the desk opens',
  );
});
