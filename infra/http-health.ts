import { createServer, type Server } from 'node:http';

export type HealthCheck = () => Promise<Record<string, boolean>>;

/** Body and status for /health: 200 when every dependency answers, 503 otherwise. */
export async function healthReport(check: HealthCheck): Promise<{ status: number; body: object }> {
  const checks = await check();
  const healthy = Object.values(checks).every(Boolean);
  const detail = Object.fromEntries(Object.entries(checks).map(([name, up]) => [name, up ? 'up' : 'down']));
  return { status: healthy ? 200 : 503, body: { status: healthy ? 'ok' : 'degraded', checks: detail } };
}

/** GET /metrics of a bare server: the exposition, or null when the scrape is refused (401). */
export type MetricsExposition = (authorization: string | undefined) => Promise<{ contentType: string; body: string } | null>;

/** A bare HTTP server with /health (and /metrics), for processes that serve nothing else (the worker). */
export function startHealthServer(port: number, host: string, check: HealthCheck, metrics?: MetricsExposition): Promise<Server> {
  const server = createServer((request, response) => {
    if (request.url === '/metrics' && metrics) {
      metrics(request.headers.authorization).then(
        (exposition) =>
          exposition
            ? response.writeHead(200, { 'content-type': exposition.contentType }).end(exposition.body)
            : response.writeHead(401, { 'www-authenticate': 'Bearer' }).end(),
        () => response.writeHead(500).end(),
      );
      return;
    }
    if (request.url !== '/health') {
      response.writeHead(404).end();
      return;
    }
    healthReport(check).then(
      ({ status, body }) => response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body)),
      () => response.writeHead(500).end(),
    );
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}
