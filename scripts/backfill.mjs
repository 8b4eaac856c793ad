#!/usr/bin/env node
// `npm run backfill -- --from YYYY-MM-DD --to YYYY-MM-DD`: rolls up a range of days (tools/backfill.ts).
import { ensureDependencies, runTypeScript } from './bootstrap.mjs';

ensureDependencies();
process.exitCode = await runTypeScript('tools/backfill.ts', process.argv.slice(2));
