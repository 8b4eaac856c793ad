import type { SpreadMinutes } from './config';

/**
 * The SLA terms the benchmark's tickets get. To have timers fire during the run, tickets belong to
 * benchmark organisations whose own terms are minutes long (24x7, warning at 50 %, level-1
 * escalation at the breach); resolution targets lie far beyond the run, so every workflow is
 * still open at the end.
 */
export const PRIORITIES = ['critical', 'high', 'medium', 'low'] as const;
export type BenchPriority = (typeof PRIORITIES)[number];

/** The burst's first-response minutes per priority; tickets cycle through the priorities, so deadlines interleave. */
const BURST_FIRST_RESPONSE_MIN: Record<BenchPriority, number> = { critical: 1, high: 2, medium: 3, low: 2 };

export const RESOLUTION_MIN = 8 * 60;
export const WARNING_PERCENT = 50;
/** Timers per ticket inside the window: first-response warning, breach, escalation level 1. */
export const TIMERS_PER_TICKET = 3;
export const FIRST_BENCH_UE_NUMBER = 9901;

/** One kind of SLA terms a ticket can get: a benchmark organisation's first-response target for a priority. */
export interface TermsSlot {
  /** Index of the benchmark organisation (0 is UE-9901). */
  org: number;
  priority: BenchPriority;
  minutes: number;
}

export interface BenchTerms {
  spread: SpreadMinutes | null;
  /** Ticket i gets slots[i % slots.length]. */
  slots: TermsSlot[];
  orgCount: number;
  maxTargetMinutes: number;
}

/**
 * Without a spread (the burst): one organisation, first response 1–3 min, so every deadline
 * falls within minutes of its ticket's opening. With a spread (e.g. 9–32 min): one target per
 * minute in that range, four per organisation (one per priority), so the deadlines spread over
 * the range and most of them come after all tickets are open.
 */
export function benchTerms(spread: SpreadMinutes | null): BenchTerms {
  const slots = spread
    ? Array.from({ length: spread.to - spread.from + 1 }, (_, j) => ({
        org: Math.floor(j / PRIORITIES.length),
        priority: PRIORITIES[j % PRIORITIES.length] ?? 'medium',
        minutes: spread.from + j,
      }))
    : PRIORITIES.map((priority) => ({ org: 0, priority, minutes: BURST_FIRST_RESPONSE_MIN[priority] }));
  return {
    spread,
    slots,
    orgCount: Math.max(...slots.map((slot) => slot.org)) + 1,
    maxTargetMinutes: Math.max(...slots.map((slot) => slot.minutes)),
  };
}

/** An organisation's first-response minutes for a priority (the longest target when it has none of its own). */
export function firstResponseMinutes(terms: BenchTerms, org: number, priority: BenchPriority): number {
  return terms.slots.find((slot) => slot.org === org && slot.priority === priority)?.minutes ?? terms.maxTargetMinutes;
}

/** The terms in a sentence, for the report. */
export function describeTerms(terms: BenchTerms): string {
  if (!terms.spread) {
    const targets = PRIORITIES.map((p) => `${p} ${BURST_FIRST_RESPONSE_MIN[p]} min`).join(', ');
    return `a benchmark organisation (UE-${FIRST_BENCH_UE_NUMBER}, open 24x7) whose own SLA terms are 24x7, first response ${targets}`;
  }
  return (
    `${terms.orgCount} benchmark organisations (open 24x7) whose own SLA terms are 24x7 with first-response targets of ` +
    `${terms.slots[0]?.minutes}–${terms.maxTargetMinutes} min, one per minute (${terms.slots.length} terms, one per organisation and priority)`
  );
}
