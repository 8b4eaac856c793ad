import type { RequestHandler, Response } from 'express';
import { AppError } from '../errors';
import { canAccess, type Access } from './policy';
import { verifyToken, type AuthContext } from './tokens';

declare global {
  // Express's own extension point for typed `res.locals`.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Locals {
      auth?: AuthContext;
    }
  }
}

export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match?.[1];
}

export function authenticate(secret: string): RequestHandler {
  return async (request, response, next) => {
    const token = bearerToken(request.headers.authorization);
    if (!token) throw new AppError('UNAUTHENTICATED', 'missing bearer token');
    response.locals.auth = await verifyToken(token, secret);
    next();
  };
}

/** Handlers behind `authenticate` can rely on the context being there. */
export function authOf(response: Response): AuthContext {
  const auth = response.locals.auth;
  if (!auth) throw new AppError('UNAUTHENTICATED', 'not authenticated');
  return auth;
}

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * GETs are reads; everything else (create, update, delete, actions) is a write, unless the route
 * says what it is (a POST that only answers a question, like `/ai/*`, is a read).
 */
export function authorize(resource: string, fixedAccess?: Access): RequestHandler {
  return (request, response, next) => {
    const access: Access = fixedAccess ?? (READ_METHODS.has(request.method) ? 'read' : 'write');
    const { role } = authOf(response);
    if (!canAccess(role, resource, access)) throw new AppError('FORBIDDEN', `${role} may not ${access} ${resource}`);
    next();
  };
}
