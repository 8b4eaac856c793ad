import { z } from 'zod';
import { AppError } from '../errors';
import { nested, type FilterContext, type FilterDef, type Where } from './filters';

/**
 * One parser for both list dialects the API promises:
 * - react-admin's ra-data-simple-rest: `sort=["field","ASC"]&range=[0,24]&filter={"q":"x"}`;
 * - the seed plan's plain style: `?page=2&perPage=25&sort=startedAt&order=desc&status=completed`.
 * Both may be mixed; every sort field and filter key is whitelisted per resource.
 */
export interface ListSpec {
  resource: string;
  /** Public sort field → Prisma path (`organizationName` → `organization.name`). */
  sortable: Record<string, string>;
  defaultSort: readonly [string, 'ASC' | 'DESC'];
  filters: Record<string, FilterDef>;
  /** Plain-style shorthands (`org` → `organizationId`). */
  aliases?: Record<string, string>;
}

export interface ListQuery {
  where: Where;
  orderBy: Where[];
  skip: number;
  /** Undefined for getMany (`filter={"id":[…]}` without a range): every requested id is returned. */
  take: number | undefined;
  /** A search filter (`q`) is part of `where`. */
  searched: boolean;
}

const MAX_PAGE = 1000;
/** The deepest row a page may start at (page 1,000,000 of 1000); deeper offsets are malformed, not slow. */
const MAX_OFFSET = 1_000_000_000;
const DEFAULT_PAGE = 25;
const RESERVED = new Set(['sort', 'order', 'range', 'filter', 'page', 'perPage', 'per_page', 'limit', 'embed']);

const ZDirection = z.enum(['ASC', 'DESC', 'asc', 'desc']).transform((value) => value.toLowerCase() as 'asc' | 'desc');
const ZJsonSort = z.tuple([z.string().min(1), ZDirection]);
const ZRange = z
  .tuple([z.number().int().min(0).max(MAX_OFFSET), z.number().int().min(0)])
  .refine(([start, end]) => end >= start && end - start < MAX_PAGE, `range must be [start, end] with at most ${MAX_PAGE} rows`);
const ZFilter = z.record(z.string(), z.unknown());
const ZPageNumber = z.coerce.number().int().min(1).max(1_000_000);
const ZPageSize = z.coerce.number().int().min(1).max(MAX_PAGE);

function invalid(message: string, details?: unknown): AppError {
  return new AppError('VALIDATION', message, details);
}

function json(raw: string, name: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    throw invalid(`${name} is not valid JSON`);
  }
}

function parseWith<T>(schema: z.ZodType<T>, value: unknown, name: string): T {
  const result = schema.safeParse(value);
  if (!result.success)
    throw invalid(
      `invalid ${name}`,
      result.error.issues.map((issue) => issue.message),
    );
  return result.data;
}

/** Reserved parameters must appear once; `?sort=a&sort=b` is ambiguous. */
function scalar(query: Record<string, unknown>, key: string): string | undefined {
  const value = query[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw invalid(`${key} must be given once`);
  return value;
}

function parseSort(query: Record<string, unknown>, spec: ListSpec): [string, 'asc' | 'desc'] {
  const raw = scalar(query, 'sort');
  const order = scalar(query, 'order');
  // Checked even without `sort`: a misspelt direction is a mistake to report, not to ignore.
  if (order !== undefined) parseWith(ZDirection, order, 'order');
  let sort: [string, 'asc' | 'desc'];
  if (raw?.startsWith('[')) sort = parseWith(ZJsonSort, json(raw, 'sort'), 'sort');
  else if (raw) {
    const descending = raw.startsWith('-');
    sort = [descending ? raw.slice(1) : raw, order ? parseWith(ZDirection, order, 'order') : descending ? 'desc' : 'asc'];
  } else sort = [spec.defaultSort[0], spec.defaultSort[1] === 'ASC' ? 'asc' : 'desc'];
  if (!(sort[0] in spec.sortable)) {
    throw invalid(`cannot sort ${spec.resource} by "${sort[0]}"`, { sortable: Object.keys(spec.sortable) });
  }
  return sort;
}

function toOrderBy(spec: ListSpec, [field, direction]: [string, 'asc' | 'desc']): Where[] {
  const path = spec.sortable[field] as string;
  // A unique tie-breaker keeps pages stable when many rows share the sort value.
  return path === 'id' ? [{ id: direction }] : [nested(path, direction), { id: direction }];
}

function parseWindow(query: Record<string, unknown>, isGetMany: boolean): { skip: number; take: number | undefined } {
  const range = scalar(query, 'range');
  if (range) {
    const [start, end] = parseWith(ZRange, json(range, 'range'), 'range');
    return { skip: start, take: end - start + 1 };
  }
  const page = scalar(query, 'page');
  const size = scalar(query, 'perPage') ?? scalar(query, 'per_page') ?? scalar(query, 'limit');
  if (!page && !size && isGetMany) return { skip: 0, take: undefined };
  const pageNumber = page ? parseWith(ZPageNumber, page, 'page') : 1;
  const pageSize = size ? parseWith(ZPageSize, size, 'perPage') : DEFAULT_PAGE;
  return { skip: (pageNumber - 1) * pageSize, take: pageSize };
}

function collectFilters(query: Record<string, unknown>, spec: ListSpec): Record<string, unknown> {
  const raw = scalar(query, 'filter');
  const fromJson = raw ? parseWith(ZFilter, json(raw, 'filter'), 'filter') : {};
  const plain = Object.fromEntries(
    Object.entries(query)
      .filter(([key]) => !RESERVED.has(key))
      .map(([key, value]) => [spec.aliases?.[key] ?? key, value]),
  );
  return { ...plain, ...fromJson };
}

async function buildWhere(
  filters: Record<string, unknown>,
  spec: ListSpec,
  context: FilterContext,
): Promise<{ where: Where; searched: boolean }> {
  const unknown = Object.keys(filters).filter((key) => !(key in spec.filters));
  if (unknown.length > 0) {
    throw invalid(`unknown filter for ${spec.resource}: ${unknown.join(', ')}`, { filters: Object.keys(spec.filters) });
  }
  const applied = Object.entries(filters)
    // react-admin sends cleared inputs as empty strings or nulls: they mean "no filter".
    .filter(([, value]) => value !== undefined && value !== null && value !== '')
    .map(([key, value]) => ({ def: spec.filters[key] as FilterDef, value, key }));
  const parts = await Promise.all(applied.map(({ def, value, key }) => def(value, key, context)));
  // A blank term (`q: "  "`) is no condition, hence no search.
  const searched = applied.some(({ def }, i) => def.search === true && Object.keys(parts[i] ?? {}).length > 0);
  return { where: parts.length === 0 ? {} : { AND: parts }, searched };
}

export async function parseListQuery(query: Record<string, unknown>, spec: ListSpec, context: FilterContext): Promise<ListQuery> {
  const filters = collectFilters(query, spec);
  const orderBy = toOrderBy(spec, parseSort(query, spec));
  const { skip, take } = parseWindow(query, 'id' in filters);
  return { ...(await buildWhere(filters, spec, context)), orderBy, skip, take };
}

/** `Content-Range: tickets 0-24/319`, the header ra-data-simple-rest reads the total from. */
export function contentRange(resource: string, skip: number, count: number, total: number): string {
  return count === 0 ? `${resource} */${total}` : `${resource} ${skip}-${skip + count - 1}/${total}`;
}
