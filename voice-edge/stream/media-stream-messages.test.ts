import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseStreamMessage, ZStreamMessage } from './media-stream-messages';
import { parseRealtimeEvent, ZRealtimeServerEvent } from './realtime-events';

/*
 * Media, marks and the model's audio deltas skip zod's full parse on the edge's hot path: each
 * must accept exactly what the schema accepts, and give the same result.
 */

const SID = `MZ${'1'.repeat(32)}`;
const frame = Buffer.alloc(160, 0x7f).toString('base64');

function sameAsZod(message: unknown): void {
  const data = JSON.stringify(message);
  const expected = ZStreamMessage.safeParse(message);
  let actual: unknown;
  try {
    actual = parseStreamMessage(data);
  } catch {
    actual = 'rejected';
  }
  assert.deepEqual(actual, expected.success ? expected.data : 'rejected', data.slice(0, 120));
}

test('Twilio media and marks: accepted and rejected exactly as the schema says', () => {
  const media = (fields: Record<string, unknown>) => ({ event: 'media', streamSid: SID, ...fields });
  const cases: unknown[] = [
    media({ media: { payload: frame } }),
    media({ media: { payload: frame, track: 'inbound', timestamp: '20', chunk: '1' }, sequenceNumber: '3' }),
    media({ media: { payload: '' } }),
    media({ media: { payload: 'x'.repeat(64_000) } }),
    media({ media: { payload: 'x'.repeat(64_001) } }),
    media({ media: { payload: 42 } }),
    media({ media: { payload: frame, track: 7 } }),
    media({ media: { payload: frame, timestamp: null } }),
    media({ media: null }),
    media({}),
    { event: 'media', media: { payload: frame } },
    { event: 'media', streamSid: '', media: { payload: frame } },
    { event: 'media', streamSid: 'M'.repeat(65), media: { payload: frame } },
    { event: 'media', streamSid: 5, media: { payload: frame } },
    { event: 'mark', streamSid: SID, mark: { name: 'item_1:20' } },
    { event: 'mark', streamSid: SID, mark: { name: 'n'.repeat(200) } },
    { event: 'mark', streamSid: SID, mark: { name: 'n'.repeat(201) } },
    { event: 'mark', streamSid: SID, mark: { name: 3 } },
    { event: 'mark', streamSid: SID, mark: [] },
    { event: 'mark', streamSid: SID },
    { event: 'dtmf', streamSid: SID, dtmf: { digit: '5' } },
    { event: 'dtmf', streamSid: SID, dtmf: { digit: '55' } },
    { event: 'stop', streamSid: SID },
    { event: 'unknown', streamSid: SID },
    null,
    [],
    'media',
  ];
  for (const message of cases) sameAsZod(message);
  assert.throws(() => parseStreamMessage('{not json'));
});

test("the model's audio deltas: accepted and rejected exactly as the schema says", () => {
  const cases: Array<Record<string, unknown>> = [
    { type: 'response.output_audio.delta', item_id: 'item_1', delta: frame, response_id: 'r', output_index: 0 },
    { type: 'response.audio.delta', item_id: 'item_1', delta: frame },
    { type: 'response.output_audio.delta', item_id: 'item_1', delta: 7 },
    { type: 'response.output_audio.delta', delta: frame },
    { type: 'response.output_audio.delta', item_id: null, delta: frame },
  ];
  for (const event of cases) {
    const expected = ZRealtimeServerEvent.safeParse(event);
    let actual: unknown;
    try {
      actual = parseRealtimeEvent(JSON.stringify(event));
    } catch {
      actual = 'rejected';
    }
    assert.deepEqual(actual, expected.success ? expected.data : 'rejected', JSON.stringify(event));
  }
});
