#!/usr/bin/env node
// `npm run bench -- <name>` runs bench/<name>.ts; with no name it lists them.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ensureDependencies, repoRoot, runTypeScript } from './bootstrap.mjs';

const available = readdirSync(path.join(repoRoot, 'bench'))
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.replace(/\.ts$/, ''));
const name = process.argv[2];
if (!name || !available.includes(name)) {
  console.log(`usage: npm run bench -- <${available.join('|')}>`);
  process.exit(name ? 1 : 0);
}
ensureDependencies();
if ((await runTypeScript('infra/runtime-prepare.ts')) !== 0) process.exit(1);
process.exitCode = await runTypeScript(`bench/${name}.ts`, process.argv.slice(3), { ...process.env, LOG_LEVEL: 'silent' });
