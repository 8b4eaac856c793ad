import { z } from 'zod';
import type { PrismaClient } from '../../infra/db';
import { equalsIgnoringCase } from '../../infra/like-pattern';
import { AppError } from '../errors';
import { ZId } from './ids';
import { ZDate } from './schemas';

export type Where = Record<string, unknown>;

/** What a filter may read to build its condition (a search looks up matching organisations first). */
export interface FilterContext {
  prisma: PrismaClient;
}

/**
 * Turns one filter value (from JSON or a query string) into a Prisma `where` fragment, or throws a
 * 400. It carries the zod schema it validates with, so the OpenAPI document describes the same rule.
 */
export interface FilterDef {
  (raw: unknown, key: string, context: FilterContext): Where | Promise<Where>;
  readonly schema: z.ZodType;
  /**
   * A free-text search (`q`): its matches are scattered through the table, so a large list
   * counts them only up to a lower bound (crud.ts, SEARCH_COUNT_EXACT_UP_TO).
   */
  readonly search?: true;
}

function parseFilter<T>(schema: z.ZodType<T>, raw: unknown, key: string): T {
  const result = schema.safeParse(raw);
  if (!result.success) {
    const details = result.error.issues.map((issue) => ({ path: [key, ...issue.path].join('.'), message: issue.message }));
    throw new AppError('VALIDATION', `invalid filter "${key}"`, details);
  }
  return result.data;
}

export function filter<T>(schema: z.ZodType<T>, where: (value: T) => Where): FilterDef {
  return Object.assign((raw: unknown, key: string) => where(parseFilter(schema, raw, key)), { schema });
}

/** Query strings carry lists as `a,b` or repeated keys; JSON filters carry real arrays. */
function splitCommas(value: unknown): unknown {
  return typeof value === 'string' && value.includes(',') ? value.split(',').map((part) => part.trim()) : value;
}

function oneOrMany<T>(schema: z.ZodType<T>): z.ZodType<T | T[]> {
  return z.preprocess(splitCommas, z.union([schema, z.array(schema).min(1).max(1000)])) as z.ZodType<T | T[]>;
}

function equalsOrIn<T>(value: T | T[]): unknown {
  return Array.isArray(value) ? { in: value } : value;
}

/** 'organization.name' + condition → { organization: { name: condition } }. */
export function nested(path: string, condition: unknown): Where {
  return path.split('.').reduceRight<unknown>((inner, key) => ({ [key]: inner }), condition) as Where;
}

export function idFilter(path: string): FilterDef {
  return filter(oneOrMany(ZId), (value) => nested(path, equalsOrIn(value)));
}

export function enumFilter(path: string, values: readonly [string, ...string[]]): FilterDef {
  return filter(oneOrMany(z.enum(values)), (value) => nested(path, equalsOrIn(value)));
}

const ZBoolean = z.union([z.boolean(), z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1')]);

/** Filters on a lookup table by its code (`status=open` → status.code = 'open'). */
export function codeFilter(relation: string, codes: readonly [string, ...string[]]): FilterDef {
  return enumFilter(`${relation}.code`, codes);
}

/** A lookup table (ticket statuses, priorities) read as code → id, for filters on the foreign key itself. */
export interface CodeLookup {
  /** The list's foreign key (`statusId`). */
  foreignKey: string;
  ids(prisma: PrismaClient, codes: readonly string[]): Promise<number[]>;
}

/**
 * Like codeFilter, but sent as the foreign key's ids (`status=open` → status_id IN (…)). A join on
 * the code hides the column from PostgreSQL's statistics and indexes: over 200,000 tickets the
 * capped count of `open=true&slaBreached=true` read the whole table.
 */
export function lookupCodeFilter(lookup: CodeLookup, codes: readonly [string, ...string[]]): FilterDef {
  const schema = oneOrMany(z.enum(codes));
  const where = async (raw: unknown, key: string, { prisma }: FilterContext): Promise<Where> => {
    const value = parseFilter(schema, raw, key);
    return { [lookup.foreignKey]: { in: await lookup.ids(prisma, Array.isArray(value) ? value : [value]) } };
  };
  return Object.assign(where, { schema });
}

/** A yes/no filter that picks one of two sets of lookup codes (`open=true` → a status that is not final). */
export function lookupFlagFilter(lookup: CodeLookup, whenTrue: readonly string[], whenFalse: readonly string[]): FilterDef {
  const where = async (raw: unknown, key: string, { prisma }: FilterContext): Promise<Where> => {
    const codes = parseFilter(ZBoolean, raw, key) ? whenTrue : whenFalse;
    return { [lookup.foreignKey]: { in: await lookup.ids(prisma, codes) } };
  };
  return Object.assign(where, { schema: ZBoolean });
}

export function booleanFilter(path: string): FilterDef {
  return filter(ZBoolean, (value) => nested(path, value));
}

/** A yes/no filter whose two answers are arbitrary conditions (`open=true` → status not final). */
export function flagFilter(whenTrue: Where, whenFalse: Where): FilterDef {
  return filter(ZBoolean, (value) => (value ? whenTrue : whenFalse));
}

export function textEquals(path: string): FilterDef {
  return filter(z.string().min(1).max(200), (value) => nested(path, equalsIgnoringCase(value)));
}

/** `field_gte` / `field_lte` (`_lt` for "strictly before") style date bounds. */
export function dateBound(path: string, bound: 'gte' | 'lte' | 'lt'): FilterDef {
  return filter(ZDate, (value) => nested(path, { [bound]: value }));
}

const ZSearchTerm = z.string().trim().max(200);
const contains = (path: string, term: string) => nested(path, { contains: term, mode: 'insensitive' });

/** Case-insensitive substring search across several (possibly nested) text columns. */
export function searchFilter(paths: string[]): FilterDef {
  const search = filter(ZSearchTerm, (value) => (value === '' ? {} : { OR: paths.map((path) => contains(path, value)) }));
  return Object.assign(search, { search: true as const });
}

/** A related table searched by its own columns, e.g. a call's organisation by name. */
export interface SearchLookup {
  /** The list's foreign key (`organizationId`), or `id` for a column of the list's own table. */
  foreignKey: string;
  /** The same condition as a nested path (`organization.name`…), used when too many rows match to list their ids. */
  paths: string[];
  /**
   * The ids of the related rows matching the term, at most `limit` of them; null when this
   * lookup has no faster way for this term than the paths themselves.
   */
  find(prisma: PrismaClient, term: string, limit: number): Promise<number[] | null>;
}

/** Beyond this many matching related rows, the search falls back to the nested (join) condition. */
export const LOOKUP_ID_LIMIT = 5_000;

/**
 * The same search as searchFilter, for a large table whose search also covers related tables
 * (calls by organisation name or contact surname). A nested condition inside an OR is a subquery
 * PostgreSQL can only test row by row, so a million calls were read for each search; resolving
 * the related matches to ids first (`organization_id IN (…)`) lets every branch of the OR use an
 * index (trigram indexes on the columns, b-tree on the foreign keys) and combine as a bitmap OR.
 * The answer is the same either way.
 */
export function searchWithLookups(paths: string[], lookups: SearchLookup[]): FilterDef {
  const search = async (raw: unknown, key: string, { prisma }: FilterContext): Promise<Where> => {
    const term = parseFilter(ZSearchTerm, raw, key);
    if (term === '') return {};
    const related = await Promise.all(
      lookups.map(async (lookup) => {
        const ids = await lookup.find(prisma, term, LOOKUP_ID_LIMIT + 1);
        if (ids === null || ids.length > LOOKUP_ID_LIMIT) return lookup.paths.map((path) => contains(path, term));
        return ids.length === 0 ? [] : [{ [lookup.foreignKey]: { in: ids } }];
      }),
    );
    return { OR: [...paths.map((path) => contains(path, term)), ...related.flat()] };
  };
  return Object.assign(search, { schema: ZSearchTerm, search: true as const });
}

/** Substring search in a text[] column needs an exact element match; used for tags like keywords. */
export function arrayHas(path: string): FilterDef {
  return filter(z.string().trim().toLowerCase().min(1).max(100), (value) => nested(path, { has: value }));
}
