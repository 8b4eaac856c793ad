#!/usr/bin/env node
import { ensureDependencies, runTypeScript } from './bootstrap.mjs';

ensureDependencies();
process.exitCode = await runTypeScript('infra/launch.ts', process.argv.slice(2), process.env, { ownProcessGroup: true });
