import { DefaultLogger, Runtime, type TelemetryOptions } from '@temporalio/worker';
import type { MetricsExposition } from '../infra/http-health';
import { sdkLogSink, type Logger } from '../infra/logger';
import { bearerMatches, type ProcessMetrics } from '../infra/metrics';

export interface WorkerTelemetrySettings {
  /** Loopback port of the SDK runtime's own Prometheus exporter; 0: none. */
  sdkMetricsPort: number;
  metricsToken: string | undefined;
}

/**
 * The Temporal SDK's runtime, installed once per process before any worker or connection: its
 * log lines go to the process logger (WARN and up: the bundler's output is noise), its metrics
 * (task latencies, slots, polls, activity and workflow outcomes) to a Prometheus exporter the
 * runtime itself serves on loopback, which the worker's /metrics then includes.
 */
export function installSdkRuntime(logger: Logger, settings: WorkerTelemetrySettings): void {
  const telemetryOptions: TelemetryOptions | undefined =
    settings.sdkMetricsPort > 0
      ? {
          metrics: {
            prometheus: { bindAddress: `127.0.0.1:${settings.sdkMetricsPort}`, useSecondsForDurations: true, countersTotalSuffix: true },
          },
        }
      : undefined;
  const sdkLogger = new DefaultLogger('WARN', sdkLogSink(logger));
  try {
    Runtime.install({ logger: sdkLogger, telemetryOptions });
  } catch (error) {
    if (!telemetryOptions) throw error;
    // A port already taken (two workers on one host, both on the default) costs the SDK metrics, not the worker.
    logger.warn(
      { err: error, port: settings.sdkMetricsPort },
      'Temporal SDK metrics are off: set TEMPORAL_METRICS_PORT to a free port (0 = off)',
    );
    Runtime.install({ logger: sdkLogger });
  }
}

/** The worker's /metrics: its own registry, then the SDK runtime's exposition (when it answers). */
export function workerMetrics(metrics: ProcessMetrics, settings: WorkerTelemetrySettings): MetricsExposition {
  const sdkUrl = settings.sdkMetricsPort > 0 ? `http://127.0.0.1:${settings.sdkMetricsPort}/metrics` : undefined;
  return async (authorization) => {
    if (!bearerMatches(settings.metricsToken, authorization)) return null;
    const sdk = sdkUrl
      ? await fetch(sdkUrl, { signal: AbortSignal.timeout(2000) }).then(
          (response) => (response.ok ? response.text() : ''),
          () => '',
        )
      : '';
    const own = await metrics.registry.metrics();
    return { contentType: metrics.registry.contentType, body: sdk ? `${own}\n${sdk}` : own };
  };
}
