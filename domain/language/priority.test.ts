import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { KbCategory } from '../kb/categories';
import { ticketPriority } from './priority';
import type { TicketPriority } from '../tickets/codes';

const CASES: ReadonlyArray<readonly [string, KbCategory | null, TicketPriority]> = [
  ['all our files are encrypted and there is a ransom note', 'security', 'critical'],
  ['I think we have ransomware', null, 'critical'],
  ['my email account was hacked', 'security', 'critical'],
  ['I got a suspicious email', 'security', 'high'],
  ['the whole office has no internet', 'network', 'high'],
  ['nobody can print', 'printer', 'high'],
  ['this is urgent, I have a deadline at noon', 'computer', 'high'],
  ["it's not urgent, whenever you get a chance", 'computer', 'low'],
  ['no rush, the second monitor flickers sometimes', 'device', 'low'],
  ['my outlook is not syncing', 'email', 'medium'],
  ['the printer is jammed', 'printer', 'medium'],
  ['', null, 'medium'],
];

for (const [text, category, expected] of CASES) {
  test(`"${text}" (${category ?? 'no category'}) is ${expected}`, () => {
    assert.equal(ticketPriority(text, category), expected);
  });
}
