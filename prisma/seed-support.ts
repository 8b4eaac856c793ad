/**
 * What the seed's steps share: the run (client, counters, options), the reference clock every
 * demo timestamp hangs off, and the helpers that keep each step idempotent.
 */
import { Prisma, type PrismaClient } from './generated/client/client';
import * as D from './seed-data';

export const SEED_TABLES = [
  'accountManagers',
  'organizations',
  'contacts',
  'locations',
  'deviceTypes',
  'deviceManufacturers',
  'deviceModels',
  'operatingSystems',
  'devices',
  'contactDevices',
  'domains',
  'ticketStatuses',
  'ticketPriorities',
  'slaPolicies',
  'supportAgents',
  'users',
  'kbArticles',
  'callLogs',
  'agentInteractions',
  'conversationAnalyses',
  'aiUsageLogs',
  'twilioUsageLogs',
  'supportTickets',
  'ticketAssignments',
  'ticketMessages',
  'ticketEscalations',
  'callbacks',
  'dailyMetrics',
  'hourlyMetrics',
  'customerMetrics',
  'systemHealthLogs',
] as const;

export type SeedTable = (typeof SEED_TABLES)[number];

/** One seed run: every step adds what it inserted to `created`, and what it rewrote to `updated`. */
export interface SeedRun {
  prisma: PrismaClient;
  created: Record<SeedTable, number>;
  /** Rewrite reference data (KB, statuses, priorities, SLA policies) with the seeded values. */
  updateExisting: boolean;
  updated: number;
  log(message: string): void;
}

// ───────────────────────────── the reference clock ─────────────────────────────

export const REFERENCE_MS = Date.parse(D.SEED_REFERENCE_DATE);
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export function minutesAgo(minutes: number): Date {
  return new Date(REFERENCE_MS - minutes * MINUTE);
}

export function addSeconds(at: Date, seconds: number): Date {
  return new Date(at.getTime() + seconds * 1000);
}

export function addMinutes(at: Date, minutes: number): Date {
  return new Date(at.getTime() + minutes * MINUTE);
}

/** A calendar date (YYYY-MM-DD) as the UTC midnight Prisma uses for @db.Date. */
export function dateOnly(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00.000Z`);
}

export function usd(amount: number): string {
  return amount.toFixed(6);
}

// ───────────────────────────── natural keys → ids ─────────────────────────────

export function need<K, V>(map: ReadonlyMap<K, V>, key: K, what: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`seed: unknown ${what} "${String(key)}"`);
  return value;
}

/** Row ids by natural key; rows without a key (null) are left out. */
export function idsBy<Row extends { id: number }>(rows: readonly Row[], key: (row: Row) => string | null): Map<string, number> {
  return new Map(
    rows.flatMap((row) => {
      const natural = key(row);
      return natural === null ? [] : [[natural, row.id] as const];
    }),
  );
}

/** Looks up seeded ids by natural key; throws naming the key when the seed data is inconsistent. */
export type IdOf = (key: string) => number;

export function idOf(ids: ReadonlyMap<string, number>, what: string): IdOf {
  return (key) => need(ids, key, what);
}

// ───────────────────────────── idempotence ─────────────────────────────

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

/** Creates a row unless a concurrent seed created it first; true when this call created it. */
export async function createOnce(create: () => Promise<unknown>): Promise<boolean> {
  try {
    await create();
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}
