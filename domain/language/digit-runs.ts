import type { SpokenSymbol } from './spoken-symbols';

/*
 * Groups digit chunks that belong together ("one oh four two", "10 42") and decides which
 * digits a run stands for when it is not exactly the length wanted.
 */

export interface DigitChunk {
  digits: string;
  weak: boolean;
}

export interface DigitRun {
  chunks: DigitChunk[];
  /** Index of the first symbol of the run. */
  start: number;
  /** Index just past the last digit symbol of the run. */
  end: number;
}

function chunkOf(symbol: SpokenSymbol | undefined): DigitChunk | null {
  if (symbol?.kind === 'digits') return { digits: symbol.digits, weak: symbol.weak };
  // The letter O doubles as zero, but only as a weak one ("oh, my printer").
  if (symbol?.kind === 'letter' && symbol.zero) return { digits: '0', weak: true };
  return null;
}

/** The run of digit chunks starting at `start` (fillers between chunks allowed), or null. */
export function readRunAt(symbols: readonly SpokenSymbol[], start: number): DigitRun | null {
  const first = chunkOf(symbols[start]);
  if (first === null) return null;
  const chunks: DigitChunk[] = [first];
  let end = start + 1;
  for (let index = start + 1; index < symbols.length; index += 1) {
    const symbol = symbols[index];
    if (symbol?.kind === 'filler') continue;
    const chunk = chunkOf(symbol);
    if (chunk === null) break;
    chunks.push(chunk);
    end = index + 1;
  }
  return { chunks, start, end };
}

export function allRuns(symbols: readonly SpokenSymbol[]): DigitRun[] {
  const runs: DigitRun[] = [];
  let index = 0;
  while (index < symbols.length) {
    const run = readRunAt(symbols, index);
    if (run === null) index += 1;
    else {
      runs.push(run);
      index = run.end;
    }
  }
  return runs;
}

const joined = (chunks: readonly DigitChunk[]) => chunks.map((chunk) => chunk.digits).join('');

/** The run without weak sound-alikes at its edges ("for one oh four two" -> "1042"). */
export function trimWeakEdges(chunks: readonly DigitChunk[]): DigitChunk[] {
  let from = 0;
  let to = chunks.length;
  while (from < to && chunks[from]?.weak) from += 1;
  while (to > from && chunks[to - 1]?.weak) to -= 1;
  return chunks.slice(from, to);
}

/** The digits of the whole run, or with weak edges trimmed, when either has exactly `length` digits. */
export function exactDigits(run: DigitRun, length: number): string | null {
  const whole = joined(run.chunks);
  if (whole.length === length) return whole;
  const trimmed = joined(trimWeakEdges(run.chunks));
  return trimmed.length === length ? trimmed : null;
}

/**
 * The first chunks of a run that add up to exactly `length` digits, for runs that carry on
 * past the code ("UE 1042, 3 printers down"). Used only after a code prefix, where the run is
 * known to start with the code.
 */
export function leadingDigits(run: DigitRun, length: number): string | null {
  let digits = '';
  for (const chunk of trimWeakEdges(run.chunks)) {
    digits += chunk.digits;
    if (digits.length === length) return digits;
    if (digits.length > length) return null;
  }
  return null;
}

/** Every run's digits with weak edges trimmed, e.g. for ticket numbers. */
export function runDigits(run: DigitRun): string {
  return joined(trimWeakEdges(run.chunks));
}
