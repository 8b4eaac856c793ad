import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentTerms, normalizeText, stem, tokenize } from './tokenize';

test('contractions, spelling variants and punctuation are folded', () => {
  assert.equal(normalizeText("It won't print, and I can't log in!"), 'it will not print | and i can not login |');
  assert.deepEqual(tokenize('Wi-Fi drops; e-mail too'), ['wifi', 'drops', 'email', 'too']);
  assert.deepEqual(tokenize('my printer dont work'), ['my', 'printer', 'do', 'not', 'work']);
});

test('inflections of one word share a stem', () => {
  const groups = [
    ['print', 'prints', 'printing', 'printed'],
    ['jam', 'jams', 'jammed', 'jamming'],
    ['crash', 'crashes', 'crashed', 'crashing'],
    ['freeze', 'freezes', 'freezing', 'frozen', 'froze'],
    ['battery', 'batteries'],
    ['install', 'installed', 'installing'],
    ['update', 'updates', 'updated', 'updating'],
  ];
  for (const group of groups) assert.equal(new Set(group.map(stem)).size, 1, group.join(', '));
  assert.equal(stem('need'), 'need');
  assert.equal(stem('status'), 'status');
});

test('content terms drop stop words', () => {
  assert.deepEqual(contentTerms('the printer is jammed again'), ['printer', 'jam']);
});
