#!/usr/bin/env node
import { ensureDependencies, runTypeScript } from './bootstrap.mjs';

ensureDependencies();
process.on('SIGINT', () => undefined); // the launcher child handles Ctrl-C and shuts down cleanly
process.on('SIGTERM', () => undefined);
process.exit(runTypeScript('infra/launch.ts', process.argv.slice(2)));
