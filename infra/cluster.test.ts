import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultClusterPorts } from './cluster';
import { haproxyConfig } from './haproxy';

test('the cluster’s default ports are all different, also from npm start’s own', () => {
  const base = { api: 3000, voice: 8080, worker: 3001, temporal: 7233, temporalUi: 8233, postgres: 5433 };
  const ports = defaultClusterPorts(base);
  const all = [
    ports.api,
    ports.voice,
    ports.temporal,
    ports.temporalUi,
    ports.postgres,
    ...ports.apiCopies,
    ...ports.voiceCopies,
    ...ports.workerCopies,
  ];
  assert.equal(new Set(all).size, all.length, `a port is used twice: ${all.join(', ')}`);
  assert.ok(
    ![...ports.apiCopies, ...ports.voiceCopies, ...ports.workerCopies].includes(base.worker),
    'no copy takes npm start’s worker port',
  );
});

test('HAProxy balances each service over its copies, checks them by TCP and retries a request a dead copy dropped', () => {
  const config = haproxyConfig([
    { name: 'api', port: 3000, backends: [3101, 3102] },
    { name: 'voice', port: 8080, backends: [8181, 8182] },
  ]);
  assert.match(config, /frontend voice_in\n {2}bind 127\.0\.0\.1:8080\n {2}default_backend voice/);
  assert.match(config, /server voice1 127\.0\.0\.1:8181 check inter 500ms fall 1 rise 1\n {2}server voice2 127\.0\.0\.1:8182 check/);
  assert.match(config, /server api2 127\.0\.0\.1:3102 check/);
  assert.doesNotMatch(config, /httpchk/, 'a /health check would take every copy out during a Temporal pause');
  assert.match(config, /retry-on conn-failure empty-response/);
  assert.match(config, /option redispatch/);
});
