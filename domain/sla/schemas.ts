import { z } from 'zod';
import { CALENDAR_24X7, minutesOf, type BusinessCalendar, type TimeWindow } from './calendar';
import { ESCALATION_AUDIENCES, type SlaPolicy } from './policy';
import { isValidTimeZone } from './zone';
import { TICKET_PRIORITIES } from '../tickets/codes';

/*
 * Schemas for SLA policies and calendars read from the database or the API. Kept apart from the
 * maths so the workflow bundle, which shares the maths modules between workflow runs, never
 * loads zod (bench/results/ticket-timers.md).
 */

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (match === null) return false;
  const [, y, m, d] = match.map(Number);
  const date = new Date(Date.UTC(y ?? 0, (m ?? 0) - 1, d ?? 0));
  return date.toISOString().slice(0, 10) === value;
}

export const ZTimeWindow = z
  .object({
    start: z.string().regex(HHMM, 'start must be HH:MM (00:00–23:59)'),
    end: z.string().refine((v) => v === '24:00' || HHMM.test(v), 'end must be HH:MM or 24:00'),
  })
  .refine((w) => minutesOf(w.end) > minutesOf(w.start), {
    message: 'end must be after start; express an overnight shift as two windows',
  });

const ZDayWindows = z.array(ZTimeWindow).default([]).refine(noOverlap, { message: 'windows of one day must not overlap' });

function noOverlap(windows: TimeWindow[]): boolean {
  const sorted = [...windows].sort((a, b) => minutesOf(a.start) - minutesOf(b.start));
  return sorted.every((w, i) => i === 0 || minutesOf(w.start) >= minutesOf(sorted[i - 1]?.end ?? '00:00'));
}

export const ZBusinessCalendar = z
  .object({
    timezone: z.string().refine(isValidTimeZone, { message: 'unknown IANA time zone' }),
    weekly: z.object({
      0: ZDayWindows,
      1: ZDayWindows,
      2: ZDayWindows,
      3: ZDayWindows,
      4: ZDayWindows,
      5: ZDayWindows,
      6: ZDayWindows,
    }),
    holidays: z.array(z.string().refine(isRealDate, { message: 'holiday must be a real YYYY-MM-DD date' })).default([]),
  })
  .refine((c) => Object.values(c.weekly).some((day) => day.length > 0), {
    message: 'a calendar needs at least one open window a week',
  });

/** A stored calendar: a business calendar or the string '24x7'. */
export const ZCalendar = z.union([z.literal(CALENDAR_24X7), ZBusinessCalendar]);

export const ZPriority = z.enum(TICKET_PRIORITIES);

export const ZEscalationLevel = z.object({
  level: z.number().int().min(1),
  notify: z.enum(ESCALATION_AUDIENCES),
  afterBreachMinutes: z.number().int().min(0),
});

export const ZSlaPolicy = z.object({
  priority: ZPriority,
  firstResponseMinutes: z.number().int().positive(),
  resolutionMinutes: z.number().int().positive(),
  warningPercent: z.number().int().min(1).max(99),
  escalationLevels: z.array(ZEscalationLevel).refine((levels) => new Set(levels.map((l) => l.level)).size === levels.length, {
    message: 'escalation level numbers must be unique',
  }),
  businessHoursOnly: z.boolean(),
  calendar: ZBusinessCalendar.optional(),
});
// Compile-time guard: what the schema parses is assignable to the domain type.
const _calendarSchemaMatchesType = (parsed: z.infer<typeof ZBusinessCalendar>): BusinessCalendar => parsed;
void _calendarSchemaMatchesType;

// Compile-time guard: what the schema parses is a valid SlaPolicy.
const _policySchemaMatchesType = (parsed: z.infer<typeof ZSlaPolicy>): SlaPolicy => parsed;
void _policySchemaMatchesType;
