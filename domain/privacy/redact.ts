import { DEFAULT_UE_CODE_PATTERN, type UeCodePattern } from '../language/ue-code';
import { digitRuns, MARK_WORD, tokenize, type DigitRun, type Token } from './spoken-tokens';

/*
 * Secrets a caller says aloud — card numbers, passwords, one-time codes — are used in the turn
 * they are said (a password read out to be reset) and must not outlive it in transcripts,
 * summaries, logs or later model prompts. This cuts them out of recognised speech. U-E codes,
 * ticket numbers and phone numbers are what the brains work with: they are left alone.
 */

export type PiiKind = 'card' | 'card-detail' | 'password' | 'code';

export interface Redaction {
  kind: PiiKind;
  start: number;
  end: number;
}

export interface RedactOptions {
  /** The organisation codes callers say; a run of exactly this many digits after "code" is theirs, not a one-time code. */
  ueCode?: UeCodePattern;
}

export const REDACTION_MARKS: Readonly<Record<PiiKind, string>> = {
  card: '[card number]',
  'card-detail': '[card detail]',
  password: '[password]',
  code: '[code]',
};

const CARD_WORDS = new Set(['card', 'credit', 'debit', 'visa', 'mastercard', 'amex', 'discover', 'maestro', 'cvv', 'cvc', 'cv2']);
const PHONE_WORDS = new Set(['phone', 'call', 'reach', 'mobile', 'cell', 'extension', 'fax', 'dial', 'text']);
const CARD_DETAIL_WORDS = new Set(['cvv', 'cvc', 'cv2', 'expires', 'expiry', 'expiration', 'exp', 'back']);
/** Words that name a one-time code outright. */
const CODE_WORDS = new Set([
  'otp',
  '2fa',
  'mfa',
  'pin',
  'passcode',
  'verification',
  'authentication',
  'authenticator',
  'one-time',
  'security',
]);
/** Numbers the brains need, whatever word comes near them. */
const REFERENCE_WORDS = new Set(['ticket', 'case', 'reference', 'ref', 'order', 'invoice', 'ue', 'extension', 'room', 'floor']);
const PASSWORD_WORDS = new Set(['password', 'passwords', 'passcode', 'passphrase', 'pw']);
const COPULAS = new Set(['is', 'was', 'to', 'as', "it's", 'its', 'be', 'now', 'set', 'changed', 'should', 'would', 'will', 'being']);
/** "my password is …" followed by one of these describes the password, it does not say it. */
const NOT_A_SECRET = new Set([
  'not', 'wrong', 'incorrect', 'expired', 'expiring', 'locked', 'correct', 'right', 'too', 'still', 'no', 'invalid',
  'broken', 'working', 'changed', 'reset', 'empty', 'blank', 'different', 'same', 'the', 'my', 'case', 'always', 'never',
  'also', 'about', 'asking', 'required', 'failing', 'rejected', 'saved', 'stored', 'supposed', 'going', 'gone', 'lost',
  'forgotten', 'forgot', 'a', 'an', 'it', 'that', 'this', 'what', 'there', 'in', 'on', 'for', 'from', 'with',
]); // prettier-ignore
/** Where a spoken password ends when the recogniser wrote no punctuation. */
const SECRET_ENDS = new Set([
  'and', 'but', 'so', 'because', 'can', 'could', 'would', 'will', 'please', 'then', 'i', "i'm", 'im', 'it', 'that', 'which',
  'thanks', 'thank', 'okay', 'ok', 'if', 'when', 'also', 'though', 'right', 'yeah',
]); // prettier-ignore
const SKIPPED_BEFORE_SECRET = new Set(['uh', 'um', 'er', 'like', 'just', 'basically', 'currently', 'now', 'be', 'set', 'to']);
const MAX_PASSWORD_WORDS = 8;
/** How far back a cue word may be from the number it names. */
const CUE_WINDOW = 6;

/** The Luhn checksum every payment card number carries. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/**
 * The words before a run, back to the previous sentence end or the previous secret, at most
 * CUE_WINDOW of them. A cue names the secret that follows it and is used up by it: "pin 2024,
 * my 4111" cuts one code, and cutting it again finds the same (redaction is idempotent).
 */
function wordsBefore(tokens: readonly Token[], run: DigitRun, isSecret: (token: Token) => boolean): string[] {
  const words: string[] = [];
  for (let index = run.first - 1; index >= 0 && words.length < CUE_WINDOW; index -= 1) {
    const token = tokens[index] as Token;
    if ((token.clauseEnd && index !== run.first - 1) || token.word === MARK_WORD || isSecret(token)) break;
    words.push(token.word);
  }
  return words;
}

function mentions(words: readonly string[], vocabulary: ReadonlySet<string>): boolean {
  return words.some((word) => vocabulary.has(word.replace(/'s$/, '')));
}

function numberKind(
  tokens: readonly Token[],
  run: DigitRun,
  sentence: readonly string[],
  ueDigits: number,
  before: readonly string[],
): PiiKind | undefined {
  const length = run.digits.length;
  const aboutCards = mentions(sentence, CARD_WORDS);
  // Ticket and record numbers are ints of at most 10 digits: a 13-19 digit run is never one of them.
  if (length >= 13 && length <= 19 && (aboutCards || (passesLuhn(run.digits) && !mentions(sentence, PHONE_WORDS)))) return 'card';
  if (mentions(before, REFERENCE_WORDS) || before[0] === 'u' || before[0] === 'e' || before[1] === 'u') return undefined;
  if (aboutCards && length >= 3 && length <= 4 && mentions(before, CARD_DETAIL_WORDS)) return 'card-detail';
  const namedCode = mentions(before, CODE_WORDS) || before.join(' ').includes('one time');
  if (namedCode && length >= 4 && length <= 8) return 'code';
  if (mentions(before, new Set(['code', 'codes'])) && length >= 5 && length <= 8 && length !== ueDigits) return 'code';
  return undefined;
}

/** The words of a password said after "password is", up to where the sentence (or clause) goes on. */
function passwordAfter(tokens: readonly Token[], cue: number): Redaction | undefined {
  let index = cue + 1;
  if (!tokens[cue]?.word.endsWith("'s")) {
    if (!COPULAS.has(tokens[index]?.word ?? '')) return undefined;
    index += 1;
  }
  while (index < tokens.length && SKIPPED_BEFORE_SECRET.has((tokens[index] as Token).word)) index += 1;
  const first = tokens[index];
  // Punctuation alone is no password, and a mark is one already cut.
  if (!first || first.word === '' || first.word === MARK_WORD || NOT_A_SECRET.has(first.word) || tokens[index - 1]?.clauseEnd)
    return undefined;
  let last = index;
  while (last + 1 < tokens.length && last - index + 1 < MAX_PASSWORD_WORDS && !(tokens[last] as Token).clauseEnd) {
    if (SECRET_ENDS.has((tokens[last + 1] as Token).word)) break;
    last += 1;
  }
  return { kind: 'password', start: first.start, end: (tokens[last] as Token).end };
}

/** Where the secrets are in a text, in order, without overlaps. */
export function findPii(text: string, options: RedactOptions = {}): Redaction[] {
  const tokens = tokenize(text);
  const ueDigits = (options.ueCode ?? DEFAULT_UE_CODE_PATTERN).digits;
  const sentence = tokens.map((token) => token.word);
  const found: Redaction[] = [];
  tokens.forEach((token, index) => {
    if (PASSWORD_WORDS.has(token.word.replace(/'s$/, ''))) {
      const password = passwordAfter(tokens, index);
      if (password) found.push(password);
    }
  });
  const isSecret = (token: Token) => found.some((secret) => token.start >= secret.start && token.start < secret.end);
  for (const run of digitRuns(tokens)) {
    const kind = numberKind(tokens, run, sentence, ueDigits, wordsBefore(tokens, run, isSecret));
    if (kind) found.push({ kind, start: run.start, end: run.end });
  }
  for (const redaction of found)
    while (/[.,;!?]/.test(text[redaction.end - 1] ?? '') && redaction.end > redaction.start + 1) redaction.end -= 1;
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found.filter((redaction, index) => index === 0 || redaction.start >= (found[index - 1] as Redaction).end);
}

/** The text with every secret replaced by a mark saying what was there ("my password is [password]"). */
export function redactPii(text: string, options: RedactOptions = {}): string {
  let result = '';
  let at = 0;
  for (const redaction of findPii(text, options)) {
    result += text.slice(at, redaction.start) + REDACTION_MARKS[redaction.kind];
    at = redaction.end;
  }
  return result + text.slice(at);
}
