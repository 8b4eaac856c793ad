import { REPEAT_WORDS, TEEN_WORDS, TENS_WORDS, UNIT_WORDS } from '../language/spoken-words';

/*
 * Words of recognised speech with their place in the original text, and the runs of digits they
 * spell ("four one one one", "4111 1111", "double four", "forty one"), so a secret can be cut out
 * of the text exactly where it was said.
 */

export interface Token {
  /** Lower case, without surrounding punctuation. */
  word: string;
  start: number;
  end: number;
  /** The caller paused or ended a sentence after this word (`,` `.` `?` `!` `;`). */
  clauseEnd: boolean;
}

export interface DigitRun {
  digits: string;
  /** Token indexes, end exclusive. */
  first: number;
  last: number;
  start: number;
  end: number;
}

/** Part of a redaction mark ("[code]", "[card number]"): it names a secret that is gone, it does not cue one. */
export const MARK_WORD = '[mark]';
const MARK_PART = /^\[|\][.,;!?]*$/;

export function tokenize(text: string): Token[] {
  return [...text.matchAll(/\S+/g)].map((match) => {
    const raw = match[0];
    return {
      word: MARK_PART.test(raw) ? MARK_WORD : raw.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''),
      start: match.index,
      end: match.index + raw.length,
      clauseEnd: /[.,;!?]$/.test(raw),
    };
  });
}

/** Heard between the digits of one number: "four one, one one", "dash", "uh". */
const RUN_FILLERS = new Set(['', 'dash', 'hyphen', 'uh', 'um', 'er', 'erm', 'space']);

/** Number words only count as digits when strong; "for", "to" and "won" are ordinary words too often. */
function unitDigit(word: string): string | undefined {
  if (word === 'oh' || word === 'o') return '0';
  const unit = UNIT_WORDS[word];
  return unit && !unit.weak ? String(unit.digit) : undefined;
}

/** The digits one or two tokens spell, and how many tokens that took; undefined when not a number. */
function digitsAt(tokens: readonly Token[], index: number): { digits: string; used: number } | undefined {
  const word = tokens[index]?.word ?? '';
  const next = tokens[index + 1]?.word ?? '';
  if (/^\d+([-/.]\d+)*$/.test(word)) return { digits: word.replace(/\D/g, ''), used: 1 };
  const repeat = REPEAT_WORDS[word];
  const repeated = unitDigit(next) ?? (/^\d$/.test(next) ? next : undefined);
  if (repeat !== undefined && repeated !== undefined) return { digits: repeated.repeat(repeat), used: 2 };
  const tens = TENS_WORDS[word];
  if (tens !== undefined) {
    const unit = unitDigit(next);
    return unit !== undefined && unit !== '0' ? { digits: String(tens + Number(unit)), used: 2 } : { digits: String(tens), used: 1 };
  }
  const teen = TEEN_WORDS[word];
  if (teen !== undefined) return { digits: String(teen), used: 1 };
  const unit = unitDigit(word);
  return unit === undefined ? undefined : { digits: unit, used: 1 };
}

/** Every maximal run of spoken or written digits, fillers allowed inside, never across a sentence end. */
export function digitRuns(tokens: readonly Token[]): DigitRun[] {
  const runs: DigitRun[] = [];
  let index = 0;
  while (index < tokens.length) {
    const first = digitsAt(tokens, index);
    if (!first) {
      index += 1;
      continue;
    }
    let digits = first.digits;
    let last = index + first.used;
    let cursor = last;
    while (cursor < tokens.length && !(tokens[cursor - 1] as Token).clauseEnd) {
      if (RUN_FILLERS.has((tokens[cursor] as Token).word)) {
        cursor += 1;
        continue;
      }
      const more = digitsAt(tokens, cursor);
      if (!more) break;
      digits += more.digits;
      cursor += more.used;
      last = cursor;
    }
    runs.push({ digits, first: index, last, start: (tokens[index] as Token).start, end: (tokens[last - 1] as Token).end });
    index = last;
  }
  return runs;
}
