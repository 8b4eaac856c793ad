import assert from 'node:assert/strict';
import { after, before, beforeEach, test } from 'node:test';
import { isOpen, nextOpen } from '../../domain/sla/calendar';
import { DEFAULT_BUSINESS_CALENDAR as SEEDED_DESK_HOURS } from '../../prisma/seed-data';
import { acknowledgePageSignal, ticketWorkflowId } from '../../workflows/ticket/messages';
import { eventually } from '../support/eventually';
import type { RecordedRequest } from '../support/fake-twilio-api';
import { DESK_HOURS, WEEKNIGHT, skipToNext } from '../support/test-clock';
import { startTicketHarness, type TicketHarness } from '../support/ticket-harness';

const MINUTE = 60_000;
let harness: TicketHarness;
let organizationId: number;
let onCallPhone: string;
let supervisorPhone: string;

before(async () => {
  harness = await startTicketHarness('time-skipping');
  // The desk's hours as the organisation's own, so paging and the SLA clock read one calendar.
  const org = await harness.db.prisma.organization.update({ where: { ueCode: 'UE-2305' }, data: { businessCalendar: SEEDED_DESK_HOURS } });
  organizationId = org.id;
  onCallPhone = (await harness.db.prisma.supportAgent.findFirstOrThrow({ where: { role: 'on_call', isOnCall: true } })).phone!;
  supervisorPhone = (await harness.db.prisma.supportAgent.findFirstOrThrow({ where: { role: 'supervisor' } })).phone!;
});
// Every test starts on a weeknight, whatever the wall clock says.
beforeEach(async () => {
  const night = await skipToNext(harness.env, WEEKNIGHT);
  assert.equal(isOpen(DESK_HOURS, night), false);
});
after(async () => {
  await harness?.close();
});

/** The workflow marks the ticket paged first, then an activity sends the text: waits for both. */
async function paged(ticketId: number): Promise<void> {
  const aboutTicket = new RegExp(`ticket ${ticketId}\\b`);
  const pageSent = () => smsTo(onCallPhone).some((sms) => aboutTicket.test(sms.params.Body ?? ''));
  await eventually(async () => (await harness.view(ticketId)).pagedOnCall && pageSent(), 10_000, `ticket ${ticketId} paging on-call`);
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
  const opened = (await harness.db.prisma.supportTicket.findUniqueOrThrow({ where: { id } })).createdAt.getTime();
  assert.equal(
    view.sla.targets.firstResponse.dueAt,
    nextOpen(DESK_HOURS, opened) + 8 * 60 * MINUTE,
    'first response is due 8 business hours after the desk opens',
  );
});
