import { timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * Prometheus metrics, one registry per process (`service` label on every series), served at
 * GET /metrics. Names follow Prometheus' conventions: `urackit_` prefix, base units (seconds).
 */
export interface ProcessMetrics {
  registry: Registry;
  httpRequestSeconds: Histogram<'method' | 'route' | 'status'>;
}

/** Latency buckets from 5 ms to 10 s: a list page should land in the first ones, a model turn in the last. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.2, 0.3, 0.5, 0.75, 1, 1.5, 2.5, 5, 10];

export function createProcessMetrics(service: string): ProcessMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry, prefix: 'urackit_' });
  const httpRequestSeconds = new Histogram({
    name: 'urackit_http_request_duration_seconds',
    help: 'HTTP requests by method, route pattern and status, until the response is sent',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  return { registry, httpRequestSeconds };
}

/**
 * Times every request. The route label is the matched pattern (`/calls/:id`), never the raw path,
 * so ids do not make a series each; a request no route matched is `unmatched`.
 */
export function httpMetrics(metrics: ProcessMetrics): RequestHandler {
  return (request, response, next) => {
    const startedAt = process.hrtime.bigint();
    response.on('finish', () => {
      const routePath = (request.route as { path?: unknown } | undefined)?.path;
      const route = typeof routePath === 'string' ? `${request.baseUrl}${routePath}` : 'unmatched';
      const seconds = Number(process.hrtime.bigint() - startedAt) / 1e9;
      metrics.httpRequestSeconds.observe({ method: request.method, route, status: String(response.statusCode) }, seconds);
    });
    next();
  };
}

/** True without a token, or when the Authorization header carries it (compared in constant time). */
export function bearerMatches(token: string | undefined, authorization: string | undefined): boolean {
  if (token === undefined) return true;
  const given = Buffer.from(authorization ?? '');
  const wanted = Buffer.from(`Bearer ${token}`);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

/** With a METRICS_TOKEN, a scrape must carry it as a bearer token; without one, /metrics is open. */
export function requireMetricsToken(token: string | undefined): RequestHandler {
  return (request, response, next) => {
    if (bearerMatches(token, request.headers.authorization)) return next();
    response
      .status(401)
      .setHeader('WWW-Authenticate', 'Bearer')
      .json({ error: { code: 'UNAUTHENTICATED', message: 'metrics need the METRICS_TOKEN' } });
  };
}

/** GET /metrics in Prometheus' text format; `extra` appends another exposition (the Temporal SDK's). */
export function metricsHandler(metrics: ProcessMetrics, extra?: () => Promise<string>): RequestHandler {
  return (_request, response, next) => {
    Promise.all([metrics.registry.metrics(), extra ? extra() : Promise.resolve('')]).then(([own, more]) => {
      response.setHeader('Content-Type', metrics.registry.contentType);
      response.end(more ? `${own}\n${more}` : own);
    }, next);
  };
}

/** The voice edge's view of calls: how long a caller waits for each answer. */
export function createCallMetrics(metrics: ProcessMetrics) {
  return {
    turnSeconds: new Histogram({
      name: 'urackit_call_turn_duration_seconds',
      help: 'From a Twilio webhook to the TwiML answer: greeting (kind=greeting) or a caller turn (kind=turn)',
      labelNames: ['kind', 'outcome'] as const,
      buckets: LATENCY_BUCKETS,
      registers: [metrics.registry],
    }),
    callsStarted: new Counter({
      name: 'urackit_calls_started_total',
      help: 'Incoming-call webhooks answered with a greeting (Twilio retries of the same call included)',
      registers: [metrics.registry],
    }),
  };
}
export type CallMetrics = ReturnType<typeof createCallMetrics>;

/**
 * Figures of the read model, computed when Prometheus scrapes (so every API replica reports the
 * same, whichever process wrote the rows): calls in progress and SLA breaches.
 */
export function registerReadModelGauges(
  metrics: ProcessMetrics,
  read: { callsInProgress(): Promise<number>; slaBreaches(): Promise<number>; openBreachedTickets(): Promise<number> },
): void {
  new Gauge({
    name: 'urackit_calls_in_progress',
    help: 'Calls in progress (call_logs with status in_progress)',
    registers: [metrics.registry],
    async collect() {
      this.set(await read.callsInProgress());
    },
  });
  // A counter in Prometheus' sense (never decreases), read from the escalations the SLA timers wrote.
  new Counter({
    name: 'urackit_sla_breaches_total',
    help: 'SLA breaches recorded by TicketWorkflows (ticket_escalations with trigger sla_breach)',
    registers: [metrics.registry],
    async collect() {
      this.reset();
      this.inc(await read.slaBreaches());
    },
  });
  new Gauge({
    name: 'urackit_tickets_open_sla_breached',
    help: 'Open tickets whose SLA is breached',
    registers: [metrics.registry],
    async collect() {
      this.set(await read.openBreachedTickets());
    },
  });
}
