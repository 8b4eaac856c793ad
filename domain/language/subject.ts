import { normalizeText } from '../kb/tokenize';
import type { ProblemReading } from './classify';
import { analyzeText, compileLexicon, matchLexicon, scoreMatches, type AnalyzedToken, type LexiconMatch } from './lexicon';
import { DEGRADED, FAULT, STOPPED, USER_BLOCKED } from './priority-lexicons';
import { topicMatches } from './topic-scores';

/*
 * A ticket subject a technician can scan: what is wrong, then how widely and how badly
 * ("Repeated blue screening, user blocked"; "Internet completely down, whole office"), built from
 * the caller's own words rather than their first words.
 */

const MAX_LENGTH = 80;
/** A ticket subject has at least three characters ("Pc" alone is not one). */
const MIN_LENGTH = 3;
/** Weaker symptom words ("problem", "can't get") say too little to name the fault. */
const SYMPTOM_WEIGHT = 3;
const symptomLexicon = compileLexicon({ ...STOPPED, ...USER_BLOCKED, ...FAULT, ...DEGRADED });
const repeatLexicon = compileLexicon({
  again: 3,
  keeps: 3,
  keep: 3,
  'every time': 3,
  'third time': 3,
  'second time': 3,
  'fourth time': 3,
  'three times': 3,
  twice: 3,
  'every day': 3,
  'all the time': 3,
});

/** Words that name an action: alone ("print") or leading a phrase ("get online"), not the thing at fault. */
const VERBS = new Set([
  'get',
  'go',
  'connect',
  'print',
  'scan',
  'send',
  'receive',
  'install',
  'restart',
  'reboot',
  'update',
  'make',
  'take',
  'open',
  'forward',
  'transfer',
  'crash',
  'hang',
  'ring',
  'charge',
  'pair',
  'drop',
  'sync',
  'boot',
]);
const LEADING = new Set([
  'get',
  'go',
  'keep',
  'keeps',
  'can',
  'will',
  'not',
  'no',
  'is',
  'are',
  'turn',
  'look',
  'clicked',
  'called',
  'pretending',
  'claiming',
  'asked',
  'did',
  'was',
  'been',
  'from',
  'on',
  'in',
  'by',
  'at',
  'should',
  'has',
  'had',
  'got',
  'the',
  'a',
]);
const PRONOUNS = new Set(['my', 'our', 'i', 'me', 'your']);

const SPOKEN_FORMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bwill not\b/g, "won't"],
  [/\bcan not\b/g, "can't"],
  [/\bis not\b/g, "isn't"],
  [/\bdo not\b/g, "don't"],
  [/\bdoes not\b/g, "doesn't"],
  [/\bare not\b/g, "aren't"],
];

const spoken = (text: string) => SPOKEN_FORMS.reduce((out, [pattern, form]) => out.replace(pattern, form), text);

/**
 * The words a match covers, as said ("blue screening" for the phrase "blue screen"). Said with
 * other words in between ("internet is completely down" for "internet is down"), only its first
 * word when `headWord`, else nothing.
 */
function spanSaid(tokens: readonly AnalyzedToken[], match: LexiconMatch, headWord: boolean): string {
  const span = tokens.slice(match.at, match.at + match.phrase.split(' ').length);
  const stems = (list: readonly AnalyzedToken[]) => list.map((token) => token.stem).join(' ');
  if (stems(span) === stems(analyzeText(match.phrase))) return span.map((token) => token.raw).join(' ');
  return headWord ? (span[0]?.raw ?? '') : '';
}

/** The strongest match (of at least `minWeight`) in the caller's own words, when they said it in one piece. */
function bestSaid(
  tokens: readonly AnalyzedToken[],
  matches: readonly LexiconMatch[],
  accept: (phrase: string) => boolean,
  options: { minWeight?: number; headWord?: boolean } = {},
): string | undefined {
  const said = (match: LexiconMatch) => spanSaid(tokens, match, options.headWord ?? false);
  return [...matches]
    .filter((match) => match.weight >= (options.minWeight ?? 0) && said(match) !== '' && accept(said(match)))
    .sort((a, b) => b.weight - a.weight || b.phrase.length - a.phrase.length || a.at - b.at)
    .map(said)[0];
}

function nounLike(phrase: string): boolean {
  const words = phrase.split(' ');
  return words.length === 1 ? !VERBS.has(phrase) : !LEADING.has(words[0] ?? '');
}

function thingOf(tokens: readonly AnalyzedToken[], reading: ProblemReading): string | null {
  const topic = reading.analysis.topic;
  if (topic === null) return null;
  const phrase = bestSaid(tokens, topicMatches(tokens, topic), nounLike, { headWord: true });
  return phrase === undefined
    ? null
    : phrase
        .split(' ')
        .filter((word) => !PRONOUNS.has(word))
        .join(' ');
}

/** Words that add nothing in front of a symptom: "is slow", "really slow". */
const LINKING = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'the',
  'a',
  'an',
  'it',
  'really',
  'so',
  'very',
  'just',
  'all',
  'and',
  'but',
  'now',
  'still',
]);

/**
 * The symptom as said: "not load" with its verb ("won't load"), a lone word with the verb before
 * it ("prints blank", "keeps crashing").
 */
function symptomOf(tokens: readonly AnalyzedToken[], said: string, thing: string | null): string | undefined {
  const taken = new Set(thing?.split(' ') ?? []);
  const phrase = bestSaid(
    tokens,
    matchLexicon(tokens, symptomLexicon),
    (candidate) => !candidate.split(' ').some((word) => taken.has(word)),
    {
      minWeight: SYMPTOM_WEIGHT,
    },
  );
  if (phrase === undefined) return undefined;
  const before = ` ${said} `.split(` ${phrase} `)[0]?.trim().split(' ').at(-1) ?? '';
  const leads = phrase.startsWith('not ') || (!phrase.includes(' ') && !LINKING.has(before) && !taken.has(before));
  return leads && before !== '' && before !== '|' ? `${before} ${phrase}` : phrase;
}

function qualifiers(tokens: readonly AnalyzedToken[], reading: ProblemReading): string[] {
  const { assessment } = reading;
  const out: string[] = [];
  if (assessment.security === 'active') out.push('active incident');
  else if (assessment.security === 'exposed') out.push('exposure');
  if (assessment.impact === 'business') out.push('whole office');
  else if (assessment.impact === 'group') out.push('several users');
  else if (assessment.priority === 'high' && assessment.security === null && assessment.urgency === 'stopped') out.push('user blocked');
  return out;
}

/** Fillers and bare answers: no subject is made of these. */
const NOT_A_SUBJECT: ReadonlySet<string> = new Set(
  'um uh er erm so yeah yes yep no nope ok okay hi hello hey well like oh thanks thank you please sorry'.split(' '),
);

function fallback(text: string): string {
  const words = normalizeText(text)
    .replace(/\|/g, ' ')
    .split(' ')
    .filter((word) => word.length > 0 && !NOT_A_SUBJECT.has(word));
  // Nothing but fillers and answers ("um… no"): the technician reads the description.
  return words.length < 2 ? 'problem reported by phone' : spoken(words.slice(0, 10).join(' '));
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function problemSubject(text: string, reading: ProblemReading): string {
  const tokens = analyzeText(text);
  const said = normalizeText(text);
  const thing = thingOf(tokens, reading);
  const symptom = symptomOf(tokens, said, thing);
  const request = reading.assessment.urgency === 'request' && thing !== null ? 'request: ' : '';
  const repeated = request === '' && scoreMatches(matchLexicon(tokens, repeatLexicon), 'drop') > 0;
  const core = thing === null ? fallback(text) : spoken([repeated ? `repeated ${thing}` : thing, symptom].filter(Boolean).join(' '));
  const subject = capitalise([`${request}${core}`, ...qualifiers(tokens, reading)].join(', '));
  if (subject.length < MIN_LENGTH) return `${subject} problem`;
  return subject.length > MAX_LENGTH ? `${subject.slice(0, MAX_LENGTH - 3).trimEnd()}...` : subject;
}
