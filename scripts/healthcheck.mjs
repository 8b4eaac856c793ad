#!/usr/bin/env node
// A container's health check: `node scripts/healthcheck.mjs api|voice|worker` asks that process's own
// /health on loopback (the image has no curl) and exits 0 only on a 200 within two seconds.
const ports = { api: ['API_PORT', 3000], voice: ['VOICE_PORT', 8080], worker: ['WORKER_PORT', 3001] };
const service = process.argv[2];
if (!(service in ports)) {
  console.error(`usage: healthcheck.mjs ${Object.keys(ports).join('|')}`);
  process.exit(2);
}
const [variable, fallback] = ports[service];
const url = `http://127.0.0.1:${process.env[variable] || fallback}/health`;
try {
  const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
  if (response.status !== 200) console.error(`${url} answered ${response.status}`);
  process.exit(response.status === 200 ? 0 : 1);
} catch (error) {
  console.error(`${url}: ${error.message}`);
  process.exit(1);
}
