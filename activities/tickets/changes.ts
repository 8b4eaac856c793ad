import type { SlaTimer } from '../../domain/sla/clock';
import type { Priority } from '../../domain/sla/policy';
import type { TicketEffect, TicketStatus } from '../../domain/tickets/lifecycle';
import type { PrismaClient } from '../../infra/db';
import type { EmailMessage } from '../email';
import { publishEvent } from '../events';

/** One accepted command, as the workflow hands it to the read model. */
export interface TicketChange {
  ticketId: number;
  status: TicketStatus;
  priority: Priority;
  assigneeId: string | null;
  escalationLevel: number;
  effects: TicketEffect[];
  /** addMessage: the text and who wrote it. */
  message?: { body: string; visibility: 'public' | 'internal'; authorKind: 'agent' | 'customer' | 'ai' | 'system'; authorName: string };
  reason?: string;
  actorUserId?: number;
  resolution: string | null;
  firstResponded: boolean;
  due: { firstResponse: number | null; resolution: number | null };
  slaPaused: boolean;
  at: number;
}

const AUTHOR_TYPE = { agent: 'agent', customer: 'customer', ai: 'bot', system: 'system' } as const;

async function codeIds(prisma: PrismaClient, status: TicketStatus, priority: Priority) {
  const [statusRow, priorityRow] = await Promise.all([
    prisma.ticketStatus.findUniqueOrThrow({ where: { code: status } }),
    prisma.ticketPriority.findUniqueOrThrow({ where: { code: priority } }),
  ]);
  return { statusId: statusRow.id, priorityId: priorityRow.id };
}

function dateOrNull(ms: number | null): Date | null {
  return ms === null ? null : new Date(ms);
}

type Audience = 'assignee' | 'supervisor' | 'account_manager' | 'on_call';

interface Reachable {
  phone: string | null;
  email: string | null;
}

/** Whoever an SLA notification is for: their phone number and email address, as far as we have them. */
async function audienceContact(prisma: PrismaClient, ticketId: number, audience: Audience): Promise<Reachable | null> {
  if (audience === 'assignee' || audience === 'account_manager') {
    const ticket = await prisma.supportTicket.findUniqueOrThrow({
      where: { id: ticketId },
      include: { assignedAgent: true, organization: { include: { accountManager: true } } },
    });
    return audience === 'assignee' ? ticket.assignedAgent : (ticket.organization?.accountManager ?? null);
  }
  // Supervisor and on-call are roles of the desk, not of the ticket.
  return prisma.supportAgent.findFirst({
    where: { kind: 'human', active: true, role: audience, ...(audience === 'on_call' ? { isOnCall: true } : {}) },
    orderBy: { id: 'asc' },
  });
}

function slaMessage(ticketId: number, timer: SlaTimer): string {
  const target = timer.target === 'firstResponse' ? 'first response' : 'resolution';
  if (timer.kind === 'warning') return `Ticket ${ticketId}: ${target} target is close to breaching.`;
  if (timer.kind === 'breach') return `Ticket ${ticketId}: ${target} target breached.`;
  return `Ticket ${ticketId}: ${target} target breached, escalated to level ${timer.level ?? 1}.`;
}

/** Lock namespace for SLA escalations (the second key is the ticket id). */
const SLA_ESCALATION_LOCK = 7301;

/**
 * Writes an SLA escalation once per ticket, target and level, however many attempts of the
 * activity run at once (an attempt that timed out may still be running when its retry starts).
 * Returns whether this attempt wrote it.
 */
async function recordSlaEscalation(prisma: PrismaClient, ticketId: number, timer: SlaTimer): Promise<boolean> {
  const level = timer.level ?? 1;
  const target = timer.target === 'firstResponse' ? 'first response' : 'resolution';
  const reason = `${target} target breached`;
  return prisma.$transaction(async (tx) => {
    // Attempts for one ticket queue here until the first commits, so the check below sees its row.
    await tx.$queryRaw`SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(${SLA_ESCALATION_LOCK}::int, ${ticketId}::int)) AS l`;
    const recorded = await tx.ticketEscalation.findFirst({ where: { ticketId, level, trigger: 'sla_breach', reason } });
    if (recorded) return false;
    await tx.ticketEscalation.create({
      data: { ticketId, level, trigger: 'sla_breach', reason, notifiedTarget: timer.notify ?? 'assignee' },
    });
    await tx.$executeRaw`UPDATE support_tickets SET escalation_level = GREATEST(escalation_level, ${level}), sla_breached = true WHERE id = ${ticketId}`;
    return true;
  });
}

function slaEmailBody(summary: string, audience: Audience): string {
  const why = audience === 'assignee' ? 'you are assigned to this ticket' : `you are the ${audience.replace('_', '-')} contact for it`;
  return `${summary}\n\nYou are receiving this because ${why}. Open the URackIT panel to act on it.\n`;
}

export interface Notifiers {
  sendSms(message: { to: string; body: string }): Promise<string | null>;
  sendEmail(message: EmailMessage): Promise<string | null>;
}

export function createTicketChangeActivities(prisma: PrismaClient, notifiers: Notifiers) {
  return {
    /** Mirrors one accepted command into PostgreSQL (row, assignment, message, escalation) in one transaction. */
    async recordTicketChange(change: TicketChange): Promise<void> {
      const { statusId, priorityId } = await codeIds(prisma, change.status, change.priority);
      const at = new Date(change.at);
      const statusChange = change.effects.find((effect) => effect.type === 'statusChanged');
      await prisma.$transaction(async (tx) => {
        const before = await tx.supportTicket.findUniqueOrThrow({ where: { id: change.ticketId } });
        await tx.supportTicket.update({
          where: { id: change.ticketId },
          data: {
            statusId,
            priorityId,
            assignedAgentId: change.assigneeId === null ? null : Number(change.assigneeId),
            escalationLevel: Math.max(before.escalationLevel, change.escalationLevel),
            resolution: change.resolution,
            firstRespondedAt: change.firstResponded ? (before.firstRespondedAt ?? at) : null,
            resolvedAt:
              change.status === 'resolved'
                ? statusChange
                  ? at
                  : before.resolvedAt
                : change.status === 'closed'
                  ? before.resolvedAt
                  : null,
            closedAt: change.status === 'closed' ? (before.closedAt ?? at) : null,
            firstResponseDueAt: dateOrNull(change.due.firstResponse),
            resolutionDueAt: dateOrNull(change.due.resolution),
            slaPaused: change.slaPaused,
          },
        });
        for (const effect of change.effects) {
          if (effect.type === 'assigned') {
            await tx.ticketAssignment.create({
              data: { ticketId: change.ticketId, agentId: Number(effect.agentId), assignedById: change.actorUserId, reason: change.reason },
            });
          }
          if (effect.type === 'escalated') {
            await tx.ticketEscalation.create({
              data: {
                ticketId: change.ticketId,
                level: effect.level,
                reason: effect.reason,
                trigger: 'manual',
                notifiedTarget: 'supervisor',
              },
            });
          }
        }
        if (change.message) {
          await tx.ticketMessage.create({
            data: {
              ticketId: change.ticketId,
              authorType: AUTHOR_TYPE[change.message.authorKind],
              authorName: change.message.authorName,
              visibility: change.message.visibility,
              body: change.message.body,
              createdAt: at,
            },
          });
        }
      });
      await publishEvent(prisma, { type: 'ticket.updated', entity: 'ticket', id: change.ticketId, data: { status: change.status } });
    },

    /** A fired SLA timer: a breach flags the ticket, each escalation level leaves an escalation row. */
    async recordSlaTimer(input: { ticketId: number; timer: SlaTimer }): Promise<void> {
      const { ticketId, timer } = input;
      if (timer.kind === 'breach') {
        await prisma.supportTicket.update({ where: { id: ticketId }, data: { slaBreached: true } });
      }
      // A retried attempt whose first try committed must not escalate (or notify anyone) twice.
      if (timer.kind === 'escalate' && !(await recordSlaEscalation(prisma, ticketId, timer))) return;
      // SMS and email only where Twilio and SMTP are configured (no-ops otherwise); the panel event always goes out.
      const audience = timer.kind === 'escalate' ? (timer.notify ?? 'assignee') : 'assignee';
      const contact = await audienceContact(prisma, ticketId, audience);
      const text = slaMessage(ticketId, timer);
      if (contact?.phone) await notifiers.sendSms({ to: contact.phone, body: text });
      if (contact?.email) await notifiers.sendEmail({ to: contact.email, subject: text, text: slaEmailBody(text, audience) });
      await publishEvent(prisma, {
        type: `ticket.sla.${timer.kind}`,
        entity: 'ticket',
        id: ticketId,
        data: { target: timer.target, level: timer.level ?? null, notify: timer.notify ?? null },
      });
    },
  };
}
