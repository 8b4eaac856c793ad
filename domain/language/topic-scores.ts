import { compileLexicon, matchLexicon, type AnalyzedToken, type Lexicon, type LexiconMatch } from './lexicon';
import { securitySignPoints, securitySigns } from './security-signs';
import { PROBLEM_TOPICS, TOPIC_TERMS, TOPICS, type Topic } from './topic-lexicons';

/*
 * How strongly a caller's words point at each topic. Two discounts keep the thing a sentence is
 * about ahead of the things around it: a device named as a place ("outlook on my laptop",
 * "installed on my computer") counts half, and whatever a clause says is fine ("but teams still
 * works", "my phone does") hardly counts.
 */

const topicLexicons = Object.fromEntries(TOPICS.map((topic) => [topic, compileLexicon(TOPIC_TERMS[topic])])) as Record<Topic, Lexicon>;

/** Things that are often only where the problem is, not what it is about. */
const CONTAINERS: ReadonlySet<string> = new Set([
  'computer',
  'pc',
  'pcs',
  'laptop',
  'desktop',
  'machine',
  'mac',
  'macbook',
  'phone',
  'work phone',
  'iphone',
  'ipad',
  'tablet',
  'mobile phone',
  'cell phone',
  'screen',
]);
const PLACE_WORDS: ReadonlySet<string> = new Set(['on', 'from', 'to', 'into', 'onto', 'in']);
const DETERMINERS: ReadonlySet<string> = new Set(['my', 'the', 'our', 'a', 'an', 'his', 'her', 'their', 'your', 'work', 'office', 'new']);
const PLACE_FACTOR = 0.5;

function namedAsPlace(tokens: readonly AnalyzedToken[], match: LexiconMatch): boolean {
  if (!CONTAINERS.has(match.phrase)) return false;
  let index = match.at - 1;
  while (index >= 0 && index >= match.at - 3 && DETERMINERS.has(tokens[index]?.raw ?? '')) index -= 1;
  return PLACE_WORDS.has(tokens[index]?.raw ?? '');
}

const CONTRASTS: ReadonlySet<string> = new Set(['but', 'though', 'although', 'however', 'except', 'whereas']);
const FINE_WORDS: ReadonlySet<string> = new Set(['fine', 'works', 'ok', 'okay']);
const NEGATORS: ReadonlySet<string> = new Set(['not', 'no', 'never', 'nothing']);
const FINE_FACTOR = 0.3;

/** For each token, whether its clause says something works ("but teams still works", "my phone does"). */
function fineClauses(tokens: readonly AnalyzedToken[]): boolean[] {
  const fine = tokens.map(() => false);
  let start = 0;
  const close = (end: number) => {
    const clause = tokens.slice(start, end);
    const last = clause.at(-1)?.raw;
    const saysFine = clause.some((token) => FINE_WORDS.has(token.raw)) || last === 'does' || last === 'do';
    const negative = clause.some((token) => NEGATORS.has(token.raw));
    if (saysFine && !negative) for (let index = start; index < end; index += 1) fine[index] = true;
    start = end + 1;
  };
  tokens.forEach((token, index) => {
    if (token.isBreak || CONTRASTS.has(token.raw)) close(index);
  });
  close(tokens.length);
  return fine;
}

/** The phrases of one topic the words matched, in order. */
export function topicMatches(tokens: readonly AnalyzedToken[], topic: Topic): LexiconMatch[] {
  return matchLexicon(tokens, topicLexicons[topic]);
}

const wordsOf = (match: LexiconMatch) => match.phrase.split(' ').length;
const OVERSHADOWED_FACTOR = 0.5;

/** Tokens inside a phrase of two or more words, by topic: "keyboard layout" is about the layout, not the keyboard. */
function phraseCover(matches: ReadonlyMap<Topic, readonly LexiconMatch[]>): Map<number, Set<Topic>> {
  const cover = new Map<number, Set<Topic>>();
  for (const [topic, found] of matches) {
    for (const match of found.filter((candidate) => wordsOf(candidate) > 1)) {
      for (let index = match.at; index < match.at + wordsOf(match); index += 1)
        cover.set(index, (cover.get(index) ?? new Set()).add(topic));
    }
  }
  return cover;
}

export function topicScores(tokens: readonly AnalyzedToken[]): Record<Topic, number> {
  const fine = fineClauses(tokens);
  const matches = new Map(TOPICS.map((topic) => [topic, matchLexicon(tokens, topicLexicons[topic])]));
  const cover = phraseCover(matches);
  const scores = {} as Record<Topic, number>;
  for (const topic of TOPICS) {
    // "Are our backups working ok?" asks about records; only a problem can be fine.
    const problem = PROBLEM_TOPICS.includes(topic);
    scores[topic] = (matches.get(topic) ?? []).reduce((sum, match) => {
      const place = namedAsPlace(tokens, match) ? PLACE_FACTOR : 1;
      const works = problem && fine[match.at] ? FINE_FACTOR : 1;
      const others = cover.get(match.at);
      const overshadowed = wordsOf(match) === 1 && others !== undefined && !others.has(topic) ? OVERSHADOWED_FACTOR : 1;
      return sum + match.weight * place * works * overshadowed;
    }, 0);
  }
  // Signs of compromise said in any words ("programs opening by themselves", "my mobile got nicked").
  scores.security += securitySignPoints(securitySigns(tokens));
  return scores;
}
