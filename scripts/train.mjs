#!/usr/bin/env node
// `npm run train`: retrains the routing and article models from the labelled corpus (tools/train-language-model.ts).
import { ensureDependencies, runTypeScript } from './bootstrap.mjs';

ensureDependencies();
process.exitCode = await runTypeScript('tools/train-language-model.ts');
