/*
 * Vocabulary for reading codes and numbers out of speech-recognised text. Recognisers write
 * what they hear, so "four" may come back as "for" and "U" as "you"; the tables below list
 * those sound-alikes, and mark the risky ones (`weak`) so they only count next to real digits.
 */

export interface UnitWord {
  digit: number;
  /** A sound-alike that is usually an ordinary word ("for", "to", "won"). */
  weak: boolean;
}

export const UNIT_WORDS: Readonly<Record<string, UnitWord>> = {
  zero: { digit: 0, weak: false },
  nought: { digit: 0, weak: false },
  naught: { digit: 0, weak: false },
  nil: { digit: 0, weak: false },
  one: { digit: 1, weak: false },
  won: { digit: 1, weak: true },
  two: { digit: 2, weak: false },
  to: { digit: 2, weak: true },
  too: { digit: 2, weak: true },
  three: { digit: 3, weak: false },
  tree: { digit: 3, weak: true },
  four: { digit: 4, weak: false },
  for: { digit: 4, weak: true },
  fore: { digit: 4, weak: true },
  five: { digit: 5, weak: false },
  fife: { digit: 5, weak: true },
  six: { digit: 6, weak: false },
  seven: { digit: 7, weak: false },
  eight: { digit: 8, weak: false },
  ate: { digit: 8, weak: true },
  nine: { digit: 9, weak: false },
  niner: { digit: 9, weak: false },
};

export const TEEN_WORDS: Readonly<Record<string, number>> = {
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

export const TENS_WORDS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fourty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

export const SCALE_WORDS: Readonly<Record<string, number>> = { hundred: 100, thousand: 1000 };

export const REPEAT_WORDS: Readonly<Record<string, number>> = { double: 2, triple: 3, treble: 3 };

/** How letters are heard when spoken one by one. Single letters map to themselves. */
export const LETTER_NAMES: Readonly<Record<string, string>> = {
  ay: 'a',
  bee: 'b',
  be: 'b',
  cee: 'c',
  see: 'c',
  sea: 'c',
  dee: 'd',
  ee: 'e',
  eee: 'e',
  ea: 'e',
  ef: 'f',
  eff: 'f',
  gee: 'g',
  aitch: 'h',
  haitch: 'h',
  eye: 'i',
  jay: 'j',
  kay: 'k',
  el: 'l',
  ell: 'l',
  em: 'm',
  en: 'n',
  oh: 'o',
  owe: 'o',
  pee: 'p',
  pea: 'p',
  cue: 'q',
  queue: 'q',
  ar: 'r',
  are: 'r',
  es: 's',
  ess: 's',
  tee: 't',
  tea: 't',
  you: 'u',
  yu: 'u',
  yoo: 'u',
  ewe: 'u',
  yew: 'u',
  vee: 'v',
  ex: 'x',
  why: 'y',
  wye: 'y',
  zee: 'z',
  zed: 'z',
};

/** The NATO spelling alphabet, plus common variants. */
export const NATO_WORDS: Readonly<Record<string, string>> = {
  alpha: 'a',
  alfa: 'a',
  bravo: 'b',
  charlie: 'c',
  delta: 'd',
  echo: 'e',
  foxtrot: 'f',
  golf: 'g',
  hotel: 'h',
  india: 'i',
  juliet: 'j',
  juliett: 'j',
  kilo: 'k',
  lima: 'l',
  mike: 'm',
  november: 'n',
  oscar: 'o',
  papa: 'p',
  quebec: 'q',
  romeo: 'r',
  sierra: 's',
  tango: 't',
  uniform: 'u',
  victor: 'v',
  whiskey: 'w',
  whisky: 'w',
  xray: 'x',
  yankee: 'y',
  zulu: 'z',
};

/** Words that link a letter to its example: "U as in uniform", "E for echo". */
export const SPELLING_LINKS: readonly (readonly string[])[] = [['as', 'in'], ['like', 'in'], ['as'], ['for'], ['like']];

/** Noise inside a spoken number: "one, uh, zero dash four two". */
export const IN_NUMBER_FILLERS: ReadonlySet<string> = new Set([
  'dash',
  'hyphen',
  'uh',
  'um',
  'er',
  'erm',
  'ah',
  'hmm',
  'hash',
  'pound',
  'star',
]);

/** Words allowed between a code's letters and its digits: "U E code is 1042". */
export const PREFIX_TO_DIGITS_WORDS: ReadonlySet<string> = new Set([
  'code',
  'number',
  'is',
  'it',
  'its',
  'the',
  'our',
  'my',
  'colon',
  'was',
  'dash',
  'hyphen',
  'uh',
  'um',
]);
