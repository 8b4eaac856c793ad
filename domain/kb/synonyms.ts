import { normalizeText, stem, STOP_WORDS } from './tokenize';

/*
 * How callers and article authors name the same thing differently. Multi-word names are first
 * folded into one token ("blue screen" -> bsod); then each word also searches for its
 * synonyms, at a discount, so an exact word still ranks first.
 */

const PHRASES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bblue ?screen(s|ed|ing)?( of death)?\b/g, 'bsod'],
  [/\bscreen (went|turned|turns|goes|is|was) (all )?blue\b/g, 'bsod'],
  [/\b(two|2|multi) ?(factor|step)( authentication| verification)?\b/g, 'mfa'],
  [/\b2fa\b/g, 'mfa'],
  [/\blocked out\b/g, 'lockout'],
  [/\bdial tone\b/g, 'dialtone'],
  [/\bdocking station\b/g, 'dock'],
  [/\b(out of office|auto ?reply|automatic reply|away message)\b/g, 'ooo'],
  [/\bnot responding\b/g, 'freeze'],
  [/\b(turn|switch|power)(s|ed|ing)? (it |my \w+ |the \w+ )?(on|up)\b/g, 'boot'],
  [/\bscreen (stays|is|goes|went|just|stayed) (all )?black\b/g, 'black screen'],
  [/\bnever gets to the login\b/g, 'boot'],
  [/\bstart ?up\b/g, 'boot'],
  [/\b(hard drive|hard disk|c drive)\b/g, 'disk'],
  [/\bweb ?site\b/g, 'website'],
  [/\bno signal\b/g, 'nosignal'],
  [/\bspinning (wheel|circle)\b/g, 'freeze'],
  [/\bphishing\b/g, 'phish'],
  [/\bpaper ?jam\b/g, 'paper jam'],
  [/\bdesk ?phone\b/g, 'deskphone'],
  [/\bshared (mail ?box|inbox)\b/g, 'sharedmailbox'],
];

/** Words that mean the same thing in a support call. */
const GROUPS: readonly (readonly string[])[] = [
  ['wifi', 'wireless', 'wlan', 'ssid', 'hotspot'],
  ['email', 'mail', 'outlook', 'inbox', 'webmail'],
  ['jam', 'stuck', 'caught', 'crumpled', 'misfeed', 'wedged'],
  ['slow', 'sluggish', 'lag', 'laggy', 'crawl', 'slowness'],
  ['internet', 'web', 'online', 'connection', 'connectivity'],
  ['computer', 'pc', 'laptop', 'desktop', 'machine', 'workstation', 'notebook'],
  ['crash', 'freeze', 'hang', 'unresponsive', 'quit'],
  ['password', 'passcode', 'credentials', 'passphrase'],
  ['mfa', 'authenticator', 'verification', 'otp'],
  ['lockout', 'locked', 'lock'],
  ['phish', 'scam', 'suspicious', 'spoof', 'fake', 'spam'],
  ['ransomware', 'ransom', 'encrypted', 'encrypt'],
  ['monitor', 'screen', 'display'],
  ['dock', 'hub', 'docking'],
  ['boot', 'start', 'power'],
  ['voicemail', 'message'],
  ['phone', 'handset', 'telephone', 'deskphone'],
  ['printer', 'copier', 'mfp', 'print'],
  ['scan', 'scanner'],
  ['vpn', 'remote', 'tunnel'],
  ['dns', 'resolve', 'domain', 'website'],
  ['disk', 'drive', 'storage', 'space'],
  ['update', 'patch', 'upgrade'],
  ['audio', 'sound', 'microphone', 'mic', 'headset', 'speaker', 'hear'],
  ['offline', 'disconnected', 'unavailable'],
  ['driver', 'install', 'setup'],
  ['mailbox', 'quota'],
  ['virus', 'malware', 'infected', 'trojan'],
  ['drop', 'disconnect', 'intermittent', 'cut'],
  ['cable', 'hdmi', 'displayport', 'nosignal'],
  ['account', 'login', 'user', 'username'],
  ['reset', 'forgot', 'forgotten', 'remember', 'change'],
  ['app', 'application', 'program', 'software'],
];

export function foldPhrases(normalized: string): string {
  let out = normalized;
  for (const [pattern, replacement] of PHRASES) out = out.replace(pattern, replacement);
  return out;
}

/** What a text contributes to KB search: phrases folded, stop words dropped, stemmed. */
export function searchTerms(text: string): string[] {
  const folded = foldPhrases(normalizeText(text));
  return folded
    .split(' ')
    .filter((word) => word !== '' && word !== '|' && !STOP_WORDS.has(word))
    .map(stem);
}

const SYNONYMS: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, Set<string>>();
  for (const group of GROUPS) {
    const stems = group.map(stem);
    for (const member of stems) {
      const related = map.get(member) ?? new Set<string>();
      for (const other of stems) if (other !== member) related.add(other);
      map.set(member, related);
    }
  }
  return new Map([...map].map(([key, related]) => [key, [...related]]));
})();

export function synonymsOf(term: string): readonly string[] {
  return SYNONYMS.get(term) ?? [];
}
