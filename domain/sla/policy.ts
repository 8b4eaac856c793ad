import type { TicketPriority } from '../tickets/codes';
import { CALENDAR_24X7, type BusinessCalendar, type Calendar, weekdayCalendar } from './calendar';
import { MINUTE_MS } from './zone';

/**
 * SLA policies: per-priority first-response and resolution targets, the warning threshold and
 * the escalation ladder after a breach. Pure data plus small maths; workflow-safe.
 *
 * Units: target minutes are *open* minutes of the policy's calendar (24x7 when
 * `businessHoursOnly` is false). Escalation offsets (`afterBreachMinutes`) are measured on the
 * same calendar, so a business-hours ticket that breaches at 16:50 on a Friday escalates to the
 * supervisor at 09:20 on Monday rather than in the middle of the night.
 */

export const ESCALATION_AUDIENCES = ['assignee', 'supervisor', 'account_manager', 'on_call'] as const;
export type EscalationAudience = (typeof ESCALATION_AUDIENCES)[number];

export interface EscalationLevel {
  level: number;
  notify: EscalationAudience;
  afterBreachMinutes: number;
}

export interface SlaPolicy {
  priority: TicketPriority;
  firstResponseMinutes: number;
  resolutionMinutes: number;
  /** Percent of a target's budget after which a warning fires (1–99). */
  warningPercent: number;
  escalationLevels: EscalationLevel[];
  businessHoursOnly: boolean;
  /** Used when businessHoursOnly; falls back to DEFAULT_BUSINESS_CALENDAR. */
  calendar?: BusinessCalendar;
}

/** Mon–Fri 09:00–17:00 America/New_York, no holidays (organisations add their own). */
export const DEFAULT_BUSINESS_CALENDAR: BusinessCalendar = weekdayCalendar(
  'America/New_York',
  [1, 2, 3, 4, 5],
  [{ start: '09:00', end: '17:00' }],
);

/** On breach → assignee; 30 min later → supervisor; 60 min after breach → account manager. */
export const DEFAULT_ESCALATION_LEVELS: EscalationLevel[] = [
  { level: 1, notify: 'assignee', afterBreachMinutes: 0 },
  { level: 2, notify: 'supervisor', afterBreachMinutes: 30 },
  { level: 3, notify: 'account_manager', afterBreachMinutes: 60 },
];

function defaultPolicy(
  priority: TicketPriority,
  firstResponseMinutes: number,
  resolutionMinutes: number,
  businessHoursOnly: boolean,
): SlaPolicy {
  return {
    priority,
    firstResponseMinutes,
    resolutionMinutes,
    warningPercent: 75,
    escalationLevels: DEFAULT_ESCALATION_LEVELS.map((l) => ({ ...l })),
    businessHoursOnly,
    ...(businessHoursOnly ? { calendar: DEFAULT_BUSINESS_CALENDAR } : {}),
  };
}

/** critical 15 min / 4 h around the clock; the rest in business hours (a business day = 8 h). */
export const DEFAULT_SLA_POLICIES: readonly SlaPolicy[] = [
  defaultPolicy('critical', 15, 4 * 60, false),
  defaultPolicy('high', 30, 8 * 60, true),
  defaultPolicy('medium', 2 * 60, 24 * 60, true),
  defaultPolicy('low', 8 * 60, 40 * 60, true),
];

/**
 * The policy for `priority`: the organisation's own terms when it has them, the defaults
 * otherwise. Throws when neither covers the priority (a configuration error, not a runtime case).
 */
export function resolvePolicy(defaults: readonly SlaPolicy[], orgOverrides: readonly SlaPolicy[], priority: TicketPriority): SlaPolicy {
  const policy = orgOverrides.find((p) => p.priority === priority) ?? defaults.find((p) => p.priority === priority);
  if (policy === undefined) throw new Error(`no SLA policy for priority '${priority}'`);
  return policy;
}

/** The calendar a policy's clock runs on. */
export function policyCalendar(policy: SlaPolicy): Calendar {
  if (!policy.businessHoursOnly) return CALENDAR_24X7;
  return policy.calendar ?? DEFAULT_BUSINESS_CALENDAR;
}

/** Target budgets in ms of open time. */
export function policyTargetsMs(policy: SlaPolicy): { firstResponse: number; resolution: number } {
  return {
    firstResponse: policy.firstResponseMinutes * MINUTE_MS,
    resolution: policy.resolutionMinutes * MINUTE_MS,
  };
}
