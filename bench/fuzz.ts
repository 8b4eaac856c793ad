/**
 * Schemathesis against the API's own OpenAPI document: every operation, random and boundary
 * inputs (its coverage and fuzzing phases, positive and negative data), once without a token and
 * once with each role's token.
 *   npm run bench -- fuzz                                  (writes bench/results/fuzz.md)
 *   BENCH_FUZZ_EXAMPLES=50 BENCH_RESULTS_FILE=/tmp/fuzz.md npm run bench -- fuzz
 * Real parts: the Express app over a seeded PostgreSQL of its own, on loopback; ticket and call
 * commands are the test doubles the API tests use (no Temporal). Schemathesis is installed from
 * PyPI into .tools/schemathesis on first use.
 */
import { rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { Role } from '../api/auth/policy';
import { startApiHarness } from '../tests/support/api-harness';
import { EndedCallCommands } from '../tests/support/ended-call-commands';
import { ensureSchemathesis, runSchemathesis, type FuzzRunResult } from './fuzz/schemathesis';
import { committedResultsFile, parseBenchSettings, positiveInt, ZResultsFile } from './shared/settings';
import { loadNote } from './shared/stats';

/** What a response must never do: fail the server, or break what the document promises. */
const DEFAULT_CHECKS = [
  'not_a_server_error',
  'status_code_conformance',
  'content_type_conformance',
  'response_headers_conformance',
  'response_schema_conformance',
  'negative_data_rejection',
  'ignored_auth',
];

const ZFuzzEnv = z.object({
  /** Test cases per operation and phase (Schemathesis's --max-examples). */
  BENCH_FUZZ_EXAMPLES: positiveInt.default(10),
  BENCH_FUZZ_SEED: z.coerce.number().int().default(20261126),
  BENCH_FUZZ_WORKERS: positiveInt.default(2),
  BENCH_FUZZ_CHECKS: z
    .string()
    .default(DEFAULT_CHECKS.join(','))
    .transform((value) => value.split(',')),
  /** Which identities to fuzz as, e.g. `none,agent`. */
  BENCH_FUZZ_AS: z
    .string()
    .default('none,agent,supervisor,admin')
    .pipe(z.string().regex(/^(none|agent|supervisor|admin)(,(none|agent|supervisor|admin))*$/, 'expected none, agent, supervisor, admin'))
    .transform((value) => value.split(',') as Identity[]),
  BENCH_RESULTS_FILE: ZResultsFile,
});
type FuzzConfig = z.infer<typeof ZFuzzEnv>;
type Identity = Role | 'none';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

function statusSummary(result: FuzzRunResult): string {
  const byClass = new Map<string, number>();
  for (const [status, count] of result.statusCounts) {
    const key = `${String(status).slice(0, 1)}xx`;
    byClass.set(key, (byClass.get(key) ?? 0) + count);
  }
  return ['2xx', '3xx', '4xx', '5xx'].map((key) => String(byClass.get(key) ?? 0)).join(' | ');
}

function failureCount(result: FuzzRunResult): number {
  return result.failures.reduce((total, failure) => total + failure.count, 0);
}

function report(config: FuzzConfig, runs: [Identity, FuzzRunResult][]): string {
  const rows = runs.map(
    ([who, result]) =>
      `| ${who} | ${result.operationsTested} | ${result.testCases} | ${result.requests} | ${statusSummary(result)} | ${failureCount(result)} | ${result.errors} | ${result.seconds.toFixed(0)} |`,
  );
  const failures = runs.flatMap(([who, result]) =>
    result.failures.map((failure) => `- ${who}: ${failure.code} ${failure.title} ×${failure.count} — ${failure.operations.join(', ')}`),
  );
  const statuses = runs.map(
    ([who, result]) =>
      `- ${who}: ${[...result.statusCounts]
        .sort(([a], [b]) => a - b)
        .map(([status, count]) => `${status}×${count}`)
        .join(', ')}`,
  );
  const [, first] = runs[0] ?? [];
  return `# API fuzzing (Schemathesis)

Command: \`npm run bench -- fuzz\` (\`BENCH_FUZZ_EXAMPLES=${config.BENCH_FUZZ_EXAMPLES}\`, \`BENCH_FUZZ_SEED=${config.BENCH_FUZZ_SEED}\`, \`BENCH_FUZZ_WORKERS=${config.BENCH_FUZZ_WORKERS}\`).
Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}; ${loadNote()}.
Setup: the API (the real Express app) over a seeded PostgreSQL 15 of its own, on loopback; Schemathesis 4.32.5 (PyPI)
reads \`/openapi.json\` and runs its examples, coverage (boundary values, missing and wrong-typed fields) and fuzzing
(random positive and negative data) phases over every operation, once per identity: no token, then a token for each role.
Ticket and call commands are the API tests' doubles (no Temporal): a steered call answers as an ended one does.
Checks: ${config.BENCH_FUZZ_CHECKS.map((check) => `\`${check}\``).join(', ')}.
Schemathesis's own command, per identity (token filtered): \`${first?.command.replace(/--report-dir \S+/, '--report-dir …') ?? ''}\`

Identities run: ${runs.map(([who]) => who).join(', ')} (of ${config.BENCH_FUZZ_AS.join(', ')}).

| token | operations | test cases | requests | 2xx | 3xx | 4xx | 5xx | failed checks | errors | seconds |
|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
${rows.join('\n')}

Failed checks: ${failures.length === 0 ? 'none.' : `\n${failures.join('\n')}`}

Statuses seen:
${statuses.join('\n')}

A 431 is Node's HTTP server refusing a request line over 16 KB (documented on every operation with query parameters).
"errors" are Schemathesis's own: test cases it could not generate (its coverage phase sometimes fails inside
Hypothesis, "AST constructor recursion depth mismatch"); no request was sent for them.
`;
}

async function runFuzzBenchmark(config: FuzzConfig): Promise<void> {
  const st = await ensureSchemathesis(path.join(repoRoot, '.tools'));
  const harness = await startApiHarness({ extraDeps: { callCommands: new EndedCallCommands() } });
  const server = harness.app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const schemaUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/openapi.json`;
  const runs: [Identity, FuzzRunResult][] = [];
  const file = config.BENCH_RESULTS_FILE ?? committedResultsFile('fuzz');
  try {
    for (const who of config.BENCH_FUZZ_AS) {
      const reportDir = path.join(os.tmpdir(), `urackit-fuzz-${process.pid}-${who}`);
      await rm(reportDir, { recursive: true, force: true });
      const token = who === 'none' ? undefined : harness.tokens[who];
      const result = await runSchemathesis(
        {
          st,
          schemaUrl,
          token,
          reportDir,
          checks: config.BENCH_FUZZ_CHECKS,
          maxExamples: config.BENCH_FUZZ_EXAMPLES,
          seed: config.BENCH_FUZZ_SEED,
          workers: config.BENCH_FUZZ_WORKERS,
        },
        who,
      );
      console.log(`${who}: ${result.testCases} test cases, ${failureCount(result)} failed checks, 5xx: ${result.serverErrors.length}`);
      runs.push([who, result]);
      if (failureCount(result) > 0 || result.serverErrors.length > 0)
        console.log(`${who}: failures and their replays in ${reportDir}/st.log`);
      else await rm(reportDir, { recursive: true, force: true });
      // Written after each identity, so a run cut short still leaves what it measured.
      await writeFile(file, report(config, runs));
      console.log(`wrote ${file} (${runs.length} of ${config.BENCH_FUZZ_AS.length} identities)`);
    }
  } finally {
    server.close();
    await harness.close();
  }
  if (runs.some(([, result]) => failureCount(result) > 0 || result.serverErrors.length > 0)) process.exitCode = 1;
}

await runFuzzBenchmark(parseBenchSettings(ZFuzzEnv, process.env));
