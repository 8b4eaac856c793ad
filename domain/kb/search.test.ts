import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { FIXTURE_ARTICLES } from '../../tests/support/kb-fixtures';
import { rankArticles, type SearchableArticle } from './search';
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

function article(slug: string, title: string, keywords: string[], symptoms: string[], body?: string): SearchableArticle {
  return { slug, title, category: 'general', keywords, symptoms, steps: [], escalateWhen: 'it persists', body };
}

const FILLER = ['printer jam', 'outlook sync', 'monitor signal', 'desk phone', 'mailbox quota', 'teams audio'].map((topic) =>
  article(topic.replace(' ', '-'), topic, [topic], [`my ${topic} problem`]),
);

/** As in a real knowledge base, "not" is in nearly every article. */
const everyoneSaysNot = FILLER.map((other) => ({ ...other, symptoms: [...other.symptoms, 'it does not work'] }));

test('an article whose subject the caller named beats one that only shares a side symptom', () => {
  const wifi = article(
    'wifi-drops',
    'Wi-Fi keeps dropping',
    ['wifi drops', 'dropping', 'drops out'],
    ['it connects then drops', 'connects but drops again'],
  );
  const vpn = article('vpn-connect-fails', 'VPN will not connect', ['vpn', 'remote access'], ['vpn fails']);
  const ranked = rankArticles(
    'the vpn connects and then drops',
    [wifi, vpn, ...FILLER.map((other) => ({ ...other, symptoms: [`my ${other.title} does not work`] }))],
    { limit: 2 },
  );
  assert.deepEqual(
    ranked.map((result) => result.article.slug),
    ['vpn-connect-fails', 'wifi-drops'],
  );
});

test("a word common in the articles' text counts for less, though the text is never matched itself", () => {
  const locked = article('account-lockout', 'Account locked out', ['locked out'], ['my account locks every morning']);
  const scoreOf = (others: SearchableArticle[]) =>
    rankArticles('this morning', [locked, ...others], { limit: 1, minScore: 0 })[0]?.score ?? 0;
  const quiet = FILLER;
  const chatty = FILLER.map((other) => ({ ...other, body: 'Staff often notice this first thing in the morning.' }));
  assert.ok(scoreOf(chatty) < scoreOf(quiet));
  assert.deepEqual(rankArticles('first thing notice', chatty), []);
});

test('a pair of query words side by side in an article counts by the pair, however common its words', () => {
  const together = article('together', 'Printing problem', ['will not print'], []);
  const apart = article('apart', 'Printing problem', ['print will not'], []);
  const pairGain = (others: SearchableArticle[]) => {
    const ranked = rankArticles('it will not print', [together, apart, ...others], { limit: 2, minScore: 0 });
    const scoreOf = (slug: string) => ranked.find((result) => result.article.slug === slug)?.score ?? 0;
    return scoreOf('together') - scoreOf('apart');
  };
  assert.ok(pairGain(FILLER) > 0);
  assert.ok(Math.abs(pairGain(everyoneSaysNot) - pairGain(FILLER)) < 1e-9);
});

test('nouns made from verbs meet their verbs', () => {
  assert.deepEqual(searchTerms('connection installation'), searchTerms('connect install'));
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
