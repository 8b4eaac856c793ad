#!/usr/bin/env node
// A container's health check: `node scripts/healthcheck.mjs api|voice|worker` asks that process's own
// /health on loopback (the image has no curl) and exits 0 only on a 200 within two seconds.
import { get } from 'node:http';

const ports = { api: ['API_PORT', 3000], voice: ['VOICE_PORT', 8080], worker: ['WORKER_PORT', 3001] };
const service = process.argv[2];
if (!(service in ports)) {
  console.error(`usage: healthcheck.mjs ${Object.keys(ports).join('|')}`);
  process.exit(2);
}
const [variable, fallback] = ports[service];
const url = `http://127.0.0.1:${process.env[variable] || fallback}/health`;

function fail(reason) {
  console.error(`${url}: ${reason}`);
  process.exit(1);
}

const request = get(url, { timeout: 2000 }, (response) => {
  response.resume();
  if (response.statusCode === 200) process.exit(0);
  fail(`answered ${response.statusCode}`);
});
request.on('timeout', () => request.destroy(new Error('no answer within 2 s')));
request.on('error', (error) => fail(error.message));
