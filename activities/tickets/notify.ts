import type { PrismaClient } from '../../infra/db';
import type { TicketNotice } from '../../workflows/ticket/types';
import type { EmailMessage } from '../email';
import { onceOnly } from '../external-actions';

export interface Notifiers {
  sendSms(message: { to: string; body: string }): Promise<string | null>;
  sendEmail(message: EmailMessage): Promise<string | null>;
}

interface Reachable {
  phone: string | null;
  email: string | null;
}

function emailBody(text: string, audience: TicketNotice['audience']): string {
  const why = audience === 'assignee' ? 'you are assigned to this ticket' : `you are the ${audience.replace('_', '-')} contact for it`;
  return `${text}\n\nYou are receiving this because ${why}. Open the URackIT panel to act on it.\n`;
}

/**
 * Every SMS we send is Twilio usage: one twilio_usage_logs row per message SID, written once
 * however often the notice is retried; its price is fetched later (Twilio prices after sending).
 */
async function logSmsUsage(prisma: PrismaClient, messageSid: string): Promise<void> {
  await prisma.twilioUsageLog.createMany({
    data: [{ callSid: messageSid, kind: 'sms', direction: 'outbound', durationSeconds: 0, status: 'queued' }],
    skipDuplicates: true,
  });
}

export function createTicketNotifyActivities(prisma: PrismaClient, notifiers: Notifiers, options: { onCallNumber: string }) {
  /** Whoever a notice is for: their phone number and email address, as far as we have them. */
  async function reach(notice: TicketNotice): Promise<Reachable | null> {
    const { ticketId, audience } = notice;
    if (audience === 'assignee' || audience === 'account_manager') {
      const ticket = await prisma.supportTicket.findUniqueOrThrow({
        where: { id: ticketId },
        include: { assignedAgent: true, organization: { include: { accountManager: true } } },
      });
      return audience === 'assignee' ? ticket.assignedAgent : (ticket.organization?.accountManager ?? null);
    }
    // Supervisor and on-call are roles of the desk, not of the ticket; on-call always has a number to page.
    const agent = await prisma.supportAgent.findFirst({
      where: { kind: 'human', active: true, role: audience, ...(audience === 'on_call' ? { isOnCall: true, phone: { not: null } } : {}) },
      orderBy: { id: 'asc' },
    });
    if (audience === 'on_call') return { phone: agent?.phone ?? options.onCallNumber, email: agent?.email ?? null };
    return agent;
  }

  return {
    /**
     * Texts and emails a ticket notice to its audience (each only where configured). Safe to retry:
     * each channel sends once per (ticket, change), recorded in external_actions.
     */
    async notifyTicketAudience(notice: TicketNotice): Promise<{ sms: string | null; email: string | null }> {
      const contact = await reach(notice);
      const key = `ticket:${notice.ticketId}:change:${notice.seq}`;
      const phone = contact?.phone;
      const email = contact?.email;
      const sms = phone
        ? await onceOnly(prisma, { key: `${key}:sms`, kind: 'sms', target: phone }, () =>
            notifiers.sendSms({ to: phone, body: notice.text }),
          )
        : null;
      if (sms) await logSmsUsage(prisma, sms);
      const mail = email
        ? await onceOnly(prisma, { key: `${key}:email`, kind: 'email', target: email }, () =>
            notifiers.sendEmail({ to: email, subject: notice.text.slice(0, 200), text: emailBody(notice.text, notice.audience) }),
          )
        : null;
      return { sms, email: mail };
    },
  };
}
