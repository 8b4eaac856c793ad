import { z } from 'zod';

/** Shared body field schemas; resource schemas compose these so rules stay the same everywhere. */
export const ZPhone = z
  .string()
  .trim()
  .regex(/^\+[1-9]\d{6,14}$/, 'expected an E.164 number such as +15555550123');

export function text(max: number) {
  return z.string().trim().min(1).max(max);
}

/** Optional columns: react-admin sends a cleared input as null (or ''), both mean "no value". */
export function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === '' ? null : value), schema.nullish());
}

export const ZEmail = z.string().trim().toLowerCase().pipe(z.email());

export const ZTimezone = z.string().refine((zone) => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}, 'unknown IANA time zone');

export const ZStringList = (itemMax: number, maxItems = 100) => z.array(z.string().trim().min(1).max(itemMax)).max(maxItems);

/**
 * A date given as ISO text (or epoch ms): JavaScript accepts years PostgreSQL's timestamp cannot
 * store, which would fail in the database as a 500; those are a 400 here.
 */
export const ZDate = z.coerce.date().refine((date) => {
  const year = date.getUTCFullYear();
  return year >= 1 && year <= 9999;
}, 'expected a date between the years 1 and 9999');
