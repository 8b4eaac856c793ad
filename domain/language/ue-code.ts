import { allRuns, exactDigits, leadingDigits, readRunAt } from './digit-runs';
import { spellDigits, spellLetters } from './speech';
import { spokenSymbols, type SpokenSymbol } from './spoken-symbols';
import { PREFIX_TO_DIGITS_WORDS } from './spoken-words';
import { namesTicketNumber } from './ticket-number';

/**
 * The shape of an organisation code: letters, then a fixed number of digits. The canonical
 * form joins them with a hyphen (`UE-1042`).
 */
export interface UeCodePattern {
  prefix: string;
  digits: number;
}

export const DEFAULT_UE_CODE_PATTERN: UeCodePattern = { prefix: 'UE', digits: 4 };

const HASH_PATTERN = /^([A-Za-z]{0,6})[\s_-]?(#{2,10})$/;
const REGEX_PATTERN = /^([A-Za-z]{0,6})[\s_-]?\\d\{(\d{1,2})\}$/;

/**
 * Reads the `UE_CODE_PATTERN` setting: `UE-####` (letters, then one # per digit) or
 * `UE-\d{4}`. Empty means the default. Throws on anything else, at start-up, where config is parsed.
 */
export function parseUeCodePattern(envValue: string | undefined): UeCodePattern {
  const value = envValue?.trim() ?? '';
  if (value === '') return DEFAULT_UE_CODE_PATTERN;
  const hashes = HASH_PATTERN.exec(value);
  if (hashes) return { prefix: (hashes[1] ?? '').toUpperCase(), digits: (hashes[2] ?? '').length };
  const regex = REGEX_PATTERN.exec(value);
  const digits = Number(regex?.[2]);
  if (regex && digits >= 2 && digits <= 10) return { prefix: (regex[1] ?? '').toUpperCase(), digits };
  throw new Error(`UE_CODE_PATTERN must look like "UE-####" (letters, then one # per digit); got "${value}"`);
}

export function canonicalUeCode(digits: string, pattern: UeCodePattern = DEFAULT_UE_CODE_PATTERN): string {
  return pattern.prefix === '' ? digits : `${pattern.prefix}-${digits}`;
}

const KEYPAD: Readonly<Record<string, string>> = {
  a: '2',
  b: '2',
  c: '2',
  d: '3',
  e: '3',
  f: '3',
  g: '4',
  h: '4',
  i: '4',
  j: '5',
  k: '5',
  l: '5',
  m: '6',
  n: '6',
  o: '6',
  p: '7',
  q: '7',
  r: '7',
  s: '7',
  t: '8',
  u: '8',
  v: '8',
  w: '9',
  x: '9',
  y: '9',
  z: '9',
};

/**
 * Keypad entry: just the digits ("1042#"), or the letters keyed too ("831042" for UE-1042).
 * `*` and `#` are ignored.
 */
export function parseUeCodeDtmf(keys: string, pattern: UeCodePattern = DEFAULT_UE_CODE_PATTERN): string | null {
  const digits = keys.replace(/[^0-9]/g, '');
  if (digits.length === pattern.digits) return canonicalUeCode(digits, pattern);
  const keyedPrefix = [...pattern.prefix.toLowerCase()].map((char) => KEYPAD[char] ?? '').join('');
  if (digits.length === keyedPrefix.length + pattern.digits && digits.startsWith(keyedPrefix)) {
    return canonicalUeCode(digits.slice(keyedPrefix.length), pattern);
  }
  return null;
}

/** Index just past the prefix's letters when they start at `start` (fillers allowed between), else -1. */
function afterPrefix(symbols: readonly SpokenSymbol[], start: number, letters: readonly string[]): number {
  let index = start;
  for (const [position, wanted] of letters.entries()) {
    while (position > 0 && symbols[index]?.kind === 'filler') index += 1;
    const symbol = symbols[index];
    if (symbol?.kind !== 'letter' || symbol.letter !== wanted) return -1;
    index += 1;
  }
  return index;
}

const MAX_WORDS_BEFORE_DIGITS = 3;

/** Skips "code is", "number", fillers between the letters and the digits. */
function skipToDigits(symbols: readonly SpokenSymbol[], start: number): number {
  let index = start;
  let wordsSkipped = 0;
  for (;;) {
    const symbol = symbols[index];
    if (symbol?.kind === 'filler') index += 1;
    else if (symbol?.kind === 'word' && PREFIX_TO_DIGITS_WORDS.has(symbol.word) && wordsSkipped < MAX_WORDS_BEFORE_DIGITS) {
      wordsSkipped += 1;
      index += 1;
    } else return index;
  }
}

function digitsAfterPrefix(symbols: readonly SpokenSymbol[], pattern: UeCodePattern): string | null {
  const letters = [...pattern.prefix.toLowerCase()];
  if (letters.length === 0) return null;
  for (let start = 0; start < symbols.length; start += 1) {
    const end = afterPrefix(symbols, start, letters);
    if (end < 0) continue;
    const run = readRunAt(symbols, skipToDigits(symbols, end));
    const digits = run && (exactDigits(run, pattern.digits) ?? leadingDigits(run, pattern.digits));
    if (digits) return digits;
  }
  return null;
}

/** Without the letters, only an unambiguous run of exactly the right length counts. */
function bareDigits(symbols: readonly SpokenSymbol[], pattern: UeCodePattern): string | null {
  const candidates = new Set<string>();
  for (const run of allRuns(symbols)) {
    const digits = exactDigits(run, pattern.digits);
    if (digits !== null) candidates.add(digits);
  }
  const [only] = candidates;
  return candidates.size === 1 && only !== undefined ? only : null;
}

/**
 * Finds an organisation code in what the caller said or keyed, and returns it in canonical
 * form (`UE-1042`), or null when there is none or it is ambiguous. A number said after "ticket",
 * "case" or "reference" is never one. Handles digit words, "oh"
 * for zero, "double four", number words ("ten forty two"), spelled and NATO letters.
 */
export function parseUeCode(text: string, pattern: UeCodePattern = DEFAULT_UE_CODE_PATTERN): string | null {
  if (/^[\d\s*#]+$/.test(text.trim())) return parseUeCodeDtmf(text, pattern);
  const symbols = spokenSymbols(text, pattern.prefix === '' ? [] : [pattern.prefix.toLowerCase()]);
  // "Ticket one zero four two" is a ticket, whatever its length: only the code's letters make it a code then.
  const bare = namesTicketNumber(text) ? null : bareDigits(symbols, pattern);
  const digits = digitsAfterPrefix(symbols, pattern) ?? bare;
  return digits === null ? null : canonicalUeCode(digits, pattern);
}

/** `UE-1042` -> `U E, one zero four two`, for reading a code back to the caller. */
export function formatUeCodeForSpeech(code: string): string {
  const match = /^\s*([A-Za-z]*)[\s-]?(\d+)\s*$/.exec(code);
  if (!match) return code;
  const [, letters = '', digits = ''] = match;
  return letters === '' ? spellDigits(digits) : `${spellLetters(letters)}, ${spellDigits(digits)}`;
}
