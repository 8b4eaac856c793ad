import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Workflow code must replay identically: these modules may not read clocks, randomness, the
// environment or Node built-ins. This guard keeps a later edit from breaking that silently.
const here = fileURLToPath(new URL('.', import.meta.url));
const FOLDERS = [here, join(here, '../tickets')];
const FORBIDDEN: Array<[RegExp, string]> = [
  [/Date\.now\s*\(/, 'Date.now()'],
  [/new Date\(\s*\)/, 'new Date() without an argument'],
  [/Math\.random\s*\(/, 'Math.random()'],
  [/performance\.now/, 'performance.now()'],
  [/\bprocess\./, 'process'],
  [/\b(setTimeout|setInterval|setImmediate)\s*\(/, 'real timers'],
  [/\brequire\s*\(/, 'require()'],
];

function productionFiles(): string[] {
  return FOLDERS.flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && name !== 'arbitraries.ts')
      .map((name) => join(dir, name)),
  );
}

test('SLA and ticket modules stay workflow-safe', () => {
  const files = productionFiles();
  assert.ok(files.length >= 7, `found ${files.length} modules`);
  for (const file of files) {
    // Comments may name what is forbidden; only code counts.
    const source = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    for (const [pattern, what] of FORBIDDEN) assert.doesNotMatch(source, pattern, `${file} uses ${what}`);
    for (const [, target] of source.matchAll(/from\s+'([^']+)'/g)) {
      assert.ok(target === 'zod' || target?.startsWith('.'), `${file} imports '${target}'`);
    }
  }
});
