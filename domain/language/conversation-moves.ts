import {
  AFFIRM_OVERRIDES,
  AFFIRM_TERMS,
  BARE_PERSON_REQUESTS,
  CALLBACK_PHRASES,
  CONNECT_WORDS,
  DENY_TERMS,
  DONT_KNOW_PHRASES,
  GOODBYE_PHRASES,
  HOLD_PHRASES,
  HUMAN_PHRASES,
  PERSON_WORDS,
  REPEAT_PHRASES,
} from './conversation-lexicons';
import { STOP_WORDS } from '../kb/tokenize';
import { compileLexicon, LEAD_INS, matchLexicon, scoreMatches, type AnalyzedToken, type LexiconMatch } from './lexicon';
import { isKnownWord } from './known-words';

/*
 * The moves around a problem: asking for a person, answering yes or no, saying goodbye,
 * asking to wait or to hear something again.
 */

const personLexicon = compileLexicon(PERSON_WORDS);
const connectLexicon = compileLexicon(CONNECT_WORDS);
const humanPhraseLexicon = compileLexicon(HUMAN_PHRASES);
const callbackLexicon = compileLexicon(CALLBACK_PHRASES);
const goodbyeLexicon = compileLexicon(GOODBYE_PHRASES);
const holdLexicon = compileLexicon(HOLD_PHRASES);
const repeatLexicon = compileLexicon(REPEAT_PHRASES);
const dontKnowLexicon = compileLexicon(DONT_KNOW_PHRASES);

/** Yes-words weigh positive and no-words negative, in one lexicon so "did not help" beats "help". */
const answerLexicon = compileLexicon({
  ...AFFIRM_TERMS,
  ...Object.fromEntries(Object.entries(DENY_TERMS).map(([phrase, weight]) => [phrase, -weight])),
  ...AFFIRM_OVERRIDES,
});

/** Verbs that ask for a connection on their own; the others ("want", "need") need a clear person word. */
const DIRECT_CONNECT = new Set(['talk', 'speak', 'chat', 'connect', 'transfer', 'put me through', 'get me', 'get through', 'reach']);
const STRONG_PERSON_WEIGHT = 4;
const PERSON_WINDOW = 6;
const SHORT_REQUEST_WORDS = 4;
const CLEAR_PERSON_WEIGHT = 5;

const positive = (matches: readonly LexiconMatch[]) => matches.filter((match) => !match.negated);

/** How far after "want", "need"… its person may come: its object ("I need a real person"), not a word of another clause. */
const OBJECT_REACH = 3;

function connectsToPerson(connect: LexiconMatch, person: LexiconMatch): boolean {
  if (DIRECT_CONNECT.has(connect.phrase)) return Math.abs(person.at - connect.at) <= PERSON_WINDOW;
  // "I need to re-record the message people hear": the person word belongs to another verb.
  const connectEnd = connect.at + connect.phrase.split(' ').length - 1;
  const object = person.at > connectEnd && person.at - connectEnd <= OBJECT_REACH;
  return object && person.weight >= STRONG_PERSON_WEIGHT;
}

/** Words that report what someone else said: "my boss told me to talk to someone" is not a request. */
const REPORTING = new Set(['told', 'said', 'asked', 'wants', 'wanted', 'suggested', 'recommended', 'advised', 'tells', 'says']);
/** Talking as a situation, not a wish: "when I talk to people on Teams they hear an echo". */
const SITUATION = new Set(['when', 'whenever', 'while', 'whilst']);
/** Talking that already happened: "I talked to someone yesterday". */
const PAST_TALK = new Set(['talked', 'spoke', 'spoken', 'talking', 'speaking', 'chatted']);
const REPORT_REACH = 5;

/** The caller relays someone else's advice, tells of a past conversation or of when a fault shows: not asking for a person now. */
function reported(tokens: readonly AnalyzedToken[], connect: LexiconMatch): boolean {
  if (PAST_TALK.has(tokens[connect.at]?.raw ?? '')) return true;
  for (let index = connect.at - 1; index >= Math.max(0, connect.at - REPORT_REACH); index -= 1) {
    const token = tokens[index];
    if (token === undefined || token.isBreak) return false;
    if (REPORTING.has(token.raw) || SITUATION.has(token.raw)) return true;
  }
  return false;
}

/** Verbs of talking, which a name can follow ("talk to sarah"); "connect to sharepoint" names no one. */
const TALKING = new Set(['talk', 'speak', 'chat']);

/**
 * "I'd like to talk to Sarah about my laptop": a talking verb, "to"/"with", then a word that is
 * neither a common word nor anything the lexicons know, which on a support line is a name.
 */
function namesSomeone(tokens: readonly AnalyzedToken[], connect: LexiconMatch): boolean {
  if (!TALKING.has(connect.phrase)) return false;
  const preposition = tokens[connect.at + 1]?.raw;
  const named = tokens[connect.at + 2];
  if ((preposition !== 'to' && preposition !== 'with') || named === undefined || named.isBreak) return false;
  return /^[a-z]{2,}$/.test(named.raw) && !STOP_WORDS.has(named.raw) && !isKnownWord(named.stem);
}

/** Asking how to do something with a call ("how do I transfer a call to someone") is a how-to, not a request. */
const HOW_TO = /\bhow (do|can|would|should) (i|you|we)\b|\bhow to\b/;

export function asksForHuman(tokens: readonly AnalyzedToken[]): boolean {
  const bare = tokens
    .filter((token) => !token.isBreak)
    .map((token) => token.raw)
    .join(' ');
  if (BARE_PERSON_REQUESTS.has(bare)) return true;
  if (scoreMatches(matchLexicon(tokens, humanPhraseLexicon), 'drop') >= 3) return true;
  const howTo = HOW_TO.test(bare);
  const people = positive(matchLexicon(tokens, personLexicon)).filter((person) => !howTo || person.weight >= CLEAR_PERSON_WEIGHT);
  const connects = positive(matchLexicon(tokens, connectLexicon)).filter((connect) => !reported(tokens, connect));
  if (people.some((person) => connects.some((connect) => connectsToPerson(connect, person)))) return true;
  if (connects.some((connect) => namesSomeone(tokens, connect))) return true;
  // "Real person, please": a short utterance that is mostly a clear person word is a request.
  const words = tokens.filter((token) => !token.isBreak).length;
  return words <= SHORT_REQUEST_WORDS && people.some((person) => person.weight >= CLEAR_PERSON_WEIGHT);
}

const CONTRASTS = new Set(['but', 'however', 'though', 'although']);

function opensClause(tokens: readonly AnalyzedToken[], index: number): boolean {
  const before = tokens.slice(0, index).filter((token) => !LEAD_INS.has(token.raw));
  return before.length === 0 || before.at(-1)?.isBreak === true;
}

/**
 * A bare "no" answers only at the start of a clause; inside one ("there's no dial tone") it
 * describes the problem. Phrases such as "no luck" still count anywhere.
 */
function answerMatches(tokens: readonly AnalyzedToken[]): LexiconMatch[] {
  return matchLexicon(tokens, answerLexicon).filter((match) => match.phrase !== 'no' || opensClause(tokens, match.at));
}

/**
 * Positive for yes, negative for no. After "but" the later clause decides:
 * "yes but it's still broken" is a no.
 */
export function answerScore(tokens: readonly AnalyzedToken[]): number {
  const lastContrast = tokens.findLastIndex((token) => CONTRASTS.has(token.raw));
  if (lastContrast >= 0) {
    const tail = scoreMatches(answerMatches(tokens.slice(lastContrast + 1)), 'flip');
    if (tail !== 0) return tail;
  }
  return scoreMatches(answerMatches(tokens), 'flip');
}

export type Answer = 'yes' | 'no';

const ANSWER_THRESHOLD = 1;

export function answerOf(score: number): Answer | null {
  if (score >= ANSWER_THRESHOLD) return 'yes';
  if (score <= -ANSWER_THRESHOLD) return 'no';
  return null;
}

export interface MoveScores {
  callback: number;
  goodbye: number;
  hold: number;
  repeat: number;
  dontKnow: number;
}

export function moveScores(tokens: readonly AnalyzedToken[]): MoveScores {
  const score = (lexicon: typeof callbackLexicon) => scoreMatches(matchLexicon(tokens, lexicon), 'drop');
  return {
    callback: score(callbackLexicon),
    goodbye: score(goodbyeLexicon),
    hold: score(holdLexicon),
    repeat: score(repeatLexicon),
    dontKnow: score(dontKnowLexicon),
  };
}
