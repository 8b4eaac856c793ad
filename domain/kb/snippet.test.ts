import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FIXTURE_ARTICLES } from '../../tests/support/kb-fixtures';
import { rankArticles } from './search';
import { snippetFor } from './snippet';

test('the snippet is the line holding most of what matched, a symptom before a step', () => {
  const [best] = rankArticles('pages come out crumpled from the tray', FIXTURE_ARTICLES);
  assert.equal(best?.article.slug, 'printer-paper-jam');
  assert.deepEqual(snippetFor(best!.article, best!.matchedTerms), { field: 'symptoms', text: 'pages come out crumpled' });
});

test('nothing matched in any line: the title stands in; long lines are cut', () => {
  const article = { ...FIXTURE_ARTICLES[0]!, symptoms: ['x '.repeat(150) + 'jam'] };
  assert.deepEqual(snippetFor(article, ['zzz']), { field: 'title', text: article.title });
  const long = snippetFor(article, ['jam']);
  assert.equal(long.field, 'symptoms');
  assert.ok(long.text.length === 200 && long.text.endsWith('…'));
});
