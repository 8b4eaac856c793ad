import { execFile, spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { access, mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { z } from 'zod';

const run = promisify(execFile);

/** Schemathesis from PyPI, pinned; it lives in a venv of its own under .tools so Temporal's is untouched. */
export const SCHEMATHESIS_REQUIREMENT = 'schemathesis==4.32.5';

/** Installs Schemathesis into `<toolsDir>/schemathesis` once; later runs find it there (idempotent). */
export async function ensureSchemathesis(toolsDir: string): Promise<string> {
  const venv = path.join(toolsDir, 'schemathesis');
  const st = path.join(venv, 'bin', 'st');
  const version = SCHEMATHESIS_REQUIREMENT.split('==')[1] as string;
  const installed = await run(st, ['--version']).then(
    ({ stdout }) => stdout.includes(version),
    () => false,
  );
  if (installed) return st;
  await mkdir(toolsDir, { recursive: true });
  const python = path.join(venv, 'bin', 'python');
  if (
    !(await access(python).then(
      () => true,
      () => false,
    ))
  )
    await run('python3', ['-m', 'venv', venv]);
  console.log(`installing ${SCHEMATHESIS_REQUIREMENT} from PyPI into ${venv} (one time)…`);
  await run(python, ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', SCHEMATHESIS_REQUIREMENT], { maxBuffer: 16 << 20 });
  return st;
}

export interface FuzzRunOptions {
  st: string;
  schemaUrl: string;
  checks: string[];
  maxExamples: number;
  seed: number;
  workers: number;
  reportDir: string;
  token?: string;
}

const ZRunReport = z.object({
  command: z.string(),
  running_time: z.number(),
  operations: z.object({ selected: z.number(), tested: z.number(), errored: z.number() }),
  test_cases: z.object({ generated: z.number(), with_failures: z.number(), unique_failures: z.number(), errored: z.number() }),
  failures: z.array(z.object({ code: z.string(), title: z.string(), count: z.number(), operations: z.array(z.string()) })),
  errors: z.array(z.unknown()),
});

const ZHar = z.object({
  log: z.object({
    entries: z.array(z.object({ request: z.object({ method: z.string(), url: z.string() }), response: z.object({ status: z.number() }) })),
  }),
});

export interface FuzzRunResult {
  command: string;
  seconds: number;
  operationsTested: number;
  operationsErrored: number;
  testCases: number;
  casesWithFailures: number;
  failures: { code: string; title: string; count: number; operations: string[] }[];
  errors: number;
  requests: number;
  statusCounts: Map<number, number>;
  /** Method + path of each 5xx seen, for the report. */
  serverErrors: string[];
}

async function onlyFile(dir: string, prefix: string): Promise<string> {
  const file = (await readdir(dir)).find((name) => name.startsWith(prefix));
  if (!file) throw new Error(`schemathesis wrote no ${prefix} report in ${dir}`);
  return path.join(dir, file);
}

/** Runs `st`, echoing its summary lines; its whole output goes to `logFile` (each failure with a curl to replay it). */
function spawnSchemathesis(args: string[], logPrefix: string, logFile: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(args[0] as string, args.slice(1), { stdio: ['ignore', 'pipe', 'pipe'] });
    const log = createWriteStream(logFile);
    const echo = (chunk: Buffer) => {
      log.write(chunk);
      for (const line of chunk.toString().split('\n'))
        if (/^(Failures| {2}❌|Test cases| {2}\d+ generated|=+ )/.test(line)) console.log(`${logPrefix} ${line}`);
    };
    child.stdout.on('data', echo);
    child.stderr.on('data', (chunk: Buffer) => process.stderr.write(chunk));
    child.once('error', reject);
    child.once('exit', (code) => log.end(() => resolve(code ?? 1)));
  });
}

/** One `st run` over every operation of the document, then its JSON and HAR reports read back. */
export async function runSchemathesis(options: FuzzRunOptions, label: string): Promise<FuzzRunResult> {
  await mkdir(options.reportDir, { recursive: true });
  const args = [
    options.st,
    '--config-file',
    fileURLToPath(new URL('./schemathesis.toml', import.meta.url)),
    'run',
    options.schemaUrl,
    '--checks',
    options.checks.join(','),
    '--max-examples',
    String(options.maxExamples),
    '--seed',
    String(options.seed),
    '--workers',
    String(options.workers),
    '--phases',
    'examples,coverage,fuzzing',
    '--report',
    'json,har',
    '--report-dir',
    options.reportDir,
    '--warnings',
    'off',
    ...(options.token ? ['--header', `Authorization: Bearer ${options.token}`] : []),
  ];
  await spawnSchemathesis(args, `[${label}]`, path.join(options.reportDir, 'st.log'));
  const report = ZRunReport.parse(JSON.parse(await readFile(await onlyFile(options.reportDir, 'json-'), 'utf8')));
  const har = ZHar.parse(JSON.parse(await readFile(await onlyFile(options.reportDir, 'har-'), 'utf8')));
  const statusCounts = new Map<number, number>();
  const serverErrors: string[] = [];
  for (const { request, response } of har.log.entries) {
    statusCounts.set(response.status, (statusCounts.get(response.status) ?? 0) + 1);
    if (response.status >= 500) serverErrors.push(`${request.method} ${new URL(request.url).pathname}`);
  }
  return {
    command: report.command,
    seconds: report.running_time,
    operationsTested: report.operations.tested,
    operationsErrored: report.operations.errored,
    testCases: report.test_cases.generated,
    casesWithFailures: report.test_cases.with_failures,
    failures: report.failures,
    errors: report.errors.length,
    requests: har.log.entries.length,
    statusCounts,
    serverErrors,
  };
}
