/*
 * Text normalisation shared by KB search, intent routing and post-call analysis. Speech
 * recognisers and callers spell the same thing many ways ("Wi-Fi", "wi fi", "wifi"; "can't",
 * "cannot"), so everything is folded to one form before any lexicon sees it.
 */

/** Marks a clause break (sentence punctuation) in a token stream; negation never crosses it. */
export const CLAUSE_BREAK = '|';

const CONTRACTIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bwon'?t\b/g, 'will not'],
  [/\bcan'?t\b/g, 'can not'],
  [/\bcannot\b/g, 'can not'],
  [/\bain'?t\b/g, 'is not'],
  [/\bshan'?t\b/g, 'shall not'],
  [/n't\b/g, ' not'],
  [/\b(it|that|what|there|here|who|where|how|he|she)'s\b/g, '$1 is'],
  [/'re\b/g, ' are'],
  [/'m\b/g, ' am'],
  [/'ll\b/g, ' will'],
  [/'ve\b/g, ' have'],
  [/'d\b/g, ' would'],
  [/'s\b/g, ''],
];

/** Apostrophe-less contractions that recognisers emit ("dont", "isnt"). */
const BARE_NEGATIONS: Readonly<Record<string, string>> = {
  dont: 'do not',
  doesnt: 'does not',
  didnt: 'did not',
  isnt: 'is not',
  wasnt: 'was not',
  arent: 'are not',
  werent: 'were not',
  wont: 'will not',
  cant: 'can not',
  couldnt: 'could not',
  wouldnt: 'would not',
  shouldnt: 'should not',
  havent: 'have not',
  hasnt: 'has not',
  aint: 'is not',
};

/** Spelling variants joined into one token so "wi fi" and "wifi" are the same word. */
const COMPOUNDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(wi|why|y) fi\b/g, 'wifi'],
  // Recognisers spell acronyms out letter by letter.
  [/\bv p n\b/g, 'vpn'],
  [/\bm f a\b/g, 'mfa'],
  [/\bd n s\b/g, 'dns'],
  [/\bb s o d\b/g, 'bsod'],
  [/\bp c(s?)\b/g, 'pc$1'],
  [/\bu s b\b/g, 'usb'],
  [/\bh d m i\b/g, 'hdmi'],
  [/\be mail(s?)\b/g, 'email$1'],
  [/\bvoice mail(s?)\b/g, 'voicemail$1'],
  [/\bout look\b/g, 'outlook'],
  [/\blap top(s?)\b/g, 'laptop$1'],
  [/\b(log|sign) (in|on|into)\b/g, 'login'],
  [/\bsignin\b/g, 'login'],
  [/\blogon\b/g, 'login'],
  [/\bset up\b/g, 'setup'],
  [/\bpop ups?\b/g, 'popup'],
  [/\bon line\b/g, 'online'],
  [/\boff line\b/g, 'offline'],
];

/**
 * Lower-cases, expands contractions, turns sentence punctuation into clause breaks and
 * every other symbol into spaces.
 */
export function normalizeText(text: string): string {
  let out = text.toLowerCase().replace(/[\u2018\u2019\u02bc`]/g, "'");
  for (const [pattern, replacement] of CONTRACTIONS) out = out.replace(pattern, replacement);
  out = out.replace(/[.!?;,:]+(\s|$)/g, ` ${CLAUSE_BREAK} `);
  out = out.replace(/[^a-z0-9|]+/g, ' ');
  out = out
    .split(' ')
    .map((word) => BARE_NEGATIONS[word] ?? word)
    .join(' ');
  for (const [pattern, replacement] of COMPOUNDS) out = out.replace(pattern, replacement);
  return out.replace(/\s+/g, ' ').trim();
}

/** Words with clause breaks kept, for negation scoping. */
export function tokenizeWithBreaks(text: string): string[] {
  const normalized = normalizeText(text);
  return normalized === '' ? [] : normalized.split(' ');
}

export function tokenize(text: string): string[] {
  return tokenizeWithBreaks(text).filter((token) => token !== CLAUSE_BREAK);
}

const IRREGULAR: Readonly<Record<string, string>> = {
  broke: 'break',
  broken: 'break',
  froze: 'freez',
  frozen: 'freez',
  stuck: 'stuck',
  went: 'go',
  gone: 'go',
  ran: 'run',
  forgot: 'forget',
  forgotten: 'forget',
  got: 'get',
  gotten: 'get',
  did: 'do',
  does: 'do',
  done: 'do',
  sent: 'send',
  lost: 'lose',
  emails: 'email',
  mails: 'mail',
  says: 'say',
  said: 'say',
  keeps: 'keep',
  kept: 'keep',
  children: 'child',
  people: 'person',
  is: 'is',
  was: 'was',
  has: 'has',
  this: 'this',
  its: 'it',
};

const VOWEL = /[aeiouy]/;

function undouble(stem: string): string {
  // "jammed" -> "jamm" -> "jam"; but keep "ll"/"ss"/"zz" which are part of the word ("install").
  const last = stem.at(-1);
  if (stem.length > 3 && last === stem.at(-2) && last !== undefined && !'lsz'.includes(last)) return stem.slice(0, -1);
  return stem;
}

function stripSuffix(word: string): string {
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (/(ch|sh|x|zz)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('ing') && VOWEL.test(word.slice(0, -3)) && word.length > 5) return undouble(word.slice(0, -3));
  // "need", "speed": the "ed" belongs to the word.
  if (word.endsWith('ed') && !word.endsWith('eed') && VOWEL.test(word.slice(0, -2)) && word.length > 4) {
    return undouble(word.slice(0, -2));
  }
  if (word.endsWith('ly') && word.length > 5) return word.slice(0, -2);
  if (word.endsWith('s') && !/(ss|us|is|os)$/.test(word) && word.length > 3) return word.slice(0, -1);
  return word;
}

/**
 * A light suffix stripper: "printing", "printed", "prints" -> "print"; "freezes", "freezing",
 * "frozen" -> "freez". Input and lexicons go through the same function, so stems only need to
 * agree with each other, not be real words.
 */
export function stem(word: string): string {
  const irregular = IRREGULAR[word];
  if (irregular !== undefined) return irregular;
  if (word.length <= 3 || /\d/.test(word)) return word;
  const stripped = stripSuffix(word);
  // A trailing "e" is dropped so "freeze" and "freezing" meet at "freez".
  return stripped.length > 4 && stripped.endsWith('e') ? stripped.slice(0, -1) : stripped;
}

export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a an the and or but if then so to of in on at by for with from up about into over after before
  i me my mine we us our ours you your yours he him his she her they them their it its this that these those
  am is are was were be been being have has had do does did will would shall should can could may might must
  just really very quite also too please hi hello hey um uh er erm like well okay ok yeah oh
  there here what which who whom when where why how some any all each every both few more most other such
  than as again still now today yesterday get got getting thing things something anything stuff
  kind sort bit lot lots guess think know want need trying try tried seems seem going gonna wanna`
    .split(/\s+/)
    .filter(Boolean),
);

/** Tokens without stop words, stemmed: what KB ranking and category scoring count. */
export function contentTerms(text: string): string[] {
  return tokenize(text)
    .filter((token) => !STOP_WORDS.has(token))
    .map(stem);
}
