import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { FIXTURE_ARTICLES } from '../../tests/support/kb-fixtures';
import { rankArticles } from './search';
import { searchTerms } from './synonyms';
import { stem } from './tokenize';

const top = (query: string) => rankArticles(query, FIXTURE_ARTICLES)[0]?.article.slug;

const EXPECTED: ReadonlyArray<readonly [string, string]> = [
  ['the paper is stuck in the printer', 'printer-paper-jam'],
  ['the copier jammed again', 'printer-paper-jam'],
  ['pages come out all crumpled', 'printer-paper-jam'],
  ['printer says offline', 'printer-offline'],
  ['my print jobs are stuck in the queue', 'printer-offline'],
  ['my wireless keeps dropping', 'wifi-drops'],
  ['the wi-fi cuts out every few minutes', 'wifi-drops'],
  ["outlook won't sync", 'outlook-not-syncing'],
  ["my mail isn't coming in", 'outlook-not-syncing'],
  ['it says my mailbox is over quota', 'mailbox-full'],
  ["can't get online at all", 'no-internet'],
  ["websites won't load", 'no-internet'],
  ["vpn won't connect from home", 'vpn-connect-fails'],
  ['my computer is really sluggish', 'pc-slow'],
  ['my screen went blue and it rebooted', 'blue-screen'],
  ['I got a BSOD', 'blue-screen'],
  ['I forgot my password', 'password-reset'],
  ['I clicked a link in a weird email', 'phishing-report'],
  ['I think this email is a scam', 'phishing-report'],
  ['my second monitor is black', 'monitor-no-signal'],
  ['the hdmi screen says no signal', 'monitor-no-signal'],
  ["there's no dial tone on my desk phone", 'desk-phone-no-dial-tone'],
];

for (const [query, slug] of EXPECTED) {
  test(`"${query}" finds ${slug} first`, () => {
    assert.equal(top(query), slug);
  });
}

test('a query with nothing searchable finds nothing', () => {
  assert.deepEqual(rankArticles('', FIXTURE_ARTICLES), []);
  assert.deepEqual(rankArticles('hello, um, yes please', FIXTURE_ARTICLES), []);
});

test('the category boost breaks a near tie but does not hide other categories', () => {
  const ranked = rankArticles('it is slow', FIXTURE_ARTICLES, { category: 'network', limit: 10 });
  assert.ok(ranked.some((result) => result.article.slug === 'pc-slow'));
  const unboosted = rankArticles('restart', FIXTURE_ARTICLES, { limit: 20, minScore: 0 });
  const boosted = rankArticles('restart', FIXTURE_ARTICLES, { limit: 20, minScore: 0, category: 'email' });
  const emailScore = (list: typeof boosted) => list.find((result) => result.article.slug === 'outlook-not-syncing')?.score ?? 0;
  assert.ok(emailScore(boosted) > emailScore(unboosted));
});

test('matched terms explain the result', () => {
  const [first] = rankArticles('printer paper jam', FIXTURE_ARTICLES);
  assert.ok(first);
  assert.ok(first.matchedTerms.includes(stem('printer')));
  assert.ok(first.matchedTerms.includes('jam'));
});

test('synonyms and multi-word names are folded the same way on both sides', () => {
  assert.deepEqual(searchTerms('Blue Screen of Death'), ['bsod']);
  assert.deepEqual(searchTerms('two-factor authentication'), ['mfa']);
  assert.deepEqual(searchTerms('Wi-Fi'), ['wifi']);
});

const queryArb = fc
  .array(
    fc.constantFrom(
      'printer',
      'jam',
      'wifi',
      'slow',
      'outlook',
      'password',
      'monitor',
      'the',
      'my',
      'is',
      'not',
      'phone',
      'vpn',
      'email',
      'blue',
    ),
    {
      maxLength: 6,
    },
  )
  .map((words) => words.join(' '));

test('property: results are sorted, above the threshold, and within the limit', () => {
  fc.assert(
    fc.property(queryArb, fc.integer({ min: 0, max: 6 }), (query, limit) => {
      const ranked = rankArticles(query, FIXTURE_ARTICLES, { limit });
      assert.ok(ranked.length <= limit);
      for (const [index, result] of ranked.entries()) {
        assert.ok(result.score >= 1);
        if (index > 0) assert.ok((ranked[index - 1]?.score ?? Infinity) >= result.score);
      }
    }),
  );
});

test('property: the ranking does not depend on the order articles arrive in', () => {
  fc.assert(
    fc.property(queryArb, fc.shuffledSubarray([...FIXTURE_ARTICLES], { minLength: FIXTURE_ARTICLES.length }), (query, shuffled) => {
      const slugs = (articles: typeof shuffled) => rankArticles(query, articles, { limit: 20 }).map((result) => result.article.slug);
      assert.deepEqual(slugs(shuffled), slugs([...FIXTURE_ARTICLES]));
    }),
  );
});

test('property: letter case and punctuation do not change the ranking', () => {
  fc.assert(
    fc.property(queryArb, (query) => {
      const shouted = `${query.toUpperCase()}!!`;
      assert.deepEqual(
        rankArticles(shouted, FIXTURE_ARTICLES).map((result) => result.article.slug),
        rankArticles(query, FIXTURE_ARTICLES).map((result) => result.article.slug),
      );
    }),
  );
});
