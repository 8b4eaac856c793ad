import { CLAUSE_BREAK, normalizeText } from '../kb/tokenize';
import {
  IN_NUMBER_FILLERS,
  LETTER_NAMES,
  NATO_WORDS,
  REPEAT_WORDS,
  SCALE_WORDS,
  SPELLING_LINKS,
  TEEN_WORDS,
  TENS_WORDS,
  UNIT_WORDS,
} from './spoken-words';

/*
 * Turns recognised speech into a stream of letters, digit chunks, fillers and other words,
 * resolving number words ("ten forty two" -> 10, 42), repeats ("double four" -> 44) and
 * spelled letters ("u as in uniform" -> u) on the way.
 */

export type SpokenSymbol =
  | { kind: 'digits'; digits: string; weak: boolean }
  /** `zero`: the letter O, which callers also say for the digit 0. */
  | { kind: 'letter'; letter: string; zero: boolean }
  /** Noise between parts of a number: "uh", "dash", punctuation. */
  | { kind: 'filler' }
  | { kind: 'word'; word: string };

interface Step {
  symbols: SpokenSymbol[];
  next: number;
}

type Position = 'start' | 'unit' | 'teen' | 'tens' | 'scale';

function strongUnit(word: string | undefined): number | undefined {
  const unit = word === undefined ? undefined : UNIT_WORDS[word];
  return unit !== undefined && !unit.weak && unit.digit > 0 ? unit.digit : undefined;
}

/** English cardinals with a scale word or a tens-plus-unit: "one thousand forty two", "forty two". */
function readCardinal(words: readonly string[], start: number): Step | null {
  let total = 0;
  let current = 0;
  let position: Position = 'start';
  let compound = false;
  let next = start;
  for (let index = start; index < words.length; index += 1) {
    const word = words[index] ?? '';
    const atBoundary = position === 'start' || position === 'scale';
    const unit = strongUnit(word) ?? (word === 'a' && position === 'start' && SCALE_WORDS[words[index + 1] ?? ''] ? 1 : undefined);
    if (word === 'and' && position === 'scale') continue;
    if (unit !== undefined && (atBoundary || position === 'tens')) {
      compound ||= position === 'tens';
      current += unit;
      position = 'unit';
    } else if (TEEN_WORDS[word] !== undefined && atBoundary) {
      current += TEEN_WORDS[word];
      position = 'teen';
    } else if (TENS_WORDS[word] !== undefined && atBoundary) {
      current += TENS_WORDS[word];
      position = 'tens';
    } else if (word === 'hundred' && position !== 'start' && position !== 'scale' && current < 100) {
      current *= 100;
      position = 'scale';
      compound = true;
    } else if (word === 'thousand' && position !== 'start' && total === 0) {
      total = (current === 0 ? 1 : current) * 1000;
      current = 0;
      position = 'scale';
      compound = true;
    } else break;
    next = index + 1;
  }
  if (!compound) return null;
  return { symbols: [{ kind: 'digits', digits: String(total + current), weak: false }], next };
}

function readRepeat(words: readonly string[], start: number): Step | null {
  const times = REPEAT_WORDS[words[start] ?? ''];
  const following = words[start + 1] ?? '';
  if (times === undefined) return null;
  const digit =
    UNIT_WORDS[following]?.digit ?? (/^\d$/.test(following) ? Number(following) : following === 'oh' || following === 'o' ? 0 : undefined);
  if (digit !== undefined) return { symbols: [{ kind: 'digits', digits: String(digit).repeat(times), weak: false }], next: start + 2 };
  if (times === 2 && letterOf(following) === 'u') return { symbols: [letter('w')], next: start + 2 };
  return null;
}

function letterOf(word: string): string | undefined {
  if (/^[a-z]$/.test(word)) return word;
  return LETTER_NAMES[word] ?? NATO_WORDS[word];
}

function letter(value: string): SpokenSymbol {
  return { kind: 'letter', letter: value, zero: value === 'o' };
}

/** "u as in uniform", "e for echo": the example word is swallowed if it starts with the letter. */
function readSpelledLetter(words: readonly string[], start: number): Step | null {
  const value = letterOf(words[start] ?? '');
  if (value === undefined) return null;
  for (const link of SPELLING_LINKS) {
    const matchesLink = link.every((part, offset) => words[start + 1 + offset] === part);
    const example = words[start + 1 + link.length];
    if (matchesLink && example !== undefined && example.startsWith(value)) {
      return { symbols: [letter(value)], next: start + 2 + link.length };
    }
  }
  return { symbols: [letter(value)], next: start + 1 };
}

function readSimple(word: string): SpokenSymbol[] {
  if (/^\d+$/.test(word)) return [{ kind: 'digits', digits: word, weak: false }];
  const unit = UNIT_WORDS[word];
  if (unit !== undefined) return [{ kind: 'digits', digits: String(unit.digit), weak: unit.weak }];
  const teen = TEEN_WORDS[word] ?? TENS_WORDS[word];
  if (teen !== undefined) return [{ kind: 'digits', digits: String(teen), weak: false }];
  if (word === CLAUSE_BREAK || IN_NUMBER_FILLERS.has(word)) return [{ kind: 'filler' }];
  return [{ kind: 'word', word }];
}

function prepareWords(text: string, letterWords: readonly string[]): string[] {
  // "UE1042" and "1042UE" arrive glued; split letters from digits before anything else.
  const separated = text.replace(/([a-z])(\d)/gi, '$1 $2').replace(/(\d)([a-z])/gi, '$1 $2');
  const normalized = normalizeText(separated);
  const words = normalized === '' ? [] : normalized.split(' ');
  return words.flatMap((word) => (letterWords.includes(word) ? word.split('') : [word]));
}

/**
 * @param letterWords words to read as spelled letters even though they look like words, e.g.
 *   `['ue']` so that "UE 1042" yields the letters u and e.
 */
export function spokenSymbols(text: string, letterWords: readonly string[] = []): SpokenSymbol[] {
  const words = prepareWords(text, letterWords);
  const symbols: SpokenSymbol[] = [];
  let index = 0;
  while (index < words.length) {
    const step = readRepeat(words, index) ?? readCardinal(words, index) ?? readSpelledLetter(words, index);
    if (step !== null) {
      symbols.push(...step.symbols);
      index = step.next;
    } else {
      symbols.push(...readSimple(words[index] ?? ''));
      index += 1;
    }
  }
  return symbols;
}
