import { z } from 'zod';
import type { BusinessCalendar, Calendar } from '../../domain/sla/calendar';
import { DEFAULT_BUSINESS_CALENDAR, type SlaPolicy } from '../../domain/sla/policy';
import { ZBusinessCalendar, ZSlaPolicy } from '../../domain/sla/schemas';
import type { TicketPriority } from '../../domain/tickets/codes';

/**
 * Policies and calendars as the panel stores them (weekday names, [start, end] pairs, levels with
 * `after` and `delayMinutes`) converted to the SLA domain's shapes, validated on the way.
 */
const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

const ZStoredCalendar = z.object({
  timezone: z.string(),
  weekly: z.record(z.enum(DAY_NAMES), z.array(z.tuple([z.string(), z.string()]))),
  holidays: z.array(z.string()).default([]),
});

const ZStoredLevels = z.array(
  z.object({
    level: z.number().int().min(1),
    after: z.enum(['warning', 'breach']).default('breach'),
    notify: z.enum(['assignee', 'supervisor', 'account_manager', 'on_call']),
    delayMinutes: z.number().min(0).default(0),
  }),
);

export function toCalendar(stored: unknown): BusinessCalendar | undefined {
  if (stored === null || stored === undefined) return undefined;
  const parsed = ZStoredCalendar.parse(stored);
  const weekly = Object.fromEntries(
    DAY_NAMES.map((name, index) => [index, (parsed.weekly[name] ?? []).map(([start, end]) => ({ start, end }))]),
  );
  return ZBusinessCalendar.parse({ timezone: parsed.timezone, weekly, holidays: parsed.holidays });
}

export interface StoredPolicyRow {
  priority: { code: string };
  firstResponseMinutes: number;
  resolutionMinutes: number;
  warningPercent: number;
  escalationLevels: unknown;
  businessHoursOnly: boolean;
  calendar: unknown;
}

/**
 * Levels stored as "after warning" escalate at the breach instead: the clock's escalation ladder
 * starts at breach (warnings themselves always notify the assignee).
 */
export function toSlaPolicy(row: StoredPolicyRow, fallbackCalendar: BusinessCalendar | undefined): SlaPolicy {
  const levels = ZStoredLevels.parse(row.escalationLevels ?? []);
  return ZSlaPolicy.parse({
    priority: row.priority.code as TicketPriority,
    firstResponseMinutes: row.firstResponseMinutes,
    resolutionMinutes: row.resolutionMinutes,
    warningPercent: row.warningPercent,
    escalationLevels: levels.map((level) => ({
      level: level.level,
      notify: level.notify,
      afterBreachMinutes: level.after === 'warning' ? 0 : level.delayMinutes,
    })),
    businessHoursOnly: row.businessHoursOnly,
    calendar: row.businessHoursOnly ? (toCalendar(row.calendar) ?? fallbackCalendar ?? DEFAULT_BUSINESS_CALENDAR) : undefined,
  });
}

/** The organisation's own hours, else the service desk's default hours. */
export function organizationCalendar(stored: unknown): Calendar {
  return toCalendar(stored) ?? DEFAULT_BUSINESS_CALENDAR;
}
