#!/usr/bin/env node
import { ensureDependencies, runTypeScript } from './bootstrap.mjs';

ensureDependencies();
process.exitCode = await runTypeScript('tools/create-admin.ts', process.argv.slice(2));
