import { z } from 'zod';
import { equalsIgnoringCase } from '../../infra/like-pattern';
import { AppError } from '../errors';
import { ZId } from './ids';
import { ZDate } from './schemas';

export type Where = Record<string, unknown>;

/**
 * Turns one filter value (from JSON or a query string) into a Prisma `where` fragment, or throws a
 * 400. It carries the zod schema it validates with, so the OpenAPI document describes the same rule.
 */
export interface FilterDef {
  (raw: unknown, key: string): Where;
  readonly schema: z.ZodType;
}

export function filter<T>(schema: z.ZodType<T>, where: (value: T) => Where): FilterDef {
  const apply = (raw: unknown, key: string): Where => {
    const result = schema.safeParse(raw);
    if (!result.success) {
      const details = result.error.issues.map((issue) => ({ path: [key, ...issue.path].join('.'), message: issue.message }));
      throw new AppError('VALIDATION', `invalid filter "${key}"`, details);
    }
    return where(result.data);
  };
  return Object.assign(apply, { schema });
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

/** Filters on a lookup table by its code (`status=open` → status.code = 'open'). */
export function codeFilter(relation: string, codes: readonly [string, ...string[]]): FilterDef {
  return enumFilter(`${relation}.code`, codes);
}

const ZBoolean = z.union([z.boolean(), z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1')]);

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

/** Case-insensitive substring search across several (possibly nested) text columns. */
export function searchFilter(paths: string[]): FilterDef {
  return filter(z.string().trim().max(200), (value) =>
    value === '' ? {} : { OR: paths.map((path) => nested(path, { contains: value, mode: 'insensitive' })) },
  );
}

/** Substring search in a text[] column needs an exact element match; used for tags like keywords. */
export function arrayHas(path: string): FilterDef {
  return filter(z.string().trim().toLowerCase().min(1).max(100), (value) => nested(path, { has: value }));
}
