#!/usr/bin/env node
// `npm run eval -- [file.jsonl ...]`: plays scenario files through the real call path (eval/main.ts).
import { ensureDependencies, runTypeScript } from './bootstrap.mjs';

ensureDependencies();
if ((await runTypeScript('infra/runtime-prepare.ts')) !== 0) process.exit(1);
process.exitCode = await runTypeScript('eval/main.ts', process.argv.slice(2), { ...process.env, LOG_LEVEL: 'silent' });
