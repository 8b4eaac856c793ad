import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { findOnPath } from './executables';
import { step } from './progress';

const run = promisify(execFile);

/** The Compose command line: `docker compose` (v2 plugin) or `docker-compose` (Debian's 1.29). */
export interface ComposeCli {
  command: string;
  args: string[];
  version: string;
}

async function versionOf(command: string, args: string[]): Promise<string | undefined> {
  try {
    const { stdout } = await run(command, [...args, 'version'], { timeout: 20_000 });
    return stdout.split('\n')[0]?.trim();
  } catch {
    return undefined;
  }
}

/** Compose as it is installed here, if it is: the plugin first, then the standalone command. */
export async function findComposeCli(): Promise<ComposeCli | undefined> {
  const docker = await findOnPath('docker');
  if (docker) {
    const version = await versionOf(docker, ['compose']);
    if (version) return { command: docker, args: ['compose'], version };
  }
  const standalone = await findOnPath('docker-compose');
  if (standalone) {
    const version = await versionOf(standalone, []);
    if (version) return { command: standalone, args: [], version };
  }
  return undefined;
}

/** Why Compose is missing and how to add it, in one line. */
export const COMPOSE_MISSING = "no Docker Compose: install the docker compose plugin, or Debian's package (apt-get install docker-compose)";

/**
 * Compose for the tests that validate docker-compose.yml (`config` needs no Docker daemon). Where it is
 * missing and we are root on Debian (CI's machines), Debian's docker-compose is installed once;
 * elsewhere nothing is installed and undefined says the tests will skip.
 */
export async function ensureComposeCli(): Promise<ComposeCli | undefined> {
  const found = await findComposeCli();
  if (found) return found;
  const aptGet = await findOnPath('apt-get');
  if (!aptGet || process.getuid?.() !== 0) return undefined;
  const install = () =>
    run(aptGet, ['install', '-y', '--no-install-recommends', 'docker-compose'], {
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      maxBuffer: 16 * 1024 * 1024,
    });
  step("installing Debian's docker-compose to validate docker-compose.yml (one time)");
  try {
    await install().catch(async () => {
      await run(aptGet, ['update'], { maxBuffer: 16 * 1024 * 1024 });
      await install();
    });
  } catch (error) {
    step(`could not install docker-compose (${(error as Error).message.split('\n')[0]})`);
    return undefined;
  }
  return findComposeCli();
}
