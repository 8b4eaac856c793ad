import { analyzeText, compileLexicon, matchLexicon, scoreMatches, type AnalyzedToken } from './lexicon';
import { FRUSTRATION, POLITE_CLOSERS, RELIEF_CONTEXT, SARCASM, VALENCE } from './sentiment-lexicons';

/*
 * Sentiment of what callers say to a help desk. Describing the fault ("it's broken") is barely
 * negative — every call does that; frustration ("third time this morning", "can't get anything
 * done", swearing, "oh great, again") and relief ("that fixed it, thanks") carry the weight. The
 * "thanks, bye" every caller says on the way out is manners, not mood, unless something was fixed.
 */

const valenceLexicon = compileLexicon(VALENCE);
const frustrationLexicon = compileLexicon(FRUSTRATION);
const sarcasmLexicon = compileLexicon(SARCASM);
const politeLexicon = compileLexicon(POLITE_CLOSERS);
const reliefLexicon = compileLexicon(RELIEF_CONTEXT);

const INTENSIFIERS: Readonly<Record<string, number>> = {
  very: 1.5,
  really: 1.5,
  so: 1.4,
  extremely: 1.8,
  super: 1.5,
  totally: 1.5,
  completely: 1.5,
  absolutely: 1.6,
  incredibly: 1.8,
  truly: 1.4,
  seriously: 1.5,
  too: 1.3,
  most: 1.3,
  bloody: 1.5,
  damn: 1.4,
};
const DIMINISHERS: Readonly<Record<string, number>> = {
  bit: 0.5,
  slightly: 0.5,
  somewhat: 0.6,
  kinda: 0.6,
  little: 0.6,
  fairly: 0.7,
  quite: 0.8,
};

/** How much a negation ("not great") keeps of the flipped value. */
const NEGATION_FACTOR = 0.75;
/** Normalisation constant: larger means it takes more words to approach ±1. */
const ALPHA = 15;
/** Frustration points for a frustration of about 0.63 (1 - 1/e). */
const FRUSTRATION_SCALE = 5;
/** Polite closers without relief count this much of their weight. */
const MANNERS_FACTOR = 0.2;
export const SENTIMENT_THRESHOLD = 0.2;

function modifierAt(tokens: readonly AnalyzedToken[], at: number): number {
  for (const offset of [1, 2]) {
    const raw = tokens[at - offset]?.raw;
    if (raw === undefined) break;
    const factor = INTENSIFIERS[raw] ?? DIMINISHERS[raw];
    if (factor !== undefined) return factor;
  }
  return 1;
}

const relieved = (tokens: readonly AnalyzedToken[]) => scoreMatches(matchLexicon(tokens, reliefLexicon), 'drop') > 0;

/** "Oh great, the wifi's down again" is sarcasm; "oh great, that fixed it" is not. */
function sarcasmPoints(tokens: readonly AnalyzedToken[]): number {
  return relieved(tokens) ? 0 : scoreMatches(matchLexicon(tokens, sarcasmLexicon), 'ignore');
}

/** Frustration points in one utterance: repeated failures, being blocked, swearing, sarcasm, pressure. */
function frustrationPoints(tokens: readonly AnalyzedToken[]): number {
  return scoreMatches(matchLexicon(tokens, frustrationLexicon), 'drop') + sarcasmPoints(tokens);
}

/** The raw (unnormalised) valence of one utterance. */
export function utteranceValence(text: string): number {
  const tokens = analyzeText(text);
  const sarcastic = sarcasmPoints(tokens);
  let total = -sarcastic;
  for (const match of matchLexicon(tokens, valenceLexicon)) {
    // "Oh great, the wifi's down again": praise inside sarcasm is not praise.
    if (sarcastic > 0 && match.weight > 0) continue;
    const value = match.weight * modifierAt(tokens, match.at);
    total += match.negated ? -value * NEGATION_FACTOR : value;
  }
  const polite = scoreMatches(matchLexicon(tokens, politeLexicon), 'drop');
  total += relieved(tokens) ? polite : polite * MANNERS_FACTOR;
  return total - frustrationPoints(tokens) * 0.5;
}

export type SentimentLabel = 'positive' | 'neutral' | 'negative';

export interface Sentiment {
  /** In [-1, 1]. */
  score: number;
  label: SentimentLabel;
}

export interface UtteranceSentiment extends Sentiment {
  /** In [0, 1]: how fed up or pressed the caller sounds (repeated failures, blocked, swearing, sarcasm). */
  frustration: number;
}

export function labelFor(score: number): SentimentLabel {
  if (score >= SENTIMENT_THRESHOLD) return 'positive';
  if (score <= -SENTIMENT_THRESHOLD) return 'negative';
  return 'neutral';
}

const round3 = (value: number) => {
  const rounded = Math.round(value * 1000) / 1000;
  return Object.is(rounded, -0) ? 0 : rounded;
};

const squash = (total: number) => total / Math.sqrt(total * total + ALPHA);

export function frustrationOf(text: string): number {
  return round3(1 - Math.exp(-frustrationPoints(analyzeText(text)) / FRUSTRATION_SCALE));
}

/** One caller turn: valence, label and frustration. */
export function utteranceSentiment(text: string): UtteranceSentiment {
  const score = round3(squash(utteranceValence(text)));
  return { score, label: labelFor(score), frustration: frustrationOf(text) };
}

/**
 * Sentiment over a caller's utterances, later ones weighing more (how the call ended matters
 * more than how it started). Squashed into [-1, 1].
 */
export function scoreSentiment(utterances: readonly string[]): Sentiment {
  const count = utterances.length;
  const total = utterances.reduce(
    (sum, text, index) => sum + utteranceValence(text) * (1 + (count > 1 ? index / (count - 1) : 0) * 0.5),
    0,
  );
  const score = round3(squash(total));
  return { score, label: labelFor(score) };
}

/** A whole call: its sentiment, and its caller's frustration at its highest. */
export function callSentiment(utterances: readonly string[]): UtteranceSentiment {
  const frustration = utterances.reduce((highest, text) => Math.max(highest, frustrationOf(text)), 0);
  return { ...scoreSentiment(utterances), frustration };
}
