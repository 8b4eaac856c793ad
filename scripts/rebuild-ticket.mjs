#!/usr/bin/env node
import { ensureDependencies, runTypeScript } from './bootstrap.mjs';

ensureDependencies();
process.exitCode = await runTypeScript('tools/rebuild-ticket.ts', process.argv.slice(2));
