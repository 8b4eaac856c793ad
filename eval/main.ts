import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { config as loadDotenv } from 'dotenv';
import { parseConfig } from '../domain/config';
import { formatTable, toJson, type FileReport } from './report';
import { evaluateScenarios, startEvalStack } from './run';
import { HELD_OUT_SETS, TRAINING_SETS } from './scenarios';

/** The shipped sets: what the lexicons and models learnt from, then what they never saw. */
const SHIPPED = [...TRAINING_SETS, ...HELD_OUT_SETS];

const USAGE = `Usage: npm run eval -- [options] [scenarios.jsonl ...]

Plays every scenario through the real call path (signed Twilio webhooks, the voice edge, the
CallWorkflow, PostgreSQL) with the configured brain, and reports routing, priority, KB,
escalation, turns and latency, as a table and as JSON.
Without files it runs the shipped sets: ${SHIPPED.join(', ')}.

Options:
  --concurrency <n>  calls played at once (default 4)
  --misses <n>       list up to n scenarios that went wrong per file (default 20; 0 for none)
  --conversations    print each listed miss's whole call
  --json             print only the JSON report
  --out <file>       also write the JSON report to this file`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    concurrency: { type: 'string', default: '4' },
    misses: { type: 'string', default: '20' },
    conversations: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    out: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const concurrency = Number(values.concurrency);
const misses = Number(values.misses);
if (!Number.isInteger(concurrency) || concurrency < 1 || !Number.isInteger(misses) || misses < 0) {
  console.error('--concurrency must be a whole number ≥ 1 and --misses ≥ 0');
  process.exit(2);
}

loadDotenv({ quiet: true });
const config = parseConfig(process.env);
const files = positionals.length > 0 ? positionals : SHIPPED;
const contents = await Promise.all(
  files.map(async (file) => {
    try {
      return await readFile(path.resolve(file), 'utf8');
    } catch (error) {
      console.error(`cannot read ${file}: ${(error as Error).message}`);
      process.exit(2);
    }
  }),
);

const progress = (text: string) => {
  if (!values.json) process.stderr.write(text);
};
progress('starting Temporal, PostgreSQL, the worker and the voice edge…\n');
const stack = await startEvalStack(config);
const reports: FileReport[] = [];
try {
  for (const [index, file] of files.entries()) {
    const report = await evaluateScenarios(stack, file, contents[index] ?? '', {
      concurrency,
      onResult: (_result, done, total) => progress(`\r${file}: ${done}/${total}`),
    });
    progress('\n');
    reports.push(report);
    if (!values.json) console.log(`${formatTable(report, { misses, conversations: values.conversations })}\n`);
  }
} finally {
  await stack.close();
}
const json = toJson(reports);
if (values.out) await import('node:fs/promises').then((fs) => fs.writeFile(values.out ?? '', `${json}\n`));
console.log(values.json ? json : `JSON:\n${json}`);
