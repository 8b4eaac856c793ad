import { z } from 'zod';

/** Shared body field schemas; resource schemas compose these so rules stay the same everywhere. */
export const ZPhone = z
  .string()
  .trim()
  .regex(/^\+[1-9]\d{6,14}$/, 'expected an E.164 number such as +15555550123');

/** The limit holds for the text as sent (what the OpenAPI document states), and again once trimmed. */
export function text(max: number) {
  return z.string().max(max).trim().min(1).max(max);
}

/** Optional columns: react-admin sends a cleared input as null (or ''), both mean "no value". */
export function optional<T extends z.ZodType>(schema: T) {
  // A union rather than a preprocess, so the OpenAPI document says that '' is accepted too.
  return z.union([z.literal('').transform(() => null), schema.nullish()]);
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
 * A date as ISO 8601 text: a day (`2026-11-26`) or an instant with its offset
 * (`2026-11-26T09:30:00Z`). JavaScript's own parser would also take `' OR '1'='1` (as 2001) and
 * years PostgreSQL cannot store, so only these forms are accepted, and only years 1 to 9999.
 */
export const ZDate = z
  .union([z.iso.datetime({ offset: true }), z.iso.date()])
  .transform((text) => new Date(text))
  .refine((date) => date.getUTCFullYear() >= 1, 'expected a date from the year 1');
