import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ulawMilliseconds } from './media-stream-messages';
import { Playback } from './playback';

const frame = (bytes: number) => Buffer.alloc(bytes, 0x7f).toString('base64');

test('μ-law duration is counted from the base64 length: 8 bytes a millisecond', () => {
  assert.equal(ulawMilliseconds(frame(160)), 20);
  assert.equal(ulawMilliseconds(frame(8)), 1);
  assert.equal(ulawMilliseconds(frame(161)), 20.125); // one byte of padding
  assert.equal(ulawMilliseconds(frame(162)), 20.25); // two
});

test('an interruption cuts the item at the last mark Twilio echoed', () => {
  const playback = new Playback();
  const marks = [1, 2, 3, 4, 5].map(() => playback.sent('item_a', frame(160)));
  assert.deepEqual(marks, ['item_a:20', 'item_a:40', 'item_a:60', 'item_a:80', 'item_a:100']);
  playback.played(marks[0]!);
  playback.played(marks[2]!);
  playback.played(marks[1]!); // an older mark never moves the position back
  assert.deepEqual(playback.interrupt(), { itemId: 'item_a', playedMs: 60 });
  // The item is forgotten: its marks arriving after Twilio's clear change nothing.
  playback.played(marks[4]!);
  assert.equal(playback.interrupt(), null);
});

test('nothing is cut when everything sent was heard, or nothing was sent', () => {
  const playback = new Playback();
  assert.equal(playback.interrupt(), null);
  playback.played(playback.sent('item_b', frame(160)));
  assert.equal(playback.interrupt(), null);
});

test('a new item starts counting from zero, and marks of the previous one are ignored', () => {
  const playback = new Playback();
  const old = playback.sent('item_a', frame(160));
  playback.sent('item_b', frame(320));
  playback.played(old);
  assert.deepEqual(playback.interrupt(), { itemId: 'item_b', playedMs: 0 });
});
