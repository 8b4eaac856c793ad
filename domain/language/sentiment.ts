import { analyzeText, compileLexicon, matchLexicon, type AnalyzedToken } from './lexicon';

/*
 * Lexicon sentiment for what callers say to a help desk. Describing the fault ("it's broken")
 * is barely negative — every call does that; frustration ("third time this week",
 * "ridiculous") and relief ("that fixed it, thanks") carry the weight.
 */

const VALENCE = compileLexicon({
  // relief and thanks
  thanks: 1.5,
  'thank you': 1.5,
  'thank you so much': 2.5,
  appreciate: 2,
  great: 2,
  perfect: 2,
  awesome: 2,
  excellent: 2,
  wonderful: 2,
  brilliant: 2,
  fantastic: 2,
  amazing: 2,
  helpful: 2,
  'very helpful': 2.5,
  lifesaver: 3,
  'life saver': 3,
  happy: 1.5,
  glad: 1.5,
  relieved: 2,
  fixed: 1.5,
  resolved: 1.5,
  sorted: 1.5,
  'works now': 1.5,
  'working now': 1.5,
  good: 1,
  nice: 1,
  love: 2,
  'you are the best': 3,
  easy: 1,
  quick: 1,
  fast: 0.5,
  fine: 0.5,
  // frustration
  frustrated: -2.5,
  frustrating: -2.5,
  annoyed: -2,
  annoying: -2,
  angry: -3,
  furious: -3.5,
  upset: -2,
  ridiculous: -2.5,
  terrible: -2.5,
  awful: -2.5,
  horrible: -2.5,
  useless: -2.5,
  hopeless: -2,
  unacceptable: -3,
  disappointed: -2,
  disappointing: -2,
  worst: -3,
  hate: -2.5,
  stupid: -2,
  'waste of time': -3,
  'wasting my time': -3,
  'third time': -2,
  'second time': -1,
  'again and again': -2,
  'every single day': -2,
  'every day': -1,
  'sick of': -2.5,
  'fed up': -2.5,
  'had enough': -2.5,
  'this is a joke': -3,
  'can not believe': -1.5,
  'how many times': -2,
  'nobody called back': -2.5,
  'no one called back': -2.5,
  'still waiting': -2,
  'losing money': -2.5,
  'losing business': -2.5,
  'nothing works': -2,
  'never works': -2,
  'always broken': -2,
  nightmare: -2.5,
  disaster: -2.5,
  worried: -1.5,
  scared: -1.5,
  panic: -2,
  stressed: -1.5,
  'not happy': -2,
  'not impressed': -2,
  'this is taking forever': -2.5,
  forever: -1,
  'so slow': -1,
  'not helpful': -2,
  // the fault itself, lightly
  broken: -0.5,
  'not working': -0.5,
  error: -0.3,
  problem: -0.3,
  issue: -0.3,
  crash: -0.5,
  down: -0.3,
  again: -0.5,
  still: -0.3,
  bad: -1.5,
  wrong: -1,
});

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

/** The raw (unnormalised) valence of one utterance. */
export function utteranceValence(text: string): number {
  const tokens = analyzeText(text);
  let total = 0;
  for (const match of matchLexicon(tokens, VALENCE)) {
    const value = match.weight * modifierAt(tokens, match.at);
    total += match.negated ? -value * NEGATION_FACTOR : value;
  }
  return total;
}

export type SentimentLabel = 'positive' | 'neutral' | 'negative';

export interface Sentiment {
  /** In [-1, 1]. */
  score: number;
  label: SentimentLabel;
}

export function labelFor(score: number): SentimentLabel {
  if (score >= SENTIMENT_THRESHOLD) return 'positive';
  if (score <= -SENTIMENT_THRESHOLD) return 'negative';
  return 'neutral';
}

/**
 * Sentiment over a caller's utterances, later ones weighing more (how the call ended
 * matters more than how it started). Squashed into [-1, 1].
 */
export function scoreSentiment(utterances: readonly string[]): Sentiment {
  const count = utterances.length;
  const total = utterances.reduce(
    (sum, text, index) => sum + utteranceValence(text) * (1 + (count > 1 ? index / (count - 1) : 0) * 0.5),
    0,
  );
  const score = total / Math.sqrt(total * total + ALPHA);
  const rounded = Math.round(score * 1000) / 1000;
  return { score: Object.is(rounded, -0) ? 0 : rounded, label: labelFor(rounded) };
}
