import assert from 'node:assert/strict';
import { test } from 'node:test';
import { callSentiment, utteranceSentiment } from './sentiment';

/*
 * IT callers describe faults in every call; frustration is what tells calls apart: failures that
 * repeat, a caller who cannot work, swearing, sarcasm.
 */

test('repeated failures and a blocked caller read as negative and frustrated', () => {
  const turn = utteranceSentiment('my pc has blue screened three times this morning and i cannot get anything done');
  assert.equal(turn.label, 'negative');
  assert.ok(turn.frustration >= 0.6, `frustration ${turn.frustration}`);
});

test('swearing and sarcasm are frustration, and sarcastic praise is not praise', () => {
  assert.equal(utteranceSentiment('the bloody printer is jammed again').label, 'negative');
  const sarcastic = utteranceSentiment("oh great, the wifi's down again, just what i needed");
  assert.equal(sarcastic.label, 'negative');
  assert.ok(sarcastic.frustration > 0.5);
  assert.equal(utteranceSentiment('oh great, that fixed it, thank you').label, 'positive');
});

test('describing a fault calmly is neutral, with no frustration', () => {
  const calm = utteranceSentiment('my second monitor says no signal');
  assert.equal(calm.label, 'neutral');
  assert.equal(calm.frustration, 0);
});

test('"thanks, bye" on the way out does not make a miserable call positive; thanks for a fix does', () => {
  const unresolved = callSentiment([
    'my computer keeps blue screening, third time this morning, i cannot get anything done',
    "no it's still not working",
    "no that's all thanks bye",
  ]);
  assert.equal(unresolved.label, 'negative');
  assert.ok(unresolved.frustration >= 0.6);
  assert.equal(callSentiment(['my outlook is not syncing', 'yes that fixed it, thanks so much']).label, 'positive');
});

test('per-turn frustration stays within [0, 1] and the call keeps its highest', () => {
  const turns = ['fed up, sick of this, third time, bloody useless, cannot work', 'ok'];
  const call = callSentiment(turns);
  assert.ok(call.frustration <= 1 && call.frustration >= utteranceSentiment(turns[1] ?? '').frustration);
  assert.equal(call.frustration, utteranceSentiment(turns[0] ?? '').frustration);
});
