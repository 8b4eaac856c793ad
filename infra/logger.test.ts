import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Writable } from 'node:stream';
import { createLogger } from './logger';

function memoryLogger() {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { logger: createLogger('test', { LOG_LEVEL: 'info' }, sink), last: () => lines.at(-1) ?? '' };
}

test('log lines carry no card numbers, passwords or one-time codes, in fields or in the message', () => {
  const { logger, last } = memoryLogger();
  logger.info(
    {
      callSid: 'CA0123456789abcdef0123456789abcdef',
      speech: 'my password is Summer twenty twenty four',
      nested: { text: 'card 4111 1111 1111 1111' },
    },
    'turn failed: the code is 4 8 2 9 1 7',
  );
  assert.doesNotMatch(last(), /Summer|4111|4 8 2 9/);
  assert.match(last(), /\[password\]/);
  assert.match(last(), /\[card number\]/);
  assert.match(last(), /the code is \[code\]/);
  assert.match(last(), /CA0123456789abcdef0123456789abcdef/, 'ids are left alone');
});

test('U-E codes, ticket numbers and phone numbers stay in the logs', () => {
  const { logger, last } = memoryLogger();
  logger.info({ ueCode: 'UE-1042', ticket: 'ticket 48291', phone: '+15551042102' }, 'identified');
  assert.match(last(), /UE-1042.*ticket 48291.*\+15551042102/);
});
