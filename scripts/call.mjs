#!/usr/bin/env node
import { ensureDependencies, runTypeScript } from './bootstrap.mjs';

ensureDependencies();
process.exit(runTypeScript('tools/call.ts', process.argv.slice(2)));
