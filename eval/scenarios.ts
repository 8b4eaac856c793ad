import { z } from 'zod';
import { SPECIALIST_NAMES, type SpecialistName } from '../domain/agents/names';
import { TICKET_PRIORITIES, type TicketPriority } from '../domain/tickets/codes';

/*
 * The scenario format `npm run eval` reads: JSON Lines, one caller a line. Unknown fields are
 * ignored, so a file written for another tool still loads; a bad line is reported with its number
 * and skipped, so one typo does not cost the whole run.
 */

/** What the lexicons were built from and the models are trained on (`npm run train`). */
export const TRAINING_SETS = [
  'eval/scenarios/train.jsonl',
  'eval/scenarios/dev.jsonl',
  'eval/scenarios/dev-2.jsonl',
  'eval/scenarios/fresh-dev.jsonl',
  'eval/scenarios/train-3.jsonl',
] as const;

/** What neither ever saw: for measuring only. */
export const HELD_OUT_SETS = [
  'eval/scenarios/held-out.jsonl',
  'eval/scenarios/fresh-held-out.jsonl',
  'eval/scenarios/fresh-held-out-2.jsonl',
] as const;

export const EXPECTED_AGENTS = [...SPECIALIST_NAMES, 'human'] as const;
export type ExpectedAgent = SpecialistName | 'human';

const text = z.string().trim().min(1, 'must not be empty').max(2000, 'is longer than 2,000 characters');

export const ZScenarioLine = z
  .object({
    id: z.union([z.string().trim().min(1).max(100), z.number().int().transform(String)]),
    utterance: text.optional(),
    turns: z.array(text).min(1, 'needs at least one turn').max(20, 'has more than 20 turns').optional(),
    expected_agent: z.enum(EXPECTED_AGENTS),
    expected_priority: z.enum(TICKET_PRIORITIES),
    expected_kb: z.string().trim().min(1).max(100).optional(),
    caller_phone: z
      .string()
      .trim()
      .regex(/^\+?[0-9 ()-]{3,20}$/, 'is not a phone number')
      .optional(),
    notes: z.string().optional(),
  })
  .refine((line) => (line.utterance === undefined) !== (line.turns === undefined), {
    message: 'give exactly one of "utterance" or "turns"',
  });

export interface Scenario {
  id: string;
  /** What the caller says, in order: one entry for an `utterance`. */
  turns: string[];
  expectedAgent: ExpectedAgent;
  expectedPriority: TicketPriority;
  expectedKb?: string;
  callerPhone?: string;
  /** The line in its file, for reports. */
  line: number;
}

export interface LineProblem {
  line: number;
  message: string;
}

export interface ParsedScenarios {
  scenarios: Scenario[];
  problems: LineProblem[];
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => (issue.path.length > 0 ? `"${issue.path.join('.')}" ${issue.message}` : issue.message)).join('; ');
}

function parseLine(raw: string, line: number): Scenario | LineProblem {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    return { line, message: `not valid JSON (${(error as Error).message})` };
  }
  const parsed = ZScenarioLine.safeParse(json);
  if (!parsed.success) return { line, message: describeIssues(parsed.error) };
  const value = parsed.data;
  return {
    id: value.id,
    turns: value.turns ?? [value.utterance ?? ''],
    expectedAgent: value.expected_agent,
    expectedPriority: value.expected_priority,
    ...(value.expected_kb === undefined ? {} : { expectedKb: value.expected_kb }),
    ...(value.caller_phone === undefined ? {} : { callerPhone: value.caller_phone }),
    line,
  };
}

/** Blank lines and lines starting with `//` or `#` are skipped silently; anything else must be a scenario. */
export function parseScenarios(content: string): ParsedScenarios {
  const scenarios: Scenario[] = [];
  const problems: LineProblem[] = [];
  const seen = new Map<string, number>();
  content.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('//') || trimmed.startsWith('#')) return;
    const result = parseLine(trimmed, line);
    if ('message' in result) {
      problems.push(result);
      return;
    }
    const first = seen.get(result.id);
    if (first !== undefined) {
      problems.push({ line, message: `duplicate id "${result.id}" (first on line ${first})` });
      return;
    }
    seen.set(result.id, line);
    scenarios.push(result);
  });
  return { scenarios, problems };
}
