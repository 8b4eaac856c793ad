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
