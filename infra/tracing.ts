import { createRequire } from 'node:module';
import { SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { Resource } from '@opentelemetry/resources';
import { BatchSpanProcessor, type SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import type { ClientInterceptors } from '@temporalio/client';
import {
  makeWorkflowExporter,
  OpenTelemetryActivityInboundInterceptor,
  OpenTelemetryActivityOutboundInterceptor,
  OpenTelemetryWorkflowClientInterceptor,
} from '@temporalio/interceptors-opentelemetry';
import type { WorkerOptions } from '@temporalio/worker';

/**
 * OpenTelemetry traces, off unless OTEL_EXPORTER_OTLP_ENDPOINT is set: a Twilio webhook's span
 * (voice edge) → the Update or start it sends (client interceptor, context in the Temporal
 * headers) → the workflow's spans (workflow interceptors, exported through a sink) → each
 * activity (activity interceptor) → its database queries (a Prisma extension, infra/db.ts).
 */
export interface Tracing {
  spanProcessor: SpanProcessor;
  resource: Resource;
  shutdown(): Promise<void>;
}

let active: Tracing | undefined;

/** The process's tracing, when started: infra/db.ts traces queries only then. */
export function activeTracing(): Tracing | undefined {
  return active;
}

/** Starts exporting this process's spans over OTLP/HTTP; undefined (and nothing started) without an endpoint. */
export function startTracing(service: string, endpoint: string | undefined): Tracing | undefined {
  if (!endpoint) return undefined;
  const resource = new Resource({ 'service.name': `urackit-${service}` });
  const spanProcessor = new BatchSpanProcessor(new OTLPTraceExporter({ url: `${endpoint.replace(/\/+$/, '')}/v1/traces` }), {
    scheduledDelayMillis: 500,
  });
  const provider = new NodeTracerProvider({ resource, spanProcessors: [spanProcessor] });
  // Registers the AsyncLocalStorage context manager and W3C propagation: a span follows its request through awaits.
  provider.register();
  active = {
    spanProcessor,
    resource,
    async shutdown() {
      await provider.shutdown();
      active = undefined;
    },
  };
  return active;
}

/** The Temporal client's interceptor: starts, Updates and signals carry the caller's span to the workflow. */
export function clientTracingInterceptors(tracing: Tracing | undefined): ClientInterceptors | undefined {
  return tracing ? { workflow: [new OpenTelemetryWorkflowClientInterceptor()] } : undefined;
}

const require = createRequire(import.meta.url);
/** The workflow-side interceptors module: it must be bundled with the workflows (bundleWorkflowCode's workflowInterceptorModules). */
export const workflowTracingModule: string = require.resolve('@temporalio/interceptors-opentelemetry/lib/workflow-interceptors');

/** Worker options that trace workflows (spans leave the sandbox through a sink) and activities. */
export function workerTracingOptions(tracing: Tracing): Pick<WorkerOptions, 'interceptors' | 'sinks'> {
  return {
    interceptors: {
      workflowModules: [workflowTracingModule],
      activity: [
        (ctx) => ({
          inbound: new OpenTelemetryActivityInboundInterceptor(ctx),
          outbound: new OpenTelemetryActivityOutboundInterceptor(ctx),
        }),
      ],
    },
    sinks: { exporter: makeWorkflowExporter(tracing.spanProcessor, tracing.resource) },
  };
}

/** Runs `work` in a span that is the active context for everything it awaits. */
export function inSpan<T>(
  name: string,
  attributes: Record<string, string | number | undefined>,
  work: (span: Span) => Promise<T>,
  kind = SpanKind.INTERNAL,
): Promise<T> {
  const defined = Object.fromEntries(Object.entries(attributes).filter(([, value]) => value !== undefined)) as Record<
    string,
    string | number
  >;
  return trace.getTracer('urackit').startActiveSpan(name, { kind, attributes: defined }, async (span) => {
    try {
      return await work(span);
    } catch (error) {
      span.recordException(error as Error);
      span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
      throw error;
    } finally {
      span.end();
    }
  });
}
