import { CLAUSE_BREAK, stem, tokenizeWithBreaks } from '../kb/tokenize';

/*
 * A small weighted-phrase matcher with negation scope, shared by intent routing and
 * sentiment. Phrases match in order with a little slack between their words ("open a
 * ticket" also matches "open up a new ticket"), never across a sentence break.
 */

export interface AnalyzedToken {
  raw: string;
  stem: string;
  /** Inside the scope of a preceding "not", "no", "never"… in the same clause. */
  negated: boolean;
  isBreak: boolean;
}

const NEGATORS: ReadonlySet<string> = new Set([
  'not',
  'no',
  'never',
  'without',
  'nothing',
  'nobody',
  'none',
  'neither',
  'nor',
  'hardly',
  'nowhere',
]);
/** Words that end a negation's reach early: "not the printer, but email". */
const SCOPE_ENDERS: ReadonlySet<string> = new Set(['but', 'however', 'though', 'although', 'except', 'instead']);
const NEGATION_REACH = 3;
/** Hesitations that can come before a clause's real first word ("uh, no"). */
export const LEAD_INS: ReadonlySet<string> = new Set(['um', 'uh', 'er', 'erm', 'well', 'so', 'and', 'but', 'ah', 'hmm', 'sorry', 'oh']);

export function analyzeText(text: string): AnalyzedToken[] {
  const tokens: AnalyzedToken[] = [];
  let reachLeft = 0;
  let clauseStart = true;
  for (const raw of tokenizeWithBreaks(text)) {
    const isBreak = raw === CLAUSE_BREAK;
    if (isBreak || SCOPE_ENDERS.has(raw)) reachLeft = 0;
    // A clause-opening "no" answers a question ("no it didn't work") rather than negating what follows.
    const negator = NEGATORS.has(raw) && !(raw === 'no' && clauseStart);
    clauseStart = isBreak || (clauseStart && LEAD_INS.has(raw));
    tokens.push({ raw, stem: isBreak ? raw : stem(raw), negated: !negator && reachLeft > 0, isBreak });
    if (negator) reachLeft = NEGATION_REACH;
    else if (reachLeft > 0) reachLeft -= 1;
  }
  return tokens;
}

export interface LexiconEntry {
  phrase: string;
  stems: readonly string[];
  weight: number;
}

export type Lexicon = readonly LexiconEntry[];

/**
 * Possessives dropped from phrases when compiling, so "forgot my password" also matches
 * "forgot the password" through the input's slack. Articles stay: "open a ticket" must not
 * match "open tickets".
 */
const GLUE: ReadonlySet<string> = new Set(['my', 'our', 'your', 'some', 'any', 'his', 'her', 'their']);

function phraseStems(phrase: string): string[] {
  const tokens = analyzeText(phrase).filter((token) => !token.isBreak);
  const content = tokens.filter((token) => !GLUE.has(token.raw));
  // "any update" must keep its "any": glue is only dropped when two real words remain.
  return (content.length >= 2 ? content : tokens).map((token) => token.stem);
}

export function compileLexicon(entries: Readonly<Record<string, number>>): Lexicon {
  const compiled = Object.entries(entries).map(([phrase, weight]) => ({ phrase, weight, stems: phraseStems(phrase) }));
  // Longer phrases claim their words first, so "paper jam" is not also counted as "paper".
  return compiled.filter((entry) => entry.stems.length > 0).sort((a, b) => b.stems.length - a.stems.length || b.weight - a.weight);
}

export interface LexiconMatch {
  phrase: string;
  weight: number;
  negated: boolean;
  /** Index of the phrase's first token. */
  at: number;
}

const MAX_GAP = 2;

function nextIndex(tokens: readonly AnalyzedToken[], used: readonly boolean[], from: number, wanted: string): number {
  for (let index = from; index < tokens.length && index <= from + MAX_GAP; index += 1) {
    const token = tokens[index];
    if (token === undefined || token.isBreak) return -1;
    if (!used[index] && token.stem === wanted) return index;
  }
  return -1;
}

function matchAt(tokens: readonly AnalyzedToken[], used: readonly boolean[], start: number, stems: readonly string[]): number[] | null {
  const positions = [start];
  let cursor = start;
  for (const wanted of stems.slice(1)) {
    cursor = nextIndex(tokens, used, cursor + 1, wanted);
    if (cursor < 0) return null;
    positions.push(cursor);
  }
  return positions;
}

export function matchLexicon(tokens: readonly AnalyzedToken[], lexicon: Lexicon): LexiconMatch[] {
  const used = tokens.map(() => false);
  const matches: LexiconMatch[] = [];
  for (const entry of lexicon) {
    tokens.forEach((token, start) => {
      if (used[start] || token.isBreak || token.stem !== entry.stems[0]) return;
      const positions = matchAt(tokens, used, start, entry.stems);
      if (positions === null) return;
      for (const position of positions) used[position] = true;
      matches.push({ phrase: entry.phrase, weight: entry.weight, negated: token.negated, at: start });
    });
  }
  return matches.sort((a, b) => a.at - b.at);
}

/** Sum of matched weights; negated matches count against (`flip`), not at all (`drop`) or the same (`ignore`). */
export function scoreMatches(matches: readonly LexiconMatch[], negation: 'flip' | 'drop' | 'ignore'): number {
  let total = 0;
  for (const match of matches) {
    if (!match.negated || negation === 'ignore') total += match.weight;
    else if (negation === 'flip') total -= match.weight;
  }
  return total;
}
