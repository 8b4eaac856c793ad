import { allRuns, runDigits, type DigitRun } from './digit-runs';
import { spokenSymbols, type SpokenSymbol } from './spoken-symbols';

/** Words that name a ticket: "ticket 10042", "case number one zero…", "reference 10007". */
const TICKET_NAMES = new Set(['ticket', 'case', 'reference', 'ref', 'incident', 'job']);
/** Words that may sit between a ticket's name and its digits: "ticket number is", "reference no". */
const TICKET_WORDS = new Set([...TICKET_NAMES, 'number', 'no', 'id', 'request', 'is', 'was', 'my', 'the', 'about', 'it']);
const MIN_DIGITS = 3;
const MAX_DIGITS = 10;
const WORDS_AROUND_NUMBER = 3;
/** Ticket numbers are five digits: one said bare ("10042 is still broken") is still one. */
const BARE_TICKET_DIGITS = 5;

interface NumberRun {
  run: DigitRun;
  digits: string;
}

function numberRuns(symbols: readonly SpokenSymbol[]): NumberRun[] {
  return allRuns(symbols)
    .map((run) => ({ run, digits: runDigits(run) }))
    .filter(({ digits }) => digits.length >= MIN_DIGITS && digits.length <= MAX_DIGITS);
}

/** "ticket 10042", "case number is 10042": a ticket's name, then only ticket words or fillers, then the digits. */
function namedBefore(symbols: readonly SpokenSymbol[], start: number): boolean {
  for (let index = start - 1; index >= Math.max(0, start - WORDS_AROUND_NUMBER); index -= 1) {
    const symbol = symbols[index];
    if (symbol?.kind !== 'word') continue;
    if (TICKET_NAMES.has(symbol.word)) return true;
    if (!TICKET_WORDS.has(symbol.word)) return false;
  }
  return false;
}

/** "10007 is my ticket". */
function namedAfter(symbols: readonly SpokenSymbol[], end: number): boolean {
  const words = symbols.slice(end, end + WORDS_AROUND_NUMBER).flatMap((symbol) => (symbol.kind === 'word' ? [symbol.word] : []));
  const name = words.findIndex((word) => TICKET_NAMES.has(word));
  return name >= 0 && words.slice(0, name).every((word) => TICKET_WORDS.has(word));
}

function introduced(symbols: readonly SpokenSymbol[], { run }: NumberRun): boolean {
  return namedBefore(symbols, run.start) || namedAfter(symbols, run.end);
}

/**
 * A ticket number from speech or keypad: the digits right after "ticket"/"case"/"reference" if
 * any, else the first run of at least four digits. Digit words and number words count
 * ("ten thousand forty two").
 */
export function extractTicketNumber(text: string): string | null {
  const symbols = spokenSymbols(text);
  const runs = numberRuns(symbols);
  return runs.find((candidate) => introduced(symbols, candidate))?.digits ?? runs.find(({ digits }) => digits.length >= 4)?.digits ?? null;
}

/** A number the caller named as a ticket's ("ticket one zero four two", "case 10005", "reference number…"): never an organisation code. */
export function namesTicketNumber(text: string): boolean {
  const symbols = spokenSymbols(text);
  return numberRuns(symbols).some((candidate) => introduced(symbols, candidate));
}

/** Whether the caller gave a ticket number: named as one, or five digits said bare ("10042 is still broken"). */
export function givesTicketNumber(text: string): boolean {
  const symbols = spokenSymbols(text);
  return numberRuns(symbols).some((candidate) => introduced(symbols, candidate) || candidate.digits.length === BARE_TICKET_DIGITS);
}
