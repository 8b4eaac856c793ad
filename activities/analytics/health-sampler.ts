import type { Client } from '@temporalio/client';
import type { PrismaClient } from '../../infra/db';
import type { TextBrainSettings } from '../brains/text-brain';
import { createTwilioRestClient, type TwilioSettings } from '../twilio';

/*
 * system_health_logs from the services' real health checks, one row per component per sample:
 * the database and Temporal as the worker reaches them, the api, voice edge and worker through
 * their own /health endpoints, and OpenAI and Twilio when they are configured.
 */

export type HealthStatus = 'healthy' | 'degraded' | 'down';

export interface HealthReading {
  component: string;
  status: HealthStatus;
  latencyMs: number;
  details?: Record<string, unknown>;
}

export interface HealthSettings {
  /** Each service's /health URL, by component name (api, voice_edge, worker). */
  endpoints: Record<string, string>;
  timeoutMs?: number;
  /** An answer slower than this counts as degraded even when it says all is well (default 1 s). */
  slowMs?: number;
}

export interface HealthDeps {
  prisma: PrismaClient;
  settings: HealthSettings;
  temporal?: Client;
  model?: TextBrainSettings;
  twilio?: TwilioSettings;
}

const DEFAULT_SLOW_MS = 1000;
const DEFAULT_TIMEOUT_MS = 3000;

type Probe = () => Promise<{ status: HealthStatus; details?: Record<string, unknown> }>;

async function measure(component: string, probe: Probe, slowMs: number): Promise<HealthReading> {
  const startedAt = performance.now();
  try {
    const { status, details } = await probe();
    const latencyMs = Math.round(performance.now() - startedAt);
    return { component, status: status === 'healthy' && latencyMs > slowMs ? 'degraded' : status, latencyMs, details };
  } catch (error) {
    return {
      component,
      status: 'down',
      latencyMs: Math.round(performance.now() - startedAt),
      details: { error: (error as Error).message },
    };
  }
}

function withTimeout<T>(work: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${timeoutMs} ms`)), timeoutMs);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** A service's /health: 200 is healthy, 503 (a dependency down) degraded, no answer down. */
function httpProbe(url: string, timeoutMs: number): Probe {
  return async () => {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    const body = (await response.json().catch(() => ({}))) as { checks?: Record<string, unknown> };
    return { status: response.ok ? 'healthy' : 'degraded', details: { httpStatus: response.status, checks: body.checks } };
  };
}

/** Listing models is the cheapest authenticated request an OpenAI-compatible server answers. */
function modelProbe(model: TextBrainSettings, timeoutMs: number): Probe {
  return async () => {
    const base = (model.baseUrl ?? 'https://api.openai.com/v1').replace(/\/$/, '');
    const response = await fetch(`${base}/models`, {
      headers: { authorization: `Bearer ${model.apiKey ?? ''}` },
      signal: AbortSignal.timeout(timeoutMs),
    });
    // A refused key means no call can use the model: as good as down.
    const status: HealthStatus = response.ok ? 'healthy' : response.status === 401 || response.status === 403 ? 'down' : 'degraded';
    return { status, details: { httpStatus: response.status } };
  };
}

function probesOf(deps: HealthDeps): Array<[string, Probe]> {
  const timeoutMs = deps.settings.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const probes: Array<[string, Probe]> = [
    ['database', async () => (await withTimeout(deps.prisma.$queryRawUnsafe('SELECT 1'), timeoutMs, 'PostgreSQL'), { status: 'healthy' })],
  ];
  const temporal = deps.temporal;
  if (temporal) {
    probes.push([
      'temporal',
      async () => (await withTimeout(temporal.workflowService.getSystemInfo({}), timeoutMs, 'Temporal'), { status: 'healthy' }),
    ]);
  }
  for (const [component, url] of Object.entries(deps.settings.endpoints)) probes.push([component, httpProbe(url, timeoutMs)]);
  if (deps.model?.apiKey) probes.push(['openai', modelProbe(deps.model, timeoutMs)]);
  const twilio = deps.twilio && createTwilioRestClient(deps.twilio);
  const accountSid = deps.twilio?.accountSid;
  if (twilio && accountSid) {
    probes.push([
      'twilio',
      async () => (await withTimeout(twilio.api.v2010.accounts(accountSid).fetch(), timeoutMs, 'Twilio'), { status: 'healthy' }),
    ]);
  }
  return probes;
}

export function createHealthActivities(deps: HealthDeps) {
  const probes = probesOf(deps);
  return {
    /**
     * Runs every check once and writes one row per component. Safe to retry: rows are keyed by
     * (sample, component), so a second run of the same sample writes nothing.
     */
    async sampleSystemHealth({ sampleId, at }: { sampleId: string; at: string }): Promise<HealthReading[]> {
      const readings = await Promise.all(
        probes.map(([component, probe]) => measure(component, probe, deps.settings.slowMs ?? DEFAULT_SLOW_MS)),
      );
      await deps.prisma.systemHealthLog.createMany({
        data: readings.map((reading) => ({
          checkId: `${sampleId}/${reading.component}`,
          component: reading.component,
          status: reading.status,
          latencyMs: reading.latencyMs,
          details: reading.details ? JSON.parse(JSON.stringify(reading.details)) : undefined,
          createdAt: new Date(at),
        })),
        skipDuplicates: true,
      });
      return readings;
    },
  };
}
