import { localDayNumber, localParts, weekdayOf } from '../sla/zone';
import type { SlaTimer } from '../sla/clock';

/** What a supervisor or technician reads about a ticket's SLA on their phone or in their inbox. */
export function slaNotice(ticketId: number, timer: SlaTimer): string {
  const target = timer.target === 'firstResponse' ? 'first response' : 'resolution';
  if (timer.kind === 'warning') return `Ticket ${ticketId}: ${target} target is close to breaching.`;
  if (timer.kind === 'breach') return `Ticket ${ticketId}: ${target} target breached.`;
  return `Ticket ${ticketId}: ${target} target breached, escalated to level ${timer.level ?? 1}.`;
}

export interface BriefingFacts {
  ticketId: number;
  priority: string;
  subject: string;
  organizationName: string | null;
  contactName: string | null;
  contactPhone: string | null;
  lastNotes: readonly string[];
}

const MAX_SMS = 600;

/** What a technician reads when a ticket is escalated to them by name. */
export function escalationNotice(
  facts: Pick<BriefingFacts, 'ticketId' | 'priority' | 'subject' | 'organizationName'>,
  level: number,
  reason: string,
): string {
  const where = facts.organizationName ? ` (${facts.organizationName})` : '';
  return `Ticket ${facts.ticketId}${where} escalated to you at level ${level}, ${facts.priority}: ${facts.subject}. Reason: ${reason}`.slice(
    0,
    MAX_SMS,
  );
}

/** What the on-call engineer reads when paged after hours: who, what, and what was already tried. */
export function onCallBriefing(facts: BriefingFacts, level: number): string {
  const who = [facts.contactName, facts.contactPhone].filter(Boolean).join(' ');
  const tried = facts.lastNotes.join(' | ').replace(/\s+/g, ' ');
  const text = [
    `${level > 1 ? 'UNACKNOWLEDGED ' : ''}URGENT after-hours ticket ${facts.ticketId} (${facts.priority})`,
    facts.organizationName ? `Org: ${facts.organizationName}` : null,
    who ? `Caller: ${who}` : null,
    `Problem: ${facts.subject}`,
    tried ? `Tried: ${tried}` : null,
  ]
    .filter(Boolean)
    .join('. ');
  return text.length > MAX_SMS ? `${text.slice(0, MAX_SMS - 1)}…` : text;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

/** "Mon 11:00 America/New_York": a deadline as the desk reads it. */
export function localDeadline(at: number, timeZone: string): string {
  const local = localParts(timeZone, at);
  const time = `${String(local.hour).padStart(2, '0')}:${String(local.minute).padStart(2, '0')}`;
  return `${WEEKDAYS[weekdayOf(localDayNumber(timeZone, at))]} ${time} ${timeZone}`;
}

/** What a ticket's SLA timer waits for, for the Temporal UI: "first-response breach due Mon 11:00 America/New_York". */
export function slaTimerSummary(timer: SlaTimer, timeZone: string): string {
  const target = timer.target === 'firstResponse' ? 'first-response' : 'resolution';
  const what = timer.kind === 'escalate' ? `escalation to level ${timer.level ?? 1}` : timer.kind;
  return `${target} ${what} due ${localDeadline(timer.at, timeZone)}`;
}
