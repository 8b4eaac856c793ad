import { z } from 'zod';
import { ZAdminPassword } from './admin-account';
import type { CallBrain } from './calls/call-record';
import { parseUeCodePattern } from './language/ue-code';

/**
 * Every setting the system reads, parsed once at process start and passed down.
 * Library code never reads the environment itself (see STYLE.md).
 */
const port = z.coerce.number().int().min(0).max(65535);
const optionalString = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? undefined : value.trim()));
const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .optional()
  .transform((value) => value === 'true' || value === '1' || value === 'yes');
/** A switch that is on unless set to false, 0 or no. */
const onUnlessOff = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .optional()
  .transform((value) => !(value === 'false' || value === '0' || value === 'no'));

/** Development defaults: fine on a laptop, a hole in production (see productionProblems). */
export const DEV_JWT_SECRET = 'urackit-dev-secret-change-me-please';
export const DEV_TWILIO_AUTH_TOKEN = 'dev-twilio-auth-token';
export const MIN_PRODUCTION_JWT_SECRET_LENGTH = 32;

/** One key of TEMPORAL_PAYLOAD_KEYS: an id (kept in each payload's metadata) and a base64 AES-256 key. */
export interface PayloadKey {
  id: string;
  key: string;
}

export const PAYLOAD_KEYS_HINT = 'must be keyId:base64key pairs separated by commas (32-byte keys: openssl rand -base64 32), ids unique';

/** `id:base64,…`, the first encrypts; unset: outside production, a generated local key (infra/payload-keys.ts). */
export function parsePayloadKeys(value: string): PayloadKey[] | undefined {
  const keys = value.split(',').map((pair) => {
    const at = pair.indexOf(':');
    return at < 0 ? { id: '', key: '' } : { id: pair.slice(0, at).trim(), key: pair.slice(at + 1).trim() };
  });
  const valid = keys.every(
    ({ id, key }) => /^[A-Za-z0-9._-]{1,64}$/.test(id) && /^[A-Za-z0-9+/]{43}=$/.test(key) && Buffer.from(key, 'base64').length === 32,
  );
  const unique = new Set(keys.map((key) => key.id)).size === keys.length;
  return valid && unique ? keys : undefined;
}

export const ZConfig = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATA_DIR: z.string().default('.data'),

  DATABASE_URL: optionalString,
  EMBEDDED_PG_PORT: port.default(5433),

  TEMPORAL_ADDRESS: z.string().default('127.0.0.1:7233'),
  TEMPORAL_NAMESPACE: z.string().default('default'),
  TEMPORAL_UI_PORT: port.default(8233),
  /** Where browsers reach the Temporal Web UI (the panel links each call and ticket to its workflow there); default http://127.0.0.1:TEMPORAL_UI_PORT. */
  TEMPORAL_UI_URL: optionalString.pipe(z.url({ protocol: /^https?$/ }).optional()),
  TEMPORAL_TASK_QUEUE: z.string().default('urackit'),
  TEMPORAL_CLI: optionalString,
  /** Worker Versioning: each worker runs as one version of this deployment; calls finish on the version they started on. */
  TEMPORAL_WORKER_VERSIONING: onUnlessOff,
  TEMPORAL_DEPLOYMENT_NAME: z
    .string()
    .default('urackit')
    .refine((value) => /^[A-Za-z0-9_-]{1,100}$/.test(value), { message: 'must be letters, digits, - or _ (no dots)' }),
  /** This worker's version within the deployment; unset: a digest of its workflow code (same code, same version). */
  TEMPORAL_BUILD_ID: optionalString.refine((value) => value === undefined || /^[A-Za-z0-9._-]{1,200}$/.test(value), {
    message: 'must be letters, digits, ., - or _ (e.g. a git commit or a release tag)',
  }),
  /**
   * When a worker makes its version the current one (new calls start on it): `always` at start (one worker,
   * as `npm start` runs it), `if-none` only for a deployment with no current version yet, `never` (an
   * operator promotes it with `temporal worker deployment set-current-version`).
   */
  TEMPORAL_PROMOTE_VERSION: z.enum(['always', 'if-none', 'never']).default('always'),
  /** Keys that encrypt Temporal's payloads (caller words in workflow histories), `id:base64key,…`; the first encrypts, all decrypt. */
  TEMPORAL_PAYLOAD_KEYS: optionalString
    .refine((value) => value === undefined || parsePayloadKeys(value) !== undefined, { message: PAYLOAD_KEYS_HINT })
    .transform((value) => (value === undefined ? undefined : parsePayloadKeys(value))),
  /** A workflow bundle built beforehand (`npm run cluster` builds one): a (re)started worker skips bundling and polls in seconds. */
  WORKFLOW_BUNDLE: optionalString,

  API_PORT: port.default(3000),
  VOICE_PORT: port.default(8080),
  WORKER_PORT: port.default(3001),
  ADMIN_DEV_PORT: port.default(5173),
  HOST: z.string().default('127.0.0.1'),
  JWT_SECRET: z.string().min(16).default(DEV_JWT_SECRET),
  /** The first administrator, created by the seed when missing (outside production: the demo admin's). */
  ADMIN_EMAIL: optionalString.pipe(z.email().optional()),
  ADMIN_PASSWORD: optionalString.pipe(z.string().min(6).optional()),
  /** The demo supervisor's password (never seeded in production). */
  SUPERVISOR_PASSWORD: optionalString.pipe(z.string().min(6).optional()),

  PUBLIC_VOICE_URL: optionalString,
  /** `component=url,…` of the /health endpoints the health samples read; unset: this host's API, voice edge and worker. */
  HEALTH_CHECK_URLS: optionalString.refine((value) => value === undefined || parseHealthUrls(value) !== undefined, {
    message: 'must be component=url pairs separated by commas, e.g. api=http://api:3000/health,voice_edge=http://voice:8080/health',
  }),
  TWILIO_ACCOUNT_SID: optionalString,
  TWILIO_AUTH_TOKEN: z.string().default(DEV_TWILIO_AUTH_TOKEN),
  TWILIO_API_BASE_URL: optionalString,
  TWILIO_FROM_NUMBER: z.string().default('+15550100000'),
  HUMAN_TRANSFER_NUMBER: z.string().default('+15550100999'),
  ON_CALL_NUMBER: z.string().default('+15550100911'),
  TWILIO_SKIP_SIGNATURE_ON_LOOPBACK: flag,
  /** How long the voice edge waits for the call's workflow before the caller hears "one moment" and Twilio asks again. */
  VOICE_TEMPORAL_DEADLINE_MS: z.coerce.number().int().min(100).max(12_000).default(4000),
  /** How many "one moment"s in a row before the caller is put through to a person instead. */
  VOICE_MAX_HOLDS: z.coerce.number().int().min(0).max(20).default(8),

  SMTP_URL: optionalString,
  EMAIL_FROM: z.string().default('URackIT <noreply@urackit.local>'),

  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: optionalString,
  OPENAI_MODEL: z.string().default('gpt-4o-mini'),
  OPENAI_TIMEOUT_MS: z.coerce.number().int().positive().default(8000),
  BRAIN: z.enum(['auto', 'rules', 'text', 'realtime']).default('auto'),
  /** With a key and BRAIN=auto: speech to speech over the Realtime API instead of the text brain. */
  REALTIME_ENABLED: flag,
  /** Where the Realtime WebSocket is (wss://api.openai.com/v1); unset: OPENAI_BASE_URL's, else OpenAI's. */
  OPENAI_REALTIME_URL: optionalString.pipe(z.url({ protocol: /^wss?$/ }).optional()),
  OPENAI_REALTIME_MODEL: z.string().default('gpt-realtime'),
  OPENAI_REALTIME_VOICE: z.string().default('marin'),
  /** The model may stay silent this long after the caller stopped speaking before the call goes to gather mode. */
  REALTIME_RESPONSE_TIMEOUT_MS: z.coerce.number().int().positive().default(8000),
  /** Tickets opened by calls go straight to a technician: the organisation's own, else round robin by skill. */
  TICKET_AUTO_ASSIGN: flag,
  /** When set, GET /metrics on every process asks for `Authorization: Bearer <METRICS_TOKEN>`; unset, /metrics is open (bind HOST to a private network). */
  METRICS_TOKEN: optionalString.pipe(z.string().min(16).optional()),
  /** Where the worker's Temporal SDK runtime serves its own Prometheus metrics (loopback; the worker's /metrics includes them). 0 turns them off. */
  TEMPORAL_METRICS_PORT: z.coerce.number().int().min(0).max(65535).default(9464),
  /** OpenTelemetry traces (webhook → workflow → activity → database) go to this OTLP/HTTP collector, e.g. http://127.0.0.1:4318; unset: no tracing. */
  OTEL_EXPORTER_OTLP_ENDPOINT: optionalString.pipe(z.url({ protocol: /^https?$/ }).optional()),
  UE_CODE_PATTERN: z
    .string()
    .default('UE-####')
    .refine(isUeCodePattern, { message: 'must look like UE-#### (letters, then one # per digit)' }),
});

export type Config = z.infer<typeof ZConfig>;

function parseHealthUrls(value: string): Record<string, string> | undefined {
  const pairs = value.split(',').map((pair) => {
    const at = pair.indexOf('=');
    return [pair.slice(0, at).trim(), pair.slice(at + 1).trim()] as const;
  });
  const valid = pairs.every(([component, url]) => /^[a-z_]+$/.test(component ?? '') && /^https?:\/\/\S+$/.test(url ?? ''));
  return valid ? Object.fromEntries(pairs) : undefined;
}

/** Where the health samples find each service's /health. */
export function healthCheckUrls(
  config: Pick<Config, 'HEALTH_CHECK_URLS' | 'HOST' | 'API_PORT' | 'VOICE_PORT' | 'WORKER_PORT'>,
): Record<string, string> {
  const configured = config.HEALTH_CHECK_URLS === undefined ? undefined : parseHealthUrls(config.HEALTH_CHECK_URLS);
  if (configured) return configured;
  const host = config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST;
  return {
    api: `http://${host}:${config.API_PORT}/health`,
    voice_edge: `http://${host}:${config.VOICE_PORT}/health`,
    worker: `http://${host}:${config.WORKER_PORT}/health`,
  };
}

function isUeCodePattern(value: string): boolean {
  try {
    parseUeCodePattern(value);
    return true;
  } catch {
    return false;
  }
}

export class ConfigError extends Error {
  /** One line per setting, `NAME: what is wrong`. */
  constructor(readonly issues: string[]) {
    super(`Invalid configuration:\n  ${issues.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

/**
 * What production must not run with, one line per setting. Each default here is public (it is in
 * this repository), so with it anyone could mint an admin token or forge Twilio's webhooks.
 */
export function productionProblems(config: Config): string[] {
  if (config.NODE_ENV !== 'production') return [];
  const problems: string[] = [];
  const secretHint = `set a random secret of at least ${MIN_PRODUCTION_JWT_SECRET_LENGTH} characters (openssl rand -hex 32)`;
  if (config.JWT_SECRET === DEV_JWT_SECRET) {
    problems.push(`JWT_SECRET: is the development default, so anyone can sign an admin token; ${secretHint}`);
  } else if (config.JWT_SECRET.length < MIN_PRODUCTION_JWT_SECRET_LENGTH) {
    problems.push(`JWT_SECRET: has ${config.JWT_SECRET.length} characters; ${secretHint}`);
  }
  if (config.TWILIO_AUTH_TOKEN === DEV_TWILIO_AUTH_TOKEN) {
    problems.push("TWILIO_AUTH_TOKEN: is the development default, so anyone can forge Twilio's webhooks; set your account's auth token");
  }
  if (config.PUBLIC_VOICE_URL === undefined) {
    problems.push("PUBLIC_VOICE_URL: is not set; Twilio's signatures must be checked against the public URL Twilio calls");
  }
  if (config.TWILIO_SKIP_SIGNATURE_ON_LOOPBACK) {
    problems.push('TWILIO_SKIP_SIGNATURE_ON_LOOPBACK: is on; behind a reverse proxy every request comes from loopback, so turn it off');
  }
  if ((config.ADMIN_EMAIL === undefined) !== (config.ADMIN_PASSWORD === undefined)) {
    problems.push('ADMIN_EMAIL, ADMIN_PASSWORD: set both to create the first admin, or neither (then use npm run create-admin)');
  }
  if (config.TEMPORAL_PAYLOAD_KEYS === undefined) {
    problems.push(
      "TEMPORAL_PAYLOAD_KEYS: is not set; Temporal's histories would hold callers' words in clear. Set id:key (openssl rand -base64 32)",
    );
  }
  const adminPassword = config.ADMIN_PASSWORD === undefined ? undefined : ZAdminPassword.safeParse(config.ADMIN_PASSWORD);
  if (adminPassword?.success === false) problems.push(`ADMIN_PASSWORD: ${adminPassword.error.issues[0]?.message}`);
  return problems;
}

/** Parses the environment; throws one ConfigError that names every bad or (in production) unsafe setting. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const result = ZConfig.safeParse(env);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const problems = productionProblems(result.data);
  if (problems.length > 0) throw new ConfigError(problems);
  return result.data;
}

export type { CallBrain };

/**
 * The brain that answers callers: with a key, speech to speech when realtime is enabled, else the
 * text model; the rules without a key (unless forced).
 */
export function effectiveBrain(config: Pick<Config, 'BRAIN' | 'OPENAI_API_KEY' | 'REALTIME_ENABLED'>): CallBrain {
  if (config.BRAIN !== 'auto') return config.BRAIN;
  if (!config.OPENAI_API_KEY) return 'rules';
  return config.REALTIME_ENABLED ? 'realtime' : 'text';
}

/** The Realtime API's WebSocket base: explicit, else derived from OPENAI_BASE_URL (http→ws, https→wss). */
export function realtimeBaseUrl(config: Pick<Config, 'OPENAI_REALTIME_URL' | 'OPENAI_BASE_URL'>): string {
  if (config.OPENAI_REALTIME_URL) return config.OPENAI_REALTIME_URL.replace(/\/$/, '');
  const base = config.OPENAI_BASE_URL ?? 'https://api.openai.com/v1';
  return base.replace(/^http/, 'ws').replace(/\/$/, '');
}
