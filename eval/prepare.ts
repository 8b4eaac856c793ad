import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateClient } from '../infra/prisma-cli';
import { findTemporalCli } from '../infra/temporal-cli';

/** What the eval needs on disk before it imports the database client: the generated client and the Temporal CLI. */
const toolsDir = path.join(fileURLToPath(new URL('..', import.meta.url)), '.tools');
await generateClient();
await findTemporalCli(process.env.TEMPORAL_CLI, { toolsDir });
