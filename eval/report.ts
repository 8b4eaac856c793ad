import { TICKET_PRIORITIES } from '../domain/tickets/codes';
import type { EvalSummary, PriorityCell, Ratio, ScenarioMiss } from './metrics';
import type { LineProblem } from './scenarios';

/* How an eval run is shown: a table for people, the same figures as JSON for machines. */

export interface FileReport {
  file: string;
  brain: 'rules' | 'text';
  durationMs: number;
  /** Lines that were not scenarios, skipped. */
  lineProblems: LineProblem[];
  summary: EvalSummary;
}

const percent = (value: number | null) => (value === null ? '   n/a' : `${(value * 100).toFixed(1).padStart(5)} %`);
const fraction = (part: Ratio) => `${String(part.correct).padStart(4)}/${String(part.total).padEnd(4)}`;
const row = (label: string, part: Ratio, note = '') => `  ${label.padEnd(16)}${fraction(part)} ${percent(part.rate)}${note}`;
const ms = (value: number | null) => (value === null ? 'n/a' : `${Math.round(value)} ms`);

function confusionTable(summary: EvalSummary): string[] {
  const columns: PriorityCell[] = [...TICKET_PRIORITIES, 'none'];
  const header = `  ${'expected \\ got'.padEnd(16)}${columns.map((column) => column.padStart(9)).join('')}`;
  const rows = TICKET_PRIORITIES.map(
    (expected) =>
      `  ${expected.padEnd(16)}${columns.map((column) => String(summary.priority.confusion[expected][column]).padStart(9)).join('')}`,
  );
  return [header, ...rows];
}

function describeMiss(miss: ScenarioMiss): string {
  const where = `${miss.id} (line ${miss.line})`;
  if ('error' in miss.got) return `  ${where}: error: ${miss.got.error}`;
  const got = miss.got;
  const parts = miss.wrong.map((what) => {
    if (what === 'routing') return `routing ${miss.expected.agent}→${got.agent ?? 'nobody'}`;
    if (what === 'priority') return `priority ${miss.expected.priority}→${got.priority ?? 'none'}`;
    if (what === 'kb') return `kb ${miss.expected.kb ?? ''}→${got.kb[0] ?? 'none'}`;
    return `escalation ${miss.expected.escalation ? 'expected' : 'not expected'}, ${got.escalated ? 'escalated' : 'not escalated'}`;
  });
  return `  ${where}: ${parts.join('; ')}  «${miss.says}»`;
}

export interface TableOptions {
  /** How many misses to list. */
  misses?: number;
  /** Print each listed miss's whole conversation under it. */
  conversations?: boolean;
}

export function formatTable(report: FileReport, options: TableOptions = {}): string {
  const { summary } = report;
  const lines = [
    `${report.file}: ${summary.scenarios} scenarios, ${report.brain} brain, ${(report.durationMs / 1000).toFixed(1)} s`,
    row('routing', summary.routing),
    row(
      'priority',
      summary.priority,
      summary.priority.fromCallAssessment > 0 ? `   (${summary.priority.fromCallAssessment} without a ticket: the call's assessment)` : '',
    ),
    row('KB top-1', summary.kb.top1),
    row('KB top-3', summary.kb.top3),
    row('escalation', summary.escalation),
    `  ${'turns per call'.padEnd(16)}mean ${summary.turnsPerCall.mean?.toFixed(1) ?? 'n/a'}, max ${summary.turnsPerCall.max ?? 'n/a'}`,
    `  ${'turn latency'.padEnd(16)}p50 ${ms(summary.turnLatencyMs.p50)}, p95 ${ms(summary.turnLatencyMs.p95)}, max ${ms(summary.turnLatencyMs.max)} (${summary.turnLatencyMs.count} webhooks)`,
  ];
  if (summary.errors > 0) lines.push(`  ${summary.errors} scenarios failed to play (see misses)`);
  lines.push('', '  routing by expected agent:');
  for (const [agent, part] of Object.entries(summary.routing.byAgent).sort(([a], [b]) => (a < b ? -1 : 1)))
    lines.push(row(`  ${agent}`, part));
  lines.push('', '  priority confusion (rows: expected, columns: got):', ...confusionTable(summary));
  for (const problem of report.lineProblems) lines.push(`  skipped line ${problem.line}: ${problem.message}`);
  const shown = options.misses ?? 0;
  if (shown > 0 && summary.misses.length > 0) {
    lines.push('', `  misses (${Math.min(shown, summary.misses.length)} of ${summary.misses.length}):`);
    for (const miss of summary.misses.slice(0, shown)) {
      lines.push(describeMiss(miss));
      if (options.conversations) lines.push(...miss.conversation.map((line) => `      ${line}`));
    }
  }
  return lines.join('\n');
}

/** Ratios as plain numbers, so the JSON reads without the table's rounding. */
export function toJson(reports: readonly FileReport[]): string {
  return JSON.stringify({ reports }, null, 2);
}
