import { pino, type Logger } from 'pino';
import type { Config } from '../domain/config';

export type { Logger };

/** One structured logger per process; `service` names the process in every line. */
export function createLogger(service: string, config: Pick<Config, 'LOG_LEVEL'>): Logger {
  return pino({ name: service, level: config.LOG_LEVEL, base: { service } });
}
