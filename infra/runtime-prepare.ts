import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateClient } from './prisma-cli';
import { findTemporalCli } from './temporal-cli';

/**
 * What the eval and the benchmarks need on disk before they import the database client: the
 * generated client and the Temporal CLI (a fresh clone has neither).
 */
const toolsDir = path.join(fileURLToPath(new URL('..', import.meta.url)), '.tools');
await generateClient();
await findTemporalCli(process.env.TEMPORAL_CLI, { toolsDir });
