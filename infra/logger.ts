import { pino, type Logger } from 'pino';
import type { Config } from '../domain/config';

export type { Logger };

/** One structured logger per process; `service` names the process in every line. */
export function createLogger(service: string, config: Pick<Config, 'LOG_LEVEL'>): Logger {
  return pino({ name: service, level: config.LOG_LEVEL, base: { service } });
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
