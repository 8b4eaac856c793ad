// Plain Node on purpose: this runs before any dependency is installed.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stampFile = path.join(repoRoot, 'node_modules', '.urackit-install-stamp');

function lockHash() {
  const hash = createHash('sha256');
  for (const file of ['package.json', 'package-lock.json', 'admin/package.json']) {
    const full = path.join(repoRoot, file);
    if (existsSync(full)) hash.update(readFileSync(full));
  }
  return hash.digest('hex');
}

export function say(message) {
  process.stdout.write(`\u001b[36m▸\u001b[0m ${message}\n`);
}

/** Installs npm dependencies when they are missing or the lock file changed (idempotent). */
export function ensureDependencies() {
  const wanted = lockHash();
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === wanted) return;
  say('installing npm dependencies (npm ci; install scripts limited to package.json "allowScripts")…');
  const startedAt = Date.now();
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    console.error('npm ci failed; see the output above.');
    process.exit(result.status ?? 1);
  }
  writeFileSync(stampFile, wanted);
  say(`dependencies installed in ${((Date.now() - startedAt) / 1000).toFixed(0)} s`);
}

/**
 * Runs a TypeScript entry point with tsx. SIGINT/SIGTERM sent to this process are passed on, so
 * `kill <npm pid>` stops the child as cleanly as Ctrl-C does; resolves with its exit code.
 *
 * `ownProcessGroup` (POSIX) starts the child in a process group of its own. The terminal sends
 * Ctrl-C to its whole foreground group: without this, every process the launcher started (Temporal,
 * PostgreSQL, the services) would stop at the same instant, in no order, and print why. With it,
 * only this process hears Ctrl-C and passes it on once, and the launcher stops them in order. The
 * IPC channel tells the child when this process is gone (even by SIGKILL), so it never outlives us.
 */
export function runTypeScript(entry, args = [], env = process.env, { ownProcessGroup = false } = {}) {
  const separate = ownProcessGroup && process.platform !== 'win32';
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, entry), ...args], {
    cwd: repoRoot,
    stdio: separate ? ['ignore', 'inherit', 'inherit', 'ipc'] : 'inherit',
    env,
    detached: separate,
  });
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  return new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}
