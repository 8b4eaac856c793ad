import type { TicketPriority } from '../domain/tickets/codes';
import type { CallObservation } from './observe';
import type { PlayedCall } from './play';
import type { ExpectedAgent, Scenario } from './scenarios';

/* The figures of an eval run, computed from what each call did. Pure: the same results give the same report. */

export type ScenarioResult = { scenario: Scenario; played: PlayedCall; observed: CallObservation } | { scenario: Scenario; error: string };

export interface Ratio {
  correct: number;
  total: number;
  /** correct / total, or null when nothing was measured. */
  rate: number | null;
}

export type PriorityCell = TicketPriority | 'none';

export interface ScenarioMiss {
  id: string;
  line: number;
  says: string;
  expected: { agent: ExpectedAgent; priority: TicketPriority; kb?: string; escalation: boolean };
  got: { agent: ExpectedAgent | null; priority: TicketPriority | null; kb: string[]; escalated: boolean } | { error: string };
  wrong: Array<'routing' | 'priority' | 'kb' | 'escalation' | 'error'>;
  /** The whole call as heard, caller and agent, for working out why. */
  conversation: string[];
}

export interface EvalSummary {
  scenarios: number;
  errors: number;
  routing: Ratio & { byAgent: Record<string, Ratio> };
  priority: Ratio & {
    /** expected → observed → count. */
    confusion: Record<TicketPriority, Record<PriorityCell, number>>;
    /** Calls whose priority came from the call's assessment because they opened no ticket. */
    fromCallAssessment: number;
  };
  kb: { total: number; top1: Ratio; top3: Ratio };
  escalation: Ratio;
  turnsPerCall: { mean: number | null; max: number | null };
  turnLatencyMs: { count: number; p50: number | null; p95: number | null; max: number | null };
  misses: ScenarioMiss[];
}

/** A call should reach a person when the caller asks for one or the incident is critical (contain, ticket, then a person). */
export function expectsEscalation(scenario: Scenario): boolean {
  return scenario.expectedAgent === 'human' || scenario.expectedPriority === 'critical';
}

export function ratio(correct: number, total: number): Ratio {
  return { correct, total, rate: total === 0 ? null : correct / total };
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], fraction: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil(fraction * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1] ?? null;
}

function emptyConfusion(): Record<TicketPriority, Record<PriorityCell, number>> {
  const row = (): Record<PriorityCell, number> => ({ low: 0, medium: 0, high: 0, critical: 0, none: 0 });
  return { low: row(), medium: row(), high: row(), critical: row() };
}

function missOf(result: ScenarioResult): ScenarioMiss | null {
  const { scenario } = result;
  const expected = {
    agent: scenario.expectedAgent,
    priority: scenario.expectedPriority,
    ...(scenario.expectedKb === undefined ? {} : { kb: scenario.expectedKb }),
    escalation: expectsEscalation(scenario),
  };
  const base = { id: scenario.id, line: scenario.line, says: scenario.turns.join(' / '), expected };
  if ('error' in result) return { ...base, got: { error: result.error }, wrong: ['error'], conversation: [] };
  const { observed } = result;
  const wrong: ScenarioMiss['wrong'] = [];
  if (observed.routedTo !== scenario.expectedAgent) wrong.push('routing');
  if (observed.priority !== scenario.expectedPriority) wrong.push('priority');
  if (scenario.expectedKb !== undefined && observed.kbResults[0] !== scenario.expectedKb) wrong.push('kb');
  if (observed.escalated !== expected.escalation) wrong.push('escalation');
  if (wrong.length === 0) return null;
  const got = { agent: observed.routedTo, priority: observed.priority, kb: observed.kbResults, escalated: observed.escalated };
  return { ...base, got, wrong, conversation: result.played.conversation };
}

export function summarize(results: readonly ScenarioResult[]): EvalSummary {
  const played = results.filter((result): result is Extract<ScenarioResult, { played: PlayedCall }> => 'played' in result);
  const byAgent: Record<string, Ratio> = {};
  for (const result of results) {
    const agent = result.scenario.expectedAgent;
    const right = 'observed' in result && result.observed.routedTo === agent;
    const before = byAgent[agent] ?? ratio(0, 0);
    byAgent[agent] = ratio(before.correct + (right ? 1 : 0), before.total + 1);
  }
  const confusion = emptyConfusion();
  for (const result of played) confusion[result.scenario.expectedPriority][result.observed.priority ?? 'none'] += 1;
  const withKb = played.filter((result) => result.scenario.expectedKb !== undefined);
  const kbErrors = results.filter((result) => 'error' in result && result.scenario.expectedKb !== undefined).length;
  const kbTotal = withKb.length + kbErrors;
  const turns = played.map((result) => result.played.callerTurns);
  const latencies = played.flatMap((result) => result.played.latenciesMs).sort((a, b) => a - b);
  const count = (test: (result: (typeof played)[number]) => boolean) => played.filter(test).length;
  return {
    scenarios: results.length,
    errors: results.length - played.length,
    routing: {
      ...ratio(
        count((r) => r.observed.routedTo === r.scenario.expectedAgent),
        results.length,
      ),
      byAgent,
    },
    priority: {
      ...ratio(
        count((r) => r.observed.priority === r.scenario.expectedPriority),
        results.length,
      ),
      confusion,
      fromCallAssessment: count((r) => r.observed.prioritySource === 'call'),
    },
    kb: {
      total: kbTotal,
      top1: ratio(withKb.filter((r) => r.observed.kbResults[0] === r.scenario.expectedKb).length, kbTotal),
      top3: ratio(withKb.filter((r) => r.observed.kbResults.slice(0, 3).includes(r.scenario.expectedKb ?? '')).length, kbTotal),
    },
    escalation: ratio(
      count((r) => r.observed.escalated === expectsEscalation(r.scenario)),
      results.length,
    ),
    turnsPerCall: {
      mean: turns.length === 0 ? null : turns.reduce((sum, value) => sum + value, 0) / turns.length,
      max: turns.length === 0 ? null : Math.max(...turns),
    },
    turnLatencyMs: {
      count: latencies.length,
      p50: percentile(latencies, 0.5),
      p95: percentile(latencies, 0.95),
      max: latencies.at(-1) ?? null,
    },
    misses: results.map(missOf).filter((miss): miss is ScenarioMiss => miss !== null),
  };
}
