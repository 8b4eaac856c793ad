import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { step } from './progress';

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(target, { recursive: true })
    .map((entry) => statSync(path.join(target, String(entry))).mtimeMs)
    .reduce((newest, mtime) => Math.max(newest, mtime), stat.mtimeMs);
}

/** Builds the panel when admin/dist is missing or older than its sources. */
export async function buildAdminIfStale(repoRoot: string): Promise<void> {
  const admin = path.join(repoRoot, 'admin');
  const built = path.join(admin, 'dist', 'index.html');
  const sources = ['src', 'index.html', 'vite.config.ts', 'package.json'].map((entry) => path.join(admin, entry));
  if (!existsSync(path.join(admin, 'src'))) return;
  if (existsSync(built) && statSync(built).mtimeMs >= Math.max(...sources.map(newestMtime))) return;
  step('building the admin panel (vite)…');
  await new Promise<void>((resolve, reject) => {
    const build = spawn('npm', ['run', 'build', '--silent', '-w', 'admin'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
    build.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`admin build failed (exit ${code})`))));
  });
}
