/** The dashboard's activity charts draw one bar per hour or per day. */
export type ActivityGranularity = 'hour' | 'day';

/** One bar of `GET /dashboard/activity`: a period's calls, how they ended, and the tickets it resolved. */
export interface ActivityPoint {
  /** The period's start, ISO-8601 (UTC). */
  period: string;
  calls: number;
  aiResolved: number;
  escalated: number;
  ticketed: number;
  slaMet: number;
  slaBreached: number;
}
