/**
 * Latency of the AI API with the rules brain: POST /ai/search-kb and POST /ai/classify over HTTP
 * (authentication, validation and JSON included), at several numbers of concurrent clients,
 * and the same work as a plain function call, to show what HTTP adds.
 *   npm run bench -- ai-api                 (writes bench/results/ai-api.md)
 *   BENCH_REQUESTS=200 BENCH_RESULTS_FILE=/tmp/ai.md npm run bench -- ai-api
 * Real parts: the Express app over a seeded PostgreSQL, on loopback.
 */
import { writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { createKbIndex } from '../activities/calls/kb-index';
import { classifyUtterance } from '../domain/language/classify';
import { startApiHarness, type ApiHarness } from '../tests/support/api-harness';
import { UTTERANCES } from './ai-api/utterances';
import { ZResultsFile, committedResultsFile, parseBenchSettings, positiveInt } from './shared/settings';
import { loadNote, stat, type Stat } from './shared/stats';

const ZAiApiEnv = z.object({
  /** Requests per endpoint and level, after a warm-up. */
  BENCH_REQUESTS: positiveInt.default(2000),
  /** Concurrent clients, e.g. 1,8. */
  BENCH_LEVELS: z
    .string()
    .default('1,8')
    .pipe(z.string().regex(/^\d+(,\d+)*$/, 'must be numbers of concurrent clients, e.g. 1,8'))
    .transform((value) => value.split(',').map(Number)),
  BENCH_RESULTS_FILE: ZResultsFile,
});
type AiApiConfig = z.infer<typeof ZAiApiEnv>;

const ENDPOINTS = {
  'search-kb': (text: string) => ({ query: text, limit: 10 }),
  classify: (text: string) => ({ text }),
} as const;
type Endpoint = keyof typeof ENDPOINTS;

interface Level {
  endpoint: Endpoint;
  concurrency: number;
  latency: Stat;
  perSecond: number;
  errors: number;
}

async function post(url: string, token: string, body: object): Promise<number> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  await response.arrayBuffer();
  return response.status;
}

async function runLevel(baseUrl: string, token: string, endpoint: Endpoint, concurrency: number, requests: number): Promise<Level> {
  const samples: number[] = [];
  let errors = 0;
  let next = 0;
  const startedAt = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests) {
        const text = UTTERANCES[next++ % UTTERANCES.length] ?? '';
        const sentAt = performance.now();
        const status = await post(`${baseUrl}/ai/${endpoint}`, token, ENDPOINTS[endpoint](text));
        samples.push(performance.now() - sentAt);
        if (status !== 200) errors += 1;
      }
    }),
  );
  return { endpoint, concurrency, latency: stat(samples), perSecond: requests / ((performance.now() - startedAt) / 1000), errors };
}

/** The same work without HTTP: classifying an utterance, ranking the knowledge base for it. */
async function inProcess(harness: ApiHarness, requests: number): Promise<Record<Endpoint, Stat>> {
  const kb = createKbIndex(harness.db.prisma);
  await kb.rank('warm up', { limit: 10 });
  const time = async (work: (text: string) => unknown) => {
    const samples: number[] = [];
    for (let index = 0; index < requests; index += 1) {
      const startedAt = performance.now();
      await work(UTTERANCES[index % UTTERANCES.length] ?? '');
      samples.push(performance.now() - startedAt);
    }
    return stat(samples);
  };
  return { 'search-kb': await time((text) => kb.rank(text, { limit: 10 })), classify: await time(classifyUtterance) };
}

const ms = (value: number) => value.toFixed(2);

function report(config: AiApiConfig, levels: Level[], functions: Record<Endpoint, Stat>): string {
  const rows = levels.map(
    (level) =>
      `| POST /ai/${level.endpoint} | ${level.concurrency} | ${level.latency.n} | ${ms(level.latency.p50)} | ${ms(level.latency.p90)} | ${ms(level.latency.p99)} | ${ms(level.latency.max)} | ${level.perSecond.toFixed(0)} | ${level.errors} |`,
  );
  const functionRows = (Object.keys(functions) as Endpoint[]).map(
    (endpoint) =>
      `| ${endpoint === 'classify' ? 'classifyUtterance(text)' : 'kbIndex.rank(query) (BM25 over the seeded KB)'} | ${ms(functions[endpoint].p50)} | ${ms(functions[endpoint].p99)} |`,
  );
  return `# AI API latency (rules brain)

Command: \`npm run bench -- ai-api\` (\`BENCH_REQUESTS=${config.BENCH_REQUESTS}\` per endpoint and level, \`BENCH_LEVELS=${config.BENCH_LEVELS.join(',')}\`).
Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}; ${loadNote()}.
Setup: the API (Express, the real app) over a seeded PostgreSQL 15, on loopback, in the benchmark's process; a client
signed in as a technician sends ${UTTERANCES.length} caller utterances in turn (bench/ai-api/utterances.ts), after a warm-up
of 100 requests. Latency is request sent → response body read, as the client sees it. No model is configured: the
rules brain answers, as it does offline. Each search first checks that the knowledge base has not changed (one query).

| endpoint | concurrent clients | requests | p50 ms | p90 ms | p99 ms | max ms | requests/s | errors |
|---|---:|---:|---:|---:|---:|---:|---:|---:|
${rows.join('\n')}

The same work as a function call (one client, no HTTP, no database round trip):

| work | p50 ms | p99 ms |
|---|---:|---:|
${functionRows.join('\n')}
`;
}

async function runAiApiBenchmark(config: AiApiConfig): Promise<void> {
  const harness = await startApiHarness();
  const server = harness.app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const token = harness.tokens.agent;
  const levels: Level[] = [];
  try {
    for (const endpoint of Object.keys(ENDPOINTS) as Endpoint[]) {
      await runLevel(baseUrl, token, endpoint, 4, 100);
      for (const concurrency of config.BENCH_LEVELS) {
        const level = await runLevel(baseUrl, token, endpoint, concurrency, config.BENCH_REQUESTS);
        console.log(
          `/ai/${endpoint} ×${concurrency}: p50 ${ms(level.latency.p50)} ms, p99 ${ms(level.latency.p99)} ms, ${level.perSecond.toFixed(0)}/s`,
        );
        levels.push(level);
      }
    }
    const functions = await inProcess(harness, config.BENCH_REQUESTS);
    const out = config.BENCH_RESULTS_FILE ?? committedResultsFile('ai-api');
    await writeFile(out, report(config, levels, functions));
    console.log(`written to ${path.relative(process.cwd(), out)}`);
  } finally {
    await new Promise((resolve) => server.close(resolve));
    await harness.close();
  }
}

await runAiApiBenchmark(parseBenchSettings(ZAiApiEnv, process.env));
