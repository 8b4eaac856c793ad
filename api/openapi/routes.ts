import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import express, { Router } from 'express';
import { buildOpenApiDocument } from './document';

const require = createRequire(import.meta.url);

/** swagger-ui-dist ships the viewer's files; they are served from the package, never from a CDN. */
function swaggerUiFolder(): string {
  return path.dirname(require.resolve('swagger-ui-dist/package.json'));
}

function packageVersion(): string {
  const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
  return packageJson.version ?? '0.0.0';
}

const DOCS_PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>URackIT API</title>
    <link rel="stylesheet" href="/docs/assets/swagger-ui.css" />
  </head>
  <body>
    <div id="swagger-ui"></div>
    <script src="/docs/assets/swagger-ui-bundle.js"></script>
    <script>
      window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#swagger-ui', deepLinking: true, persistAuthorization: true });
    </script>
  </body>
</html>
`;

/** `GET /openapi.json` (built once, at start) and the interactive docs at `/docs`; both public. */
export function openApiRouter(): Router {
  const document = buildOpenApiDocument(packageVersion());
  const router = Router();
  router.get('/openapi.json', (_request, response) => {
    response.json(document);
  });
  router.get('/docs', (_request, response) => {
    response.type('html').send(DOCS_PAGE);
  });
  router.use('/docs/assets', express.static(swaggerUiFolder(), { index: false, fallthrough: false }));
  return router;
}
