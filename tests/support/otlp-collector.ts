import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';

/** One span as an OTLP/HTTP JSON export carries it (ids in hex), with its service's name. */
export interface CollectedSpan {
  service: string;
  name: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  kind: number;
}

const ZExport = z.object({
  resourceSpans: z.array(
    z.object({
      resource: z.object({ attributes: z.array(z.object({ key: z.string(), value: z.object({ stringValue: z.string().optional() }) })) }),
      scopeSpans: z.array(
        z.object({
          spans: z.array(
            z.object({
              name: z.string(),
              traceId: z.string(),
              spanId: z.string(),
              parentSpanId: z.string().optional(),
              kind: z.number(),
            }),
          ),
        }),
      ),
    }),
  ),
});

/**
 * A stand-in for an OpenTelemetry collector: accepts OTLP/HTTP JSON exports at /v1/traces on
 * loopback and keeps every span, so a test can follow a trace from span to parent.
 */
export class OtlpCollectorDouble {
  readonly spans: CollectedSpan[] = [];
  private server?: Server;

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        if (request.url !== '/v1/traces' || !request.headers['content-type']?.includes('json')) {
          response.writeHead(415).end();
          return;
        }
        this.accept(JSON.parse(Buffer.concat(chunks).toString('utf8')));
        response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  private accept(body: unknown): void {
    for (const resourceSpans of ZExport.parse(body).resourceSpans) {
      const service = resourceSpans.resource.attributes.find((attribute) => attribute.key === 'service.name')?.value.stringValue ?? '?';
      for (const scope of resourceSpans.scopeSpans) {
        for (const span of scope.spans) this.spans.push({ service, ...span, parentSpanId: span.parentSpanId || undefined });
      }
    }
  }

  parentOf(span: CollectedSpan): CollectedSpan | undefined {
    return this.spans.find((candidate) => candidate.spanId === span.parentSpanId);
  }

  /** The span's ancestors, nearest first. */
  ancestors(span: CollectedSpan): CollectedSpan[] {
    const chain: CollectedSpan[] = [];
    for (let parent = this.parentOf(span); parent; parent = this.parentOf(parent)) chain.push(parent);
    return chain;
  }

  async stop(): Promise<void> {
    await new Promise((resolve) => this.server?.close(resolve));
  }
}
