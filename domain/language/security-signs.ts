import { compileLexicon, matchLexicon, type AnalyzedToken, type Lexicon, type LexiconMatch } from './lexicon';

/*
 * Signs of compromise recognised by their parts rather than by whole phrases, because callers
 * put them in endless words: something the caller did not do happening to something of theirs
 * ("programs opening by themselves", "messages I never wrote"), a device gone ("my work mobile
 * got nicked"), a lure asking for something ("a text asked me to verify my login… looks a bit
 * off"), a secret handed over ("put my password into a link"), a payment demanded for files.
 */

const lexicon = (words: readonly string[]): Lexicon => compileLexicon(Object.fromEntries(words.map((word) => [word, 1])));

const PARTS = {
  /** Happening with nobody at the controls. */
  byItself: lexicon(['by itself', 'by themselves', 'on its own', 'on their own', 'of its own accord', 'remotely']),
  controls: lexicon(['cursor', 'mouse', 'program', 'files', 'folders', 'screen', 'windows', 'apps', 'things']),
  /** Done in their name, not by them: messages, changes, payments. */
  disowned: lexicon([
    'never wrote',
    'did not write',
    'never sent',
    'did not send',
    'did not change',
    'never changed',
    'did not make',
    'did not touch',
    'not touching',
  ]),
  theirs: lexicon(['email', 'message', 'password', 'rules', 'contacts', 'transfer', 'payment', 'mouse', 'cursor', 'files', 'account']),
  /** Sign-in prompts or alerts they did not cause. */
  unasked: lexicon([
    'did not ask for',
    'have not asked for',
    'did not request',
    'not trying to login',
    'not doing anything',
    'was not me',
    'not me',
  ]),
  signIn: lexicon(['authenticator', 'approve', 'approval', 'request', 'prompt', 'notification', 'code', 'login', 'signed', 'sign']),
  /** A device gone. */
  gone: lexicon(['lost', 'stolen', 'stole', 'nicked', 'pinched', 'theft', 'left it on', 'left my', 'went missing', 'been taken']),
  device: lexicon(['laptop', 'phone', 'mobile', 'ipad', 'tablet', 'bag', 'computer', 'usb stick', 'memory stick', 'macbook']),
  /** Someone asking for something. */
  asking: lexicon([
    'asking me to',
    'asked me to',
    'wanting me to',
    'wants me to',
    'wanted me to',
    'asking for',
    'asked for',
    'pretending to be',
    'claiming to be',
    'saying it is from',
    'saying he is from',
    'saying she is from',
    'saying they are from',
  ]),
  lure: lexicon([
    'verify',
    'confirm my',
    'login',
    'password',
    'bank',
    'vouchers',
    'gift card',
    'buy',
    'install',
    'remote access',
    'code',
    'payment',
    'pay',
    'transfer',
    'details',
    'admin permissions',
  ]),
  odd: lexicon([
    'dodgy',
    'odd',
    'a bit off',
    'looks off',
    'weird',
    'strange',
    'fake',
    'suspicious',
    'looked wrong',
    'looks wrong',
    'not right',
    'scam',
    'bad link',
    'unknown',
  ]),
  /** A secret handed over, somewhere or to someone. */
  handed: lexicon(['typed', 'entered', 'put', 'gave', 'read them', 'told them', 'handed']),
  secret: lexicon(['password', 'login details', 'details', 'code', 'credentials', 'pin']),
  destination: lexicon([
    'into',
    'in',
    'on the page',
    'on a page',
    'on the site',
    'to someone',
    'to them',
    'to him',
    'to her',
    'over the phone',
    'on the phone',
  ]),
  mistyped: lexicon(['pin wrong', 'wrong pin', 'password wrong', 'wrong password', 'incorrectly', 'too many times']),
  /** Acting on something dodgy: opening it, clicking it, running it. */
  acted: lexicon([
    'opened a',
    'opened an',
    'opened the',
    'clicked on',
    'clicked a',
    'clicked the',
    'downloaded a',
    'downloaded the',
    'installed a',
    'installed the',
    'ran a',
    'ran the',
    'plugged it',
  ]),
  /** A lure arriving: a message someone sent, not the caller's own mail app asking for their password. */
  channel: lexicon([
    'a text',
    'an email',
    'a message',
    'a call',
    'a voicemail',
    'a popup',
    'a link',
    'a website',
    'someone called',
    'someone rang',
    'a guy called',
    'a man called',
    'a woman called',
    'somebody called',
  ]),
  /** Files held to ransom. */
  ransom: lexicon([
    'ransom',
    'demanding payment',
    'pay to unlock',
    'need to pay',
    'asking for money',
    'bitcoin',
    'weird extension',
    'strange extension',
    'end in dot',
    'files have been locked',
    'been encrypted',
  ]),
} as const;

type Part = keyof typeof PARTS;

/** How close two parts must be to belong together. */
const WINDOW = 7;

function near(a: readonly LexiconMatch[], b: readonly LexiconMatch[]): boolean {
  return a.some((first) => b.some((second) => Math.abs(first.at - second.at) <= WINDOW));
}

export interface SecuritySigns {
  /** Someone else is acting: at the controls, or in their name (active). */
  intruder: boolean;
  /** Sign-in prompts or alerts they did not cause (exposed). */
  pushed: boolean;
  /** A device holding their data is gone (exposed). */
  lostDevice: boolean;
  /** They handed over a password or code (exposed). */
  secretGiven: boolean;
  /** They opened, clicked or ran something dodgy (exposed). */
  actedOnLure: boolean;
  /** Someone asked them for something that looked wrong, or posed as someone (suspicious). */
  lure: boolean;
  /** Files held to ransom (active). */
  ransom: boolean;
}

export function securitySigns(tokens: readonly AnalyzedToken[]): SecuritySigns {
  // "A program I didn't install": what was not done is no sign.
  const said = (part: Part) => matchLexicon(tokens, PARTS[part]).filter((match) => !match.negated);
  const found = Object.fromEntries((Object.keys(PARTS) as Part[]).map((part) => [part, said(part)])) as Record<Part, LexiconMatch[]>;
  const posing = found.asking.some((match) => /pretend|claim|saying/.test(match.phrase));
  const handedOver = near(found.handed, found.secret) && near(found.secret, found.destination) && found.mistyped.length === 0;
  return {
    intruder: near(found.byItself, found.controls) || near(found.disowned, found.theirs),
    pushed: near(found.unasked, found.signIn),
    lostDevice: near(found.gone, found.device),
    secretGiven: handedOver,
    actedOnLure: near(found.acted, found.odd),
    lure: near(found.asking, found.lure) && (found.odd.length > 0 || posing || found.channel.length > 0),
    ransom: found.ransom.length > 0,
  };
}

/** Points for the security topic: any sign is enough for the rubric's rule 3. */
export function securitySignPoints(signs: SecuritySigns): number {
  if (signs.intruder || signs.ransom) return 7;
  if (signs.pushed || signs.lostDevice || signs.secretGiven || signs.actedOnLure) return 6;
  return signs.lure ? 5 : 0;
}
