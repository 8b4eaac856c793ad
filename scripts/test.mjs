#!/usr/bin/env node
// `npm test`: installs what is missing, prepares tools, then runs every *.test.ts with node's test runner.
// Extra arguments filter test files by path substring: `npm test -- domain/sla`.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ensureDependencies, repoRoot, runTypeScript, say } from './bootstrap.mjs';

const TEST_ROOTS = [
  'domain',
  'workflows',
  'activities',
  'workers',
  'api',
  'voice-edge',
  'prisma',
  'infra',
  'admin',
  'tests',
  'bench',
  'eval',
];

function findTests() {
  const files = [];
  for (const root of TEST_ROOTS) {
    const dir = path.join(repoRoot, root);
    let entries = [];
    try {
      entries = readdirSync(dir, { recursive: true }).map(String);
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (entry.includes('node_modules') || entry.includes('generated') || entry.startsWith('dist')) continue;
      if (entry.endsWith('.test.ts')) files.push(path.join(root, entry));
    }
  }
  return files.sort();
}

ensureDependencies();
if ((await runTypeScript('infra/test-prepare.ts')) !== 0) process.exit(1);

const filters = process.argv.slice(2);
const files = findTests().filter((file) => filters.length === 0 || filters.some((filter) => file.includes(filter)));
if (files.length === 0) {
  console.error(`no test files match ${filters.join(' ')}`);
  process.exit(1);
}
say(`running ${files.length} test files`);
const { spawnSync } = await import('node:child_process');
// The limit is per file: the eval plays some 400 calls through the real call path (about 2 min alone, more beside other files).
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-timeout=600000', ...files], {
  cwd: repoRoot,
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' },
});
process.exit(result.status ?? 1);
