import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/*
 * domain/ is imported by Temporal workflow code, which is bundled into a sandbox without
 * Node's modules and must replay identically. This guard catches an edit that breaks that.
 */

const DOMAIN = fileURLToPath(new URL('.', import.meta.url));
/** The folders this guard holds to the strict rules (other domain folders have their own guard). */
const STRICT_FOLDERS = ['agents', 'analytics', 'calls', 'kb', 'language', 'post-call', 'privacy', 'rules-brain'];
const ALLOWED_PACKAGES = new Set(['zod']);
const FORBIDDEN_CALLS: ReadonlyArray<readonly [RegExp, string]> = [
  [/Date\.now\s*\(/, 'Date.now()'],
  [/new Date\(\s*\)/, 'new Date()'],
  [/Math\.random\s*\(/, 'Math.random()'],
  [/performance\.now/, 'performance.now()'],
  [/\bprocess\./, 'process'],
  [/\b(setTimeout|setInterval|setImmediate)\s*\(/, 'timers'],
  [/\brequire\s*\(/, 'require()'],
  [/\bfetch\s*\(/, 'fetch()'],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

/** Every module a source imports: static, side-effect, re-export, dynamic and require. */
function importedModules(source: string): string[] {
  const code = withoutComments(source);
  const patterns = [
    /\bfrom\s+['"]([^'"]+)['"]/g,
    /\bimport\s+['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  return patterns.flatMap((pattern) => [...code.matchAll(pattern)].map((match) => match[1] ?? ''));
}

const BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

function isNodeBuiltin(specifier: string): boolean {
  return specifier.startsWith('node:') || BUILTINS.has(specifier) || BUILTINS.has(specifier.split('/')[0] ?? '');
}

test('the import scanner finds every kind of import, and built-ins are recognised', () => {
  const sample = `import { a } from 'node:fs';\nimport 'path';\nexport * from './local';\nconst b = await import('child_process');\n// import { c } from 'os';`;
  assert.deepEqual(importedModules(sample).sort(), ['./local', 'child_process', 'node:fs', 'path']);
  assert.equal(isNodeBuiltin('fs/promises'), true);
  assert.equal(isNodeBuiltin('node:test'), true);
  assert.equal(isNodeBuiltin('zod'), false);
  assert.equal(isNodeBuiltin('./fs'), false);
});

test('no module under domain/ imports a Node built-in', () => {
  const files = sourceFiles(DOMAIN);
  assert.ok(files.length >= 20, `found only ${files.length} modules`);
  for (const file of files) {
    for (const specifier of importedModules(readFileSync(file, 'utf8'))) {
      assert.ok(!isNodeBuiltin(specifier), `${relative(DOMAIN, file)} imports the Node built-in '${specifier}'`);
    }
  }
});

test('agents, calls and kb import only zod and each other, and touch no clock, randomness or environment', () => {
  const files = STRICT_FOLDERS.flatMap((folder) => sourceFiles(join(DOMAIN, folder)));
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    for (const specifier of importedModules(source)) {
      assert.ok(specifier.startsWith('.') || ALLOWED_PACKAGES.has(specifier), `${relative(DOMAIN, file)} imports '${specifier}'`);
    }
    const code = withoutComments(source);
    for (const [pattern, what] of FORBIDDEN_CALLS) assert.doesNotMatch(code, pattern, `${relative(DOMAIN, file)} uses ${what}`);
  }
});
