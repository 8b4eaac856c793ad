import type { ErrorRequestHandler } from 'express';
import { ZodError } from 'zod';
import type { Logger } from '../infra/logger';

export type AppErrorCode =
  | 'VALIDATION'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'INVALID_TRANSITION'
  | 'PAYLOAD_TOO_LARGE'
  | 'RATE_LIMITED'
  | 'UNAVAILABLE'
  | 'INTERNAL';

const statusByCode: Record<AppErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_TRANSITION: 409,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};

/** The one error type handlers throw; the error middleware maps its code to an HTTP status. */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function notFound(what: string, id: string | number): AppError {
  return new AppError('NOT_FOUND', `${what} ${id} not found`);
}

export function httpStatusOf(code: AppErrorCode): number {
  return statusByCode[code];
}

/**
 * Prisma's known request errors that are the client's fault: a duplicate unique value,
 * a reference to a missing row (or a delete blocked by one), a row gone between read and write.
 */
function fromPrisma(error: { code?: unknown; meta?: unknown }): AppError | undefined {
  switch (error.code) {
    case 'P2002':
      return new AppError('CONFLICT', 'a record with the same unique value already exists', error.meta);
    case 'P2003':
      return new AppError('CONFLICT', 'the record references, or is referenced by, another record', error.meta);
    case 'P2025':
      return new AppError('NOT_FOUND', 'record not found');
    default:
      return undefined;
  }
}

function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) {
    const details = error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
    return new AppError('VALIDATION', 'invalid request', details);
  }
  if (error instanceof Error && error.name === 'PrismaClientKnownRequestError') {
    const mapped = fromPrisma(error as { code?: unknown; meta?: unknown });
    if (mapped) return mapped;
  }
  // express.json() marks malformed bodies with 400, bodies over its limit with 413 and an
  // unsupported charset or encoding with 415; express.static a missing file with 404.
  const status = (error as { status?: number }).status;
  if (status === 413) return new AppError('PAYLOAD_TOO_LARGE', (error as Error).message);
  if (status === 404) return new AppError('NOT_FOUND', (error as Error).message);
  if (status !== undefined && status >= 400 && status < 500) return new AppError('VALIDATION', (error as Error).message);
  return new AppError('INTERNAL', 'internal error');
}

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, request, response, _next) => {
    const appError = toAppError(error);
    if (appError.code === 'INTERNAL') logger.error({ err: error, path: request.path }, 'request failed');
    // `message` at the top level is what react-admin's fetchJson shows in its notification.
    response.status(statusByCode[appError.code]).json({
      message: appError.message,
      error: { code: appError.code, message: appError.message, details: appError.details },
    });
  };
}
