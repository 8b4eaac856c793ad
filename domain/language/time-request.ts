import { analyzeText } from './lexicon';
import { readClockPhrase } from './clock-phrases';
import {
  readDayPhrase,
  readDurationPhrase,
  readPartPhrase,
  type DayPhrase,
  type Match,
  type TimeFact,
  type TimeOfDayPhrase,
  type Tokens,
} from './time-phrases';

/**
 * What a caller said about when to call, before any calendar is consulted: a duration from now,
 * or a day and/or a time of day. Reading is pure and knows no clock; ./requested-time turns it
 * into an instant.
 */
export type TimeRequest = { kind: 'in'; minutes: number } | { kind: 'on'; day: DayPhrase | null; time: TimeOfDayPhrase | null };

/*
 * Recognisers write "p.m.", "3pm", "3:30", "o'clock" and "1.5"; they are rewritten into words
 * first, because the shared normaliser turns punctuation into clause breaks and spaces.
 */
const SPOKEN_FORMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/(\d{1,2}):(\d{2})\b/g, '$1 colon $2'],
  [/(\d+)\.5\b/g, '$1 and a half'],
  [/(\d)\s*([ap])\.?\s?m\b\.?/g, '$1 $2m'],
  [/\b([ap])\.\s?m\b\.?/g, '$1m'],
  [/\b([ap]) m\b/g, '$1m'],
  [/\bo'?\s?clock\b/g, 'oclock'],
  [/(\d)\s*ish\b/g, '$1'],
];

/** A callback time is said in a sentence or two; longer text is cut so reading stays cheap inside a workflow task. */
const MAX_TEXT_LENGTH = 500;

function tokensOf(text: string): Tokens {
  let prepared = text.slice(0, MAX_TEXT_LENGTH).toLowerCase();
  for (const [pattern, replacement] of SPOKEN_FORMS) prepared = prepared.replace(pattern, replacement);
  return analyzeText(prepared);
}

function scan(tokens: Tokens): TimeFact[] {
  const facts: TimeFact[] = [];
  let lastDayEnd = -1;
  const dayOrPartAt = (index: number) => readDayPhrase(tokens, index) !== null || readPartPhrase(tokens, index) !== null;
  let index = 0;
  while (index < tokens.length) {
    const match: Match | null =
      readDurationPhrase(tokens, index) ??
      readDayPhrase(tokens, index) ??
      readPartPhrase(tokens, index) ??
      readClockPhrase(tokens, index, { lastDayEnd, dayOrPartAt });
    if (match === null) {
      index += 1;
      continue;
    }
    const negated = tokens[index]?.negated ?? false;
    // "not tomorrow, friday": a negated day is dropped; a negated time is judged below.
    facts.push(...match.facts.filter((fact) => !(fact.kind === 'day' && negated)));
    if (match.facts.some((fact) => fact.kind === 'day' || (fact.kind === 'time' && fact.time.kind !== 'clock'))) lastDayEnd = match.end;
    index = match.end;
  }
  return facts;
}

/** "not in the morning" means the afternoon, and the other way round; any other negated time is dropped. */
function unnegated(fact: TimeFact & { kind: 'time' }): TimeOfDayPhrase | null {
  if (!fact.negated) return fact.time;
  if (fact.time.kind !== 'part' || fact.time.part === 'evening') return null;
  return { kind: 'part', part: fact.time.part === 'morning' ? 'afternoon' : 'morning' };
}

function timeOfDay(facts: readonly TimeFact[]): TimeOfDayPhrase | null {
  const times = facts.flatMap((fact) => (fact.kind === 'time' ? [unnegated(fact)] : [])).filter((time) => time !== null);
  const clock = times.find((time) => time.kind === 'clock');
  const part = times.find((time) => time.kind !== 'clock' && time.kind !== 'later') ?? times.find((time) => time.kind === 'later');
  if (clock === undefined) return part ?? null;
  // "tomorrow morning at 10", "at 3 in the afternoon": the part of the day says am or pm.
  if (clock.clock.meridiem === null && clock.clock.hour <= 12 && part?.kind === 'part') {
    return { kind: 'clock', clock: { ...clock.clock, meridiem: part.part === 'morning' ? 'am' : 'pm' } };
  }
  return clock;
}

/** What `text` says about when to call, or null when it names no time ("as soon as possible"). */
export function readTimeRequest(text: string): TimeRequest | null {
  const facts = scan(tokensOf(text));
  const duration = facts.find((fact) => fact.kind === 'duration');
  if (duration !== undefined && duration.minutes > 0) return { kind: 'in', minutes: duration.minutes };
  const day = facts.find((fact) => fact.kind === 'day')?.day ?? null;
  const time = timeOfDay(facts);
  return day === null && time === null ? null : { kind: 'on', day, time };
}
