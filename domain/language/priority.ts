import type { KbCategory } from '../kb/categories';
import { analyzeText, compileLexicon, matchLexicon, scoreMatches } from './lexicon';
import type { TicketPriority } from '../tickets/codes';

/*
 * A ticket's priority from what the caller said: security incidents and whole-office outages
 * jump the queue, "no rush" drops it. Negated urgency ("it's not urgent") does not count.
 */

const CRITICAL = compileLexicon({
  ransomware: 5,
  ransom: 5,
  'files are encrypted': 5,
  'files encrypted': 5,
  encrypted: 3,
  hacked: 4,
  hack: 3,
  breach: 5,
  'security incident': 5,
  compromised: 4,
  'virus spreading': 5,
  'wired money': 5,
  'sent money': 4,
  'paid the invoice': 3,
  'all servers down': 5,
  'server is down': 3,
  'business is down': 5,
  'can not take payments': 5,
});

const HIGH = compileLexicon({
  'whole office': 4,
  'entire office': 4,
  'everyone in the office': 4,
  everyone: 3,
  everybody: 3,
  'nobody can': 4,
  'no one can': 4,
  'all users': 4,
  'all of us': 4,
  'whole company': 4,
  'whole team': 4,
  'all our': 2,
  entire: 2,
  urgent: 4,
  urgently: 4,
  asap: 4,
  'as soon as possible': 4,
  emergency: 4,
  'right now': 2,
  'can not work': 4,
  deadline: 3,
  'losing money': 4,
  'customers can not': 4,
  'clicked a link': 4,
  'clicked the link': 4,
  'entered my password': 4,
  'gave my password': 4,
  'opened the attachment': 4,
  server: 2,
  'all day': 2,
  'presentation in': 3,
  'meeting in': 2,
});

const LOW = compileLexicon({
  'no rush': 4,
  'not urgent': 4,
  'no hurry': 4,
  whenever: 3,
  'when you get a chance': 4,
  'when you have time': 4,
  'low priority': 4,
  minor: 3,
  cosmetic: 3,
  'just curious': 3,
  'not a big deal': 4,
  'not a priority': 4,
  'next week': 2,
  'no big deal': 4,
  annoying: 1,
});

const THRESHOLD = 3;

const strength = (text: string, lexicon: typeof CRITICAL) => scoreMatches(matchLexicon(analyzeText(text), lexicon), 'drop');

/** Critical cues first; then "no rush" cues, so "not urgent" outranks the "urgent" inside it; then high. */
export function ticketPriority(text: string, category: KbCategory | null): TicketPriority {
  if (strength(text, CRITICAL) >= THRESHOLD + 1) return 'critical';
  if (category === 'security' && strength(text, CRITICAL) >= THRESHOLD) return 'critical';
  if (strength(text, LOW) >= THRESHOLD) return 'low';
  if (strength(text, HIGH) >= THRESHOLD) return 'high';
  return category === 'security' ? 'high' : 'medium';
}
