import { z } from 'zod';
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

export const ZConfig = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATA_DIR: z.string().default('.data'),

  DATABASE_URL: optionalString,
  EMBEDDED_PG_PORT: port.default(5433),

  TEMPORAL_ADDRESS: z.string().default('127.0.0.1:7233'),
  TEMPORAL_NAMESPACE: z.string().default('default'),
  TEMPORAL_UI_PORT: port.default(8233),
  TEMPORAL_TASK_QUEUE: z.string().default('urackit'),
  TEMPORAL_CLI: optionalString,

  API_PORT: port.default(3000),
  VOICE_PORT: port.default(8080),
  WORKER_PORT: port.default(3001),
  ADMIN_DEV_PORT: port.default(5173),
  HOST: z.string().default('127.0.0.1'),
  JWT_SECRET: z.string().min(16).default('urackit-dev-secret-change-me-please'),
  ADMIN_PASSWORD: z.string().min(6).default('admin123'),
  SUPERVISOR_PASSWORD: z.string().min(6).default('supervisor123'),

  PUBLIC_VOICE_URL: optionalString,
  TWILIO_ACCOUNT_SID: optionalString,
  TWILIO_AUTH_TOKEN: z.string().default('dev-twilio-auth-token'),
  TWILIO_API_BASE_URL: optionalString,
  TWILIO_FROM_NUMBER: z.string().default('+15550100000'),
  HUMAN_TRANSFER_NUMBER: z.string().default('+15550100999'),
  ON_CALL_NUMBER: z.string().default('+15550100911'),
  TWILIO_SKIP_SIGNATURE_ON_LOOPBACK: flag,

  SMTP_URL: optionalString,
  EMAIL_FROM: z.string().default('URackIT <noreply@urackit.local>'),

  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: optionalString,
  OPENAI_MODEL: z.string().default('gpt-4o-mini'),
  OPENAI_TIMEOUT_MS: z.coerce.number().int().positive().default(8000),
  BRAIN: z.enum(['auto', 'rules', 'text']).default('auto'),
  UE_CODE_PATTERN: z
    .string()
    .default('UE-####')
    .refine(isUeCodePattern, { message: 'must look like UE-#### (letters, then one # per digit)' }),
});

export type Config = z.infer<typeof ZConfig>;

function isUeCodePattern(value: string): boolean {
  try {
    parseUeCodePattern(value);
    return true;
  } catch {
    return false;
  }
}

export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid configuration:\n  ${issues.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

export function parseConfig(env: Record<string, string | undefined>): Config {
  const result = ZConfig.safeParse(env);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  return result.data;
}

/** The brain that answers callers: the model when a key is set (unless forced), the rules otherwise. */
export function effectiveBrain(config: Pick<Config, 'BRAIN' | 'OPENAI_API_KEY'>): 'rules' | 'text' {
  if (config.BRAIN === 'auto') return config.OPENAI_API_KEY ? 'text' : 'rules';
  return config.BRAIN;
}
