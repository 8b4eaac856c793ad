import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConfigError, effectiveBrain, parseConfig } from './config';

test('an empty environment gives the documented defaults', () => {
  const config = parseConfig({});
  assert.equal(config.API_PORT, 3000);
  assert.equal(config.VOICE_PORT, 8080);
  assert.equal(config.ADMIN_DEV_PORT, 5173);
  assert.equal(config.TEMPORAL_ADDRESS, '127.0.0.1:7233');
  assert.equal(config.TEMPORAL_UI_PORT, 8233);
  assert.equal(config.DATABASE_URL, undefined);
  assert.equal(config.TWILIO_SKIP_SIGNATURE_ON_LOOPBACK, false);
  assert.equal(effectiveBrain(config), 'rules');
});

test('bad settings are all reported at once, by name', () => {
  assert.throws(
    () => parseConfig({ API_PORT: 'eighty', LOG_LEVEL: 'chatty', UE_CODE_PATTERN: '####-UE' }),
    (error: unknown) =>
      error instanceof ConfigError &&
      ['API_PORT', 'LOG_LEVEL', 'UE_CODE_PATTERN'].every((key) => error.issues.some((issue) => issue.startsWith(key))),
  );
});

test('the text brain runs when a key is set, unless the rules brain is forced', () => {
  assert.equal(effectiveBrain(parseConfig({ OPENAI_API_KEY: 'sk-x' })), 'text');
  assert.equal(effectiveBrain(parseConfig({ OPENAI_API_KEY: 'sk-x', BRAIN: 'rules' })), 'rules');
  assert.equal(effectiveBrain(parseConfig({ OPENAI_API_KEY: '  ' })), 'rules');
});
