import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import ts from 'typescript';
import { repoRoot } from '../support/temporal';

/**
 * On a fresh clone `npm start` runs before the Prisma client is generated and before the panel is
 * built. A static import of either from anything the launcher loads crashes it with
 * ERR_MODULE_NOT_FOUND before its first line runs; such modules must be imported with `import()`
 * after the step that makes them. This walks the static import graph from scripts/start.mjs.
 */
const GENERATED = ['prisma/generated', 'admin/dist'].map((dir) => path.join(repoRoot, dir));
const EXTENSIONS = ['', '.ts', '.mjs', '.js', '/index.ts'];

interface Edge {
  from: string;
  specifier: string;
  /** Evaluated at run time; `import type` and `export type` vanish when tsx strips types. */
  runtime: boolean;
}

/** Static imports and re-exports of one file (dynamic `import()` is not followed on purpose). */
function staticImports(file: string): Edge[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const edges: Edge[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      edges.push({ from: file, specifier: statement.moduleSpecifier.text, runtime: !statement.importClause?.isTypeOnly });
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)) {
      edges.push({ from: file, specifier: statement.moduleSpecifier.text, runtime: !statement.isTypeOnly });
    }
  }
  return edges;
}

/** The TypeScript entry start.mjs hands to tsx (`runTypeScript('infra/launch.ts', …)`). */
function launchedEntry(startScript: string): string {
  const match = /runTypeScript\(\s*'([^']+)'/.exec(readFileSync(startScript, 'utf8'));
  assert.ok(match?.[1], `${startScript} no longer names its entry in runTypeScript('…')`);
  return path.join(repoRoot, match[1]);
}

function resolveRelative(target: string): string | undefined {
  return EXTENSIONS.map((extension) => target + extension).find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

const relative = (file: string): string => path.relative(repoRoot, file);

/** Every chain of static, run-time imports from the entries that ends inside a generated folder. */
function chainsToGenerated(entries: string[]): { chains: string[]; visited: number } {
  const parent = new Map<string, string | undefined>(entries.map((entry) => [entry, undefined]));
  const queue = [...entries];
  const chains: string[] = [];
  const chainTo = (file: string): string[] => {
    const up = parent.get(file);
    return up === undefined ? [relative(file)] : [...chainTo(up), relative(file)];
  };
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    for (const edge of staticImports(file)) {
      if (!edge.runtime || !edge.specifier.startsWith('.')) continue;
      const target = path.resolve(path.dirname(file), edge.specifier);
      if (GENERATED.some((dir) => target.startsWith(dir + path.sep) || target === dir)) {
        chains.push([...chainTo(file), relative(target)].join(' → '));
        continue;
      }
      const resolved = resolveRelative(target);
      assert.ok(resolved, `${relative(file)} imports ${edge.specifier}, which does not resolve`);
      if (parent.has(resolved)) continue;
      parent.set(resolved, file);
      queue.push(resolved);
    }
  }
  return { chains: [...new Set(chains)], visited: parent.size };
}

for (const script of ['start.mjs', 'cluster.mjs']) {
  test(`nothing scripts/${script} loads statically needs the generated Prisma client or the built panel`, () => {
    const startScript = path.join(repoRoot, 'scripts', script);
    const { chains, visited } = chainsToGenerated([startScript, launchedEntry(startScript)]);
    assert.ok(visited > 5, `the walk saw only ${visited} files: is it following imports?`);
    assert.deepEqual(chains, [], 'import these with `await import()` after the step that generates them');
  });
}

test('the walk does find a generated module behind a chain of static imports', () => {
  // The API server needs the client (the launcher starts it after generating): the walk must see that.
  const { chains } = chainsToGenerated([path.join(repoRoot, 'api', 'server.ts')]);
  assert.ok(
    chains.some((chain) => chain.endsWith('prisma/generated/client/client')),
    chains.join('\n'),
  );
});
