import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAdminIfStale } from './admin-build';
import { generateClient } from './prisma-cli';
import { timed } from './progress';
import { findTemporalCli, findTemporalTestServer } from './temporal-cli';

/** Everything the test suites need on disk, prepared once before they run in parallel. */
const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const toolsDir = path.join(repoRoot, '.tools');

await timed('finding the Temporal CLI and test server', async () => {
  await findTemporalCli(process.env.TEMPORAL_CLI, { toolsDir });
  await findTemporalTestServer(process.env.TEMPORAL_TEST_SERVER, { toolsDir });
});
await timed('generating the Prisma client', () => generateClient());
await timed('checking the admin panel build', () => buildAdminIfStale(repoRoot));
