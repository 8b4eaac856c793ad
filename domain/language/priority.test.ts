import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyUtterance } from './classify';
import type { TicketPriority } from '../tickets/codes';

/** The rubric's priority lines, one or more callers each (impact × urgency, as ITIL's matrix). */
const CASES: ReadonlyArray<readonly [string, TicketPriority, string]> = [
  ['all our files are encrypted and there is a ransom note', 'critical', 'encryption in progress'],
  ['someone is moving my mouse and opening my files, I am not touching it', 'critical', 'an attacker in control'],
  ['clients got emails from me asking for payment that I never sent', 'critical', 'an account being misused'],
  ['nobody in the office can get online', 'critical', 'a business-wide outage'],
  ['the phones are down for the whole company, customers cannot call us', 'critical', 'a business-wide outage'],
  ['none of us can print, the whole office printer is dead', 'high', 'printing down for everyone: the business still runs'],
  ['my laptop will not turn on at all', 'high', 'one user fully blocked'],
  ["I'm locked out of my account", 'high', 'one user fully blocked'],
  ['the internet is really slow for everyone upstairs', 'high', 'a group degraded'],
  ['I typed my password into a fake Microsoft page', 'high', 'exposed credentials'],
  ["I keep getting sign-in approval requests I didn't ask for", 'high', 'MFA push-bombing'],
  ['I left my work laptop on the train', 'high', 'a lost laptop, nothing confirming misuse'],
  ['my outlook is not syncing', 'medium', 'one user degraded'],
  ['the printer is jammed', 'medium', 'one user degraded'],
  ['my desk phone has no dial tone, I can use my mobile for now', 'medium', 'a workaround exists'],
  ["I got a weird email asking me to verify my account, I didn't click anything", 'medium', 'a suspicious item, no interaction'],
  ['can I talk to a real person please', 'medium', 'no problem described'],
  ['how do I set up my out of office', 'low', 'a how-to'],
  ['we have a new starter on Monday who needs an account', 'low', 'a routine request'],
  ['can you open port 443 on the firewall', 'low', 'a routine request'],
  ['the font in outlook looks tiny', 'low', 'cosmetic'],
  ["it's not urgent, whenever you get a chance: the second monitor flickers sometimes", 'low', 'no rush'],
  ['is my laptop still under warranty', 'low', 'a question about records'],
  ['my account says too many attempts and it will not let me in', 'high', 'one user kept out of their account'],
  ['the vpn will not let me in from home', 'high', 'one user kept out of the network'],
  ['my laptop sits on the logo and will not go past it', 'high', 'one machine that never starts'],
  ['everyone says hello when they ring me. my headset is just not working', 'medium', '"everyone" in a clause with nothing wrong'],
  ['i have no idea which one to pick. it is just not working', 'medium', '"no idea which one" is not "no one"'],
];

for (const [text, expected, why] of CASES) {
  test(`"${text}" is ${expected} (${why})`, () => {
    assert.equal(classifyUtterance(text).priority, expected);
  });
}

test('"not urgent" does not count as urgent, and negation does not hide an outage', () => {
  assert.equal(classifyUtterance("my mouse is playing up, it's not urgent").priority, 'low');
  assert.equal(classifyUtterance('none of the computers in the office work and nobody can work').priority, 'critical');
});

test('a bare "everyone" or "nobody" is scope when its clause says what is wrong', () => {
  assert.equal(classifyUtterance('nobody can get online').priority, 'critical');
  assert.equal(classifyUtterance('the internet is down for everyone').priority, 'critical');
  assert.equal(classifyUtterance('everyone here has no internet').priority, 'critical');
});
