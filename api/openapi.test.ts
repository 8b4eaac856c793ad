import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Express } from 'express';
import request from 'supertest';
import { startApiHarness, type ApiHarness } from '../tests/support/api-harness';
import { toOpenApiPath } from './openapi/document';

interface StackLayer {
  route?: { path: string; methods: Record<string, boolean> };
  handle?: { stack?: StackLayer[] };
  rawPath?: string;
}

/** Every method + path the Express app routes, read from its own router (mounts included). */
function registeredRoutes(app: Express): string[] {
  const found: string[] = [];
  const walk = (stack: StackLayer[], prefix: string) => {
    for (const layer of stack) {
      if (layer.route) {
        for (const method of Object.keys(layer.route.methods)) found.push(`${method} ${prefix}${layer.route.path}`);
      } else if (layer.handle?.stack) {
        walk(layer.handle.stack, prefix + (layer.rawPath && layer.rawPath !== '/' ? layer.rawPath : ''));
      }
    }
  };
  walk((app as unknown as { router: { stack: StackLayer[] } }).router.stack, '');
  return found;
}

/** `/tickets/:id/:action` is documented once per action: any documented path of that shape covers it. */
function documentedBy(paths: Record<string, Record<string, unknown>>, method: string, expressPath: string): boolean {
  const pattern = new RegExp(
    `^${expressPath
      .split('/')
      .map((segment) => (segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join('/')}$`,
  );
  return Object.entries(paths).some(([path, item]) => pattern.test(path) && method in item) || toOpenApiPath(expressPath) in paths;
}

let h: ApiHarness;
let document: { openapi: string; paths: Record<string, Record<string, { responses: Record<string, unknown>; security?: unknown[] }>> };
before(async () => {
  h = await startApiHarness();
  document = (await request(h.app).get('/openapi.json').expect(200).expect('Content-Type', /json/)).body;
});
after(() => h?.close());

test('the document is OpenAPI 3.1 and served without a token', () => {
  assert.equal(document.openapi, '3.1.0');
  assert.ok(Object.keys(document.paths).length > 50);
});

test('every route the app registers is in the document (a new route without docs fails here)', () => {
  const routes = registeredRoutes(h.app);
  assert.ok(routes.length > 60, `found ${routes.length} routes`);
  const missing = routes.filter((route) => {
    const [method, path] = route.split(' ') as [string, string];
    return !documentedBy(document.paths, method, path);
  });
  assert.deepEqual(missing, []);
});

test('every documented operation names its errors with the one error schema, and its auth', () => {
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      const statuses = Object.keys(operation.responses);
      assert.ok(
        statuses.some((status) => status.startsWith('2')),
        `${method} ${path} has a success status`,
      );
      const isPublic = Array.isArray(operation.security) && operation.security.length === 0;
      if (!isPublic) assert.ok(statuses.includes('401'), `${method} ${path} documents 401`);
      // 431 comes from Node's HTTP server before the app: it has no body.
      for (const status of statuses.filter((s) => /^[45]/.test(s) && s !== '431')) {
        const content = (operation.responses[status] as { content: Record<string, { schema: { $ref?: string } }> }).content;
        assert.equal(content['application/json']?.schema.$ref, '#/components/schemas/Error', `${method} ${path} ${status}`);
      }
    }
  }
});

test('a route documented only for some roles says so, and the API agrees', async () => {
  const usersList = document.paths['/users']?.get as unknown as { 'x-roles': string[]; responses: Record<string, unknown> };
  assert.deepEqual(usersList['x-roles'], ['admin']);
  assert.ok('403' in usersList.responses);
  await request(h.app).get('/users').set(h.bearer('supervisor')).expect(403);
});

test('/docs serves the interactive viewer from the npm package, not a CDN', async () => {
  const page = await request(h.app).get('/docs').expect(200).expect('Content-Type', /html/);
  assert.doesNotMatch(page.text, /https?:\/\//);
  await request(h.app).get('/docs/assets/swagger-ui-bundle.js').expect(200);
  await request(h.app).get('/docs/assets/nope.js').expect(404);
});
