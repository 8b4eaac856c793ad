#!/usr/bin/env node
import { ensureDependencies, runTypeScript } from './bootstrap.mjs';

ensureDependencies();
process.exitCode = await runTypeScript('tools/call.ts', process.argv.slice(2));
