import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
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

test('property: any utterance gets a subject create_ticket accepts (3 to 80 characters)', () => {
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom('pc', 'no', 'um', 'printer', 'jammed', 'the', 'whole', 'office', 'wifi', 'slow', 'hi', 'yes'), {
        maxLength: 12,
      }),
      (words) => {
        const text = words.join(' ');
        const made = subject(text);
        assert.ok(made.length >= 3 && made.length <= 80, `"${made}" for "${text}"`);
      },
    ),
  );
});
