import { allRuns, runDigits } from './digit-runs';
import { spokenSymbols } from './spoken-symbols';

/** Words that introduce a ticket number: "ticket 10042", "case number one zero…". */
const TICKET_WORDS = new Set(['ticket', 'case', 'number', 'reference', 'ref', 'incident', 'request', 'id', 'job']);
const MIN_DIGITS = 3;
const MAX_DIGITS = 10;
const WORDS_BEFORE_NUMBER = 3;

/**
 * A ticket number from speech or keypad: the digits right after "ticket"/"case"/"number" if
 * any, else the first run of at least four digits. Digit words and number words count
 * ("ten thousand forty two").
 */
export function extractTicketNumber(text: string): string | null {
  const symbols = spokenSymbols(text);
  const runs = allRuns(symbols)
    .map((run) => ({ run, digits: runDigits(run) }))
    .filter(({ digits }) => digits.length >= MIN_DIGITS && digits.length <= MAX_DIGITS);
  const introduced = runs.find(({ run }) =>
    symbols
      .slice(Math.max(0, run.start - WORDS_BEFORE_NUMBER), run.start)
      .some((symbol) => symbol.kind === 'word' && TICKET_WORDS.has(symbol.word)),
  );
  return introduced?.digits ?? runs.find(({ digits }) => digits.length >= 4)?.digits ?? null;
}
