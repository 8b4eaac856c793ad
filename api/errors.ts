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
  | 'UNAVAILABLE'
  | 'INTERNAL';

const statusByCode: Record<AppErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_TRANSITION: 409,
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

function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) {
    const details = error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
    return new AppError('VALIDATION', 'invalid request', details);
  }
  // express.json() marks malformed bodies with a 4xx status.
  const status = (error as { status?: number }).status;
  if (status === 400 || status === 413) return new AppError('VALIDATION', (error as Error).message);
  return new AppError('INTERNAL', 'internal error');
}

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, request, response, _next) => {
    const appError = toAppError(error);
    if (appError.code === 'INTERNAL') logger.error({ err: error, path: request.path }, 'request failed');
    response.status(statusByCode[appError.code]).json({
      error: { code: appError.code, message: appError.message, details: appError.details },
    });
  };
}
