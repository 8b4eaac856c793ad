import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAdminIfStale } from './admin-build';
import { ChromiumUnavailableError, findChromium } from './chromium';
import { COMPOSE_MISSING, ensureComposeCli } from './compose-cli';
import { generateClient } from './prisma-cli';
import { step, timed } from './progress';
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
await timed('finding a Chromium for the panel tests', async () => {
  try {
    const { executablePath, source } = await findChromium(process.env.CHROMIUM_PATH, { toolsDir });
    step(`Chromium: ${executablePath} (${source})`);
  } catch (error) {
    // The other suites need no browser: say why here, and let the panel tests fail with the same line.
    if (!(error instanceof ChromiumUnavailableError)) throw error;
    step(`no Chromium: ${error.message}`);
  }
});
await timed('finding Docker Compose for the compose file tests', async () => {
  const compose = await ensureComposeCli();
  step(compose ? `Compose: ${compose.version}` : `${COMPOSE_MISSING}; tests/deploys/compose.test.ts skips its checks`);
});
