import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConfigError, DEV_JWT_SECRET, effectiveBrain, healthCheckUrls, parseConfig, realtimeBaseUrl } from './config';

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

test('workers run versioned by default, as one version of the urackit deployment, and promote it at start', () => {
  const config = parseConfig({});
  assert.equal(config.TEMPORAL_WORKER_VERSIONING, true);
  assert.equal(config.TEMPORAL_DEPLOYMENT_NAME, 'urackit');
  assert.equal(config.TEMPORAL_BUILD_ID, undefined);
  assert.equal(config.TEMPORAL_PROMOTE_VERSION, 'always');
  assert.equal(parseConfig({ TEMPORAL_WORKER_VERSIONING: 'false' }).TEMPORAL_WORKER_VERSIONING, false);
  assert.equal(parseConfig({ TEMPORAL_WORKER_VERSIONING: '' }).TEMPORAL_WORKER_VERSIONING, true);
  assert.equal(parseConfig({ TEMPORAL_BUILD_ID: ' 2026.11.26-abc123 ' }).TEMPORAL_BUILD_ID, '2026.11.26-abc123');
});

test('a deployment name with a dot, a build id with a space or an unknown promotion mode is refused by name', () => {
  assert.throws(
    () => parseConfig({ TEMPORAL_DEPLOYMENT_NAME: 'urackit.prod', TEMPORAL_BUILD_ID: 'v 2', TEMPORAL_PROMOTE_VERSION: 'sometimes' }),
    (error: unknown) =>
      error instanceof ConfigError &&
      ['TEMPORAL_DEPLOYMENT_NAME', 'TEMPORAL_BUILD_ID', 'TEMPORAL_PROMOTE_VERSION'].every((key) =>
        error.issues.some((issue) => issue.startsWith(key)),
      ),
  );
});

test('the text brain runs when a key is set, unless the rules brain is forced', () => {
  assert.equal(effectiveBrain(parseConfig({ OPENAI_API_KEY: 'sk-x' })), 'text');
  assert.equal(effectiveBrain(parseConfig({ OPENAI_API_KEY: 'sk-x', BRAIN: 'rules' })), 'rules');
  assert.equal(effectiveBrain(parseConfig({ OPENAI_API_KEY: '  ' })), 'rules');
});

test('auto picks the realtime brain only with a key and REALTIME_ENABLED', () => {
  assert.equal(effectiveBrain(parseConfig({ OPENAI_API_KEY: 'sk-x', REALTIME_ENABLED: 'true' })), 'realtime');
  assert.equal(effectiveBrain(parseConfig({ REALTIME_ENABLED: 'true' })), 'rules');
  assert.equal(effectiveBrain(parseConfig({ OPENAI_API_KEY: 'sk-x', REALTIME_ENABLED: 'false' })), 'text');
  assert.equal(effectiveBrain(parseConfig({ BRAIN: 'realtime' })), 'realtime');
});

test('the Realtime WebSocket base follows OPENAI_BASE_URL unless set on its own', () => {
  assert.equal(realtimeBaseUrl(parseConfig({})), 'wss://api.openai.com/v1');
  assert.equal(realtimeBaseUrl(parseConfig({ OPENAI_BASE_URL: 'http://127.0.0.1:9999/v1/' })), 'ws://127.0.0.1:9999/v1');
  assert.equal(realtimeBaseUrl(parseConfig({ OPENAI_REALTIME_URL: 'wss://proxy.example/v1' })), 'wss://proxy.example/v1');
  assert.throws(() => parseConfig({ OPENAI_REALTIME_URL: 'https://proxy.example/v1' }), ConfigError);
});

/** A production environment with nothing unsafe in it. */
const safeProduction = {
  NODE_ENV: 'production',
  JWT_SECRET: 'k4Jx9q2LrT7vWm3ZpA8sDf6GhY1nBc5E',
  TWILIO_AUTH_TOKEN: 'a-real-twilio-auth-token',
  PUBLIC_VOICE_URL: 'https://voice.example.com',
  TEMPORAL_PAYLOAD_KEYS: 'prod-1:q83vEjY7bXo3ZqkPj0Ihk6JXxXcKZzH5XH1o2gmhVAY=',
};

function problemsWith(env: Record<string, string | undefined>): string[] {
  try {
    parseConfig(env);
    return [];
  } catch (error) {
    assert.ok(error instanceof ConfigError, String(error));
    return error.issues;
  }
}

test('a safe production configuration is accepted', () => {
  const config = parseConfig(safeProduction);
  assert.equal(config.NODE_ENV, 'production');
  assert.equal(config.TWILIO_SKIP_SIGNATURE_ON_LOOPBACK, false);
});

test('production refuses each unsafe setting with one line that names it', () => {
  const cases: Array<[change: Record<string, string | undefined>, line: RegExp]> = [
    [{ JWT_SECRET: undefined }, /^JWT_SECRET: is the development default/],
    [{ JWT_SECRET: DEV_JWT_SECRET }, /^JWT_SECRET: is the development default/],
    [{ JWT_SECRET: 'only-twenty-chars-xx' }, /^JWT_SECRET: has 20 characters; .*at least 32/],
    [{ TWILIO_AUTH_TOKEN: undefined }, /^TWILIO_AUTH_TOKEN: is the development default/],
    [{ PUBLIC_VOICE_URL: undefined }, /^PUBLIC_VOICE_URL: is not set/],
    [{ PUBLIC_VOICE_URL: '  ' }, /^PUBLIC_VOICE_URL: is not set/],
    [{ TWILIO_SKIP_SIGNATURE_ON_LOOPBACK: 'true' }, /^TWILIO_SKIP_SIGNATURE_ON_LOOPBACK: is on/],
    [{ ADMIN_EMAIL: 'ops@example.com' }, /^ADMIN_EMAIL, ADMIN_PASSWORD: set both/],
    [{ ADMIN_EMAIL: 'ops@example.com', ADMIN_PASSWORD: 'admin123' }, /^ADMIN_PASSWORD: must be at least 12 characters/],
  ];
  for (const [change, line] of cases) {
    const problems = problemsWith({ ...safeProduction, ...change });
    assert.equal(problems.length, 1, `${JSON.stringify(change)} → ${problems.join(' | ')}`);
    assert.match(problems[0] ?? '', line);
  }
});

test('production reports every unsafe setting at once; development and test keep their defaults', () => {
  const problems = problemsWith({ NODE_ENV: 'production', TWILIO_SKIP_SIGNATURE_ON_LOOPBACK: 'yes' });
  assert.deepEqual(
    problems.map((line) => line.split(':')[0]),
    ['JWT_SECRET', 'TWILIO_AUTH_TOKEN', 'PUBLIC_VOICE_URL', 'TWILIO_SKIP_SIGNATURE_ON_LOOPBACK', 'TEMPORAL_PAYLOAD_KEYS'],
  );
  for (const NODE_ENV of ['development', 'test']) {
    assert.equal(parseConfig({ NODE_ENV, TWILIO_SKIP_SIGNATURE_ON_LOOPBACK: 'true' }).JWT_SECRET, DEV_JWT_SECRET);
  }
});

test('the health samples read this host’s services unless HEALTH_CHECK_URLS says where they are', () => {
  assert.deepEqual(healthCheckUrls(parseConfig({ HOST: '0.0.0.0', API_PORT: '3100' })), {
    api: 'http://127.0.0.1:3100/health',
    voice_edge: 'http://127.0.0.1:8080/health',
    worker: 'http://127.0.0.1:3001/health',
  });
  const elsewhere = parseConfig({ HEALTH_CHECK_URLS: 'api=http://api:3000/health?deep=1, voice_edge=http://voice:8080/health' });
  assert.deepEqual(healthCheckUrls(elsewhere), { api: 'http://api:3000/health?deep=1', voice_edge: 'http://voice:8080/health' });
  assert.throws(() => parseConfig({ HEALTH_CHECK_URLS: 'api:3000' }), ConfigError);
});

test('TEMPORAL_PAYLOAD_KEYS: id:base64 pairs of 32-byte keys, the first one first; anything else is refused', () => {
  const [k1, k2] = ['q83vEjY7bXo3ZqkPj0Ihk6JXxXcKZzH5XH1o2gmhVAY=', 'Vt3nq0mJ4cS8yB2wX9kLzR6hD1fG5aP7eU0iO3uY8tQ='];
  assert.deepEqual(parseConfig({ TEMPORAL_PAYLOAD_KEYS: ` 2026-11:${k2} , 2026-01:${k1}` }).TEMPORAL_PAYLOAD_KEYS, [
    { id: '2026-11', key: k2 },
    { id: '2026-01', key: k1 },
  ]);
  assert.equal(parseConfig({}).TEMPORAL_PAYLOAD_KEYS, undefined);
  for (const bad of [k1, `k1:${k1.slice(4)}`, `k1:${k1},k1:${k2}`, `bad id:${k1}`, 'k1:', `k1:${k1},`]) {
    assert.throws(() => parseConfig({ TEMPORAL_PAYLOAD_KEYS: bad }), /TEMPORAL_PAYLOAD_KEYS: must be keyId:base64key pairs/, bad);
  }
});
