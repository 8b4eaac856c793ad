import type { PrismaClient } from '../../infra/db';
import { publishEvent } from '../events';
import type { createTwilioActivities } from '../twilio';
import type { TicketContext } from './context';

type Sms = ReturnType<typeof createTwilioActivities>['sendSms'];

const MAX_SMS = 600;

/** What the on-call engineer reads on their phone: who, what, and what was already tried. */
export function onCallBriefing(context: TicketContext, level: number): string {
  const who = [context.contactName, context.contactPhone].filter(Boolean).join(' ');
  const tried = context.lastNotes.join(' | ').replace(/\s+/g, ' ');
  const text = [
    `${level > 1 ? 'UNACKNOWLEDGED ' : ''}URGENT after-hours ticket ${context.ticketId} (${context.priority})`,
    context.organizationName ? `Org: ${context.organizationName}` : null,
    who ? `Caller: ${who}` : null,
    `Problem: ${context.subject}`,
    tried ? `Tried: ${tried}` : null,
  ]
    .filter(Boolean)
    .join('. ');
  return text.length > MAX_SMS ? `${text.slice(0, MAX_SMS - 1)}…` : text;
}

export function createPagingActivities(
  prisma: PrismaClient,
  sendSms: Sms,
  fallbackOnCallNumber: string,
  loadContext: (ticketId: number) => Promise<TicketContext>,
) {
  async function recipient(level: number): Promise<string> {
    const role = level === 1 ? 'on_call' : 'supervisor';
    const agent = await prisma.supportAgent.findFirst({
      where: { kind: 'human', active: true, role, phone: { not: null }, ...(level === 1 ? { isOnCall: true } : {}) },
      orderBy: { id: 'asc' },
    });
    return agent?.phone ?? fallbackOnCallNumber;
  }

  return {
    /** Level 1 pages the on-call engineer; level 2 (unacknowledged) the supervisor. */
    async pageOnCall(input: { ticketId: number; level: number }): Promise<void> {
      const context = await loadContext(input.ticketId);
      const to = await recipient(input.level);
      const sid = await sendSms({ to, body: onCallBriefing(context, input.level) });
      await prisma.ticketEscalation.create({
        data: {
          ticketId: input.ticketId,
          level: input.level,
          trigger: 'after_hours',
          reason: input.level === 1 ? 'critical ticket outside business hours' : 'on-call page not acknowledged',
          notifiedTarget: to,
        },
      });
      await publishEvent(prisma, {
        type: 'ticket.paged',
        entity: 'ticket',
        id: input.ticketId,
        data: { to, level: input.level, smsSid: sid },
      });
    },
  };
}
