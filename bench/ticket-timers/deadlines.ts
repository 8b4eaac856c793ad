import type { SlaTimerKind } from '../../domain/sla/clock';
import { WARNING_PERCENT, type BenchPriority, type BenchTerms } from './terms';

/** A timer's identity across samples and deadlines: `ticket/kind/level`. */
export const timerKey = (ticketId: number, kind: SlaTimerKind, level: number): string => `${ticketId}/${kind}/${level}`;

/** A benchmark ticket as the read model has it: enough to know when its timers are due. */
export interface OpenedTicket {
  id: number;
  /** Its organisation's id in the database. */
  org: number;
  created: Date;
  priority: BenchPriority;
}

/**
 * Every timer that should fire in the window, by key, with its deadline: recomputed from each
 * ticket's `created_at` and its terms, independently of the workflow, so a fired timer's own
 * deadline can be checked against it.
 */
export function dueTimers(tickets: OpenedTicket[], terms: BenchTerms, orgIds: number[]): Map<string, number> {
  const targetMinutes = new Map(terms.slots.map((slot) => [`${orgIds[slot.org]}/${slot.priority}`, slot.minutes]));
  const due = new Map<string, number>();
  for (const ticket of tickets) {
    const firstResponseMs = (targetMinutes.get(`${ticket.org}/${ticket.priority}`) ?? NaN) * 60_000;
    const created = ticket.created.getTime();
    due.set(timerKey(ticket.id, 'warning', 0), created + Math.floor((firstResponseMs * WARNING_PERCENT) / 100));
    due.set(timerKey(ticket.id, 'breach', 0), created + firstResponseMs);
    due.set(timerKey(ticket.id, 'escalate', 1), created + firstResponseMs);
  }
  return due;
}
