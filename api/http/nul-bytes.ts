import type { RequestHandler } from 'express';
import { AppError } from '../errors';

/** Deeper than any body the API accepts; a body nested further is refused rather than walked. */
const MAX_DEPTH = 32;

function hasNul(value: unknown, depth: number): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (typeof value !== 'object' || value === null) return false;
  if (depth > MAX_DEPTH) return true;
  if (Array.isArray(value)) return value.some((item) => hasNul(item, depth + 1));
  return Object.entries(value).some(([key, item]) => key.includes('\u0000') || hasNul(item, depth + 1));
}

/**
 * PostgreSQL text cannot hold a NUL character: a query or body carrying one would fail in the
 * database as a 500. It is never meaningful here, so it is refused up front as a 400.
 */
export const rejectNulBytes: RequestHandler = (request, _response, next) => {
  if (hasNul(request.query, 0) || hasNul(request.body, 0)) {
    throw new AppError('VALIDATION', 'text must not contain NUL characters (or nest deeper than 32 levels)');
  }
  next();
};
