import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readProblem } from './classify';
import { problemSubject } from './subject';

const subject = (text: string) => problemSubject(text, readProblem(text));

test('a subject summarises what is wrong and how badly, not the first words', () => {
  assert.equal(
    subject("um hi yeah so my computer keeps blue screening, it's happened three times this morning and i can't get anything done"),
    'Repeated blue screening, user blocked',
  );
  assert.equal(subject('nobody in the office can get online, the internet is completely down'), 'Internet completely down, whole office');
  assert.equal(subject('the label printer in shipping prints blank labels'), 'Label printer prints blank');
  assert.equal(subject('can you install adobe acrobat on my laptop for next week'), 'Request: acrobat');
});

test('a subject is never empty and never longer than 80 characters', () => {
  assert.equal(subject('um. um'), 'Problem reported by phone');
  const long = subject(`${'the printer keeps jamming and '.repeat(10)}nothing helps`);
  assert.ok(long.length <= 80 && long.length >= 3, long);
});
