import { pino, type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import type { Config } from '../domain/config';
import { redactPii } from '../domain/privacy/redact';
import { redactStrings } from '../domain/privacy/redact-values';

export type { Logger };

/**
 * One structured logger per process; `service` names the process in every line. What a caller said
 * may reach a log line (a failing turn, a webhook's speech): card numbers, passwords and one-time
 * codes are redacted from every string field and from the message before the line is written.
 */
/** `destination` is stdout unless given (tests read the lines back). */
export function createLogger(service: string, config: Pick<Config, 'LOG_LEVEL'>, destination?: DestinationStream): Logger {
  const options: LoggerOptions = {
    name: service,
    level: config.LOG_LEVEL,
    base: { service },
    formatters: { log: (object) => redactStrings(object) },
    hooks: {
      logMethod(args, method) {
        const redacted = args.map((arg) => (typeof arg === 'string' ? redactPii(arg) : arg)) as typeof args;
        method.apply(this, redacted);
      },
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

type SdkLevel = 'TRACE' | 'DEBUG' | 'INFO' | 'WARN' | 'ERROR';
const PINO_LEVEL: Record<SdkLevel, 'trace' | 'debug' | 'info' | 'warn' | 'error'> = {
  TRACE: 'trace',
  DEBUG: 'debug',
  INFO: 'info',
  WARN: 'warn',
  ERROR: 'error',
};

/**
 * The ids an operator searches logs by, read from a Temporal workflow id: `call-<CallSid>` names
 * the call, `ticket-<n>` the ticket (see workflows/*∕messages.ts).
 */
export function correlationIds(workflowId: unknown): { workflowId?: string; callSid?: string; ticketId?: number } {
  if (typeof workflowId !== 'string') return {};
  const call = /^call-(.+)$/.exec(workflowId);
  const ticket = /^ticket-(\d+)$/.exec(workflowId);
  return { workflowId, ...(call ? { callSid: call[1] } : {}), ...(ticket ? { ticketId: Number(ticket[1]) } : {}) };
}

/**
 * Temporal's SDK log lines (activity failures, workflow task errors, worker state) into the
 * process's pino logger, with the call SID or ticket id its workflow id names.
 */
export function sdkLogSink(logger: Logger): (entry: { level: SdkLevel; message: string; meta?: Record<string, unknown> }) => void {
  return ({ level, message, meta }) => {
    logger[PINO_LEVEL[level]]({ ...meta, ...correlationIds(meta?.workflowId) }, message);
  };
}
