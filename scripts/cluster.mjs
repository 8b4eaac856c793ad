#!/usr/bin/env node
// `npm run cluster`: the local multi-process cluster (infra/cluster-main.ts; README "Local cluster").
import { ensureDependencies, runTypeScript } from './bootstrap.mjs';

ensureDependencies();
process.exitCode = await runTypeScript('infra/cluster-main.ts', process.argv.slice(2), process.env, { ownProcessGroup: true });
