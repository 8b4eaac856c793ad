import { z } from 'zod';
import { AppError } from '../errors';

/** PostgreSQL `integer` upper bound: larger ids cannot exist, so they are malformed rather than unknown. */
const INT_MAX = 2_147_483_647;

/** A positive integer id given as a number (JSON bodies, filters) or as digits (paths, query strings). */
export const ZId = z
  .union([
    z.number().int(),
    z
      .string()
      .regex(/^\d{1,10}$/, 'expected a numeric id')
      .transform(Number),
  ])
  .pipe(z.number().int().positive().max(INT_MAX));

/** Parses a path id; a malformed one is the caller's mistake (400), never a lookup miss. */
export function parseId(raw: unknown, what = 'id'): number {
  const result = ZId.safeParse(raw);
  if (!result.success) throw new AppError('VALIDATION', `malformed ${what}: ${String(raw)}`);
  return result.data;
}
