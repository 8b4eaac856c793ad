import { Router, type Response } from 'express';
import type { z } from 'zod';
import type { PrismaClient } from '../../infra/db';
import { authOf, authorize } from '../auth/middleware';
import type { AuthContext } from '../auth/tokens';
import { AppError, notFound } from '../errors';
import type { Where } from '../http/filters';
import { parseId } from '../http/ids';
import { contentRange, parseListQuery, type ListQuery, type ListSpec } from '../http/list-query';

/**
 * The slice of a Prisma model delegate the generic routes use. Prisma's own delegate types are
 * generic per call and do not fit one interface, so each resource narrows its delegate to this once.
 */
export interface Delegate {
  findMany(args: {
    where: Where;
    orderBy?: Where[];
    skip?: number;
    take?: number;
    include?: Where;
    omit?: Where;
    select?: { id: true };
  }): Promise<unknown[]>;
  count(args: { where: Where; take?: number; orderBy?: Where }): Promise<number>;
  findUnique(args: { where: { id: number }; include?: Where }): Promise<unknown>;
  create(args: { data: Where; include?: Where }): Promise<unknown>;
  update(args: { where: { id: number }; data: Where; include?: Where }): Promise<unknown>;
  delete(args: { where: { id: number } }): Promise<unknown>;
}

export interface WriteContext {
  prisma: PrismaClient;
  auth: AuthContext;
  /** Set on updates. */
  id?: number;
}

/**
 * Validates a request body and turns it into Prisma `data`; throws before anything is written.
 * Carries its zod schema so the OpenAPI document shows the body the route really accepts.
 */
export interface BodyWriter {
  (body: unknown, context: WriteContext): Promise<Where>;
  readonly schema: z.ZodType;
}

export function writer<T>(schema: z.ZodType<T>, toData?: (input: T, context: WriteContext) => Promise<Where> | Where): BodyWriter {
  const write = async (body: unknown, context: WriteContext): Promise<Where> => {
    const input = schema.parse(body ?? {});
    return toData ? toData(input, context) : (input as Where);
  };
  return Object.assign(write, { schema });
}

export interface ResourceDef<Row> {
  /** URL segment and Content-Range unit, e.g. `kb-articles`. */
  name: string;
  /** Singular, for messages. */
  label: string;
  list: Omit<ListSpec, 'resource'>;
  delegate(prisma: PrismaClient): Delegate;
  include?: Where;
  /** getOne may embed more than a list row (messages, transcript…). */
  detailInclude?: Where;
  /** Heavy columns left out of list rows (a call's transcript). */
  listOmit?: Where;
  /**
   * A table that grows without bound (calls, tickets): its lists count exactly only up to
   * COUNT_EXACT_UP_TO rows (see countRows). Names the table for the unfiltered estimate.
   */
  largeTable?: string;
  toDto(row: Row): object;
  toDetailDto?(row: Row): object;
  create?: BodyWriter;
  update?: BodyWriter;
  deletable?: boolean;
  /** Refuses a delete the generic rules allow (e.g. an admin deleting their own account). */
  beforeDelete?(id: number, context: WriteContext): void;
}

/** Past this many matching rows a large table's list stops counting: counting a million rows takes longer than the page. */
export const COUNT_EXACT_UP_TO = 1_000;

/**
 * A `q` search of a large table counts only this far. Its matches are scattered (3–10 % of the
 * rows for a common surname or symptom), and every row on the way is tested with several ILIKEs
 * (~3 µs each over a million calls): counting to 1,000 tested ~34,000 rows, 80–100 ms, forty
 * times the page. Four pages of results say "keep typing" as well as forty do.
 */
export const SEARCH_COUNT_EXACT_UP_TO = 100;

export interface ListPage {
  rows: object[];
  total: number;
  skip: number;
  /** False when `total` is an estimate (unfiltered) or a lower bound (filtered) of a large table's list. */
  exact: boolean;
  /** When not exact: more rows than this matched (the bound the count stopped at). */
  moreThan?: number;
}

/** PostgreSQL's own row estimate (kept by autovacuum's ANALYZE); -1 before the first one. */
async function estimatedRows(prisma: PrismaClient, table: string): Promise<number> {
  const [row] = await prisma.$queryRaw<
    Array<{ rows: number }>
  >`SELECT reltuples::float8 AS rows FROM pg_class WHERE oid = to_regclass(${table})`;
  return Math.round(row?.rows ?? -1);
}

/**
 * Every matching row counted, except in a large table's lists: there the count stops at
 * `bound` + 1 rows (COUNT_EXACT_UP_TO, or SEARCH_COUNT_EXACT_UP_TO for a search), and past it an
 * unfiltered list reports the planner's estimate of the table (within autovacuum's 10 %), a
 * filtered one the bound itself.
 */
async function countRows<Row>(
  prisma: PrismaClient,
  def: ResourceDef<Row>,
  where: Where,
  bound: number,
): Promise<{ total: number; exact: boolean }> {
  const delegate = def.delegate(prisma);
  if (!def.largeTable) return { total: await delegate.count({ where }), exact: true };
  // Prisma orders a capped count by id, ascending unless told: newest first reaches the rows a panel
  // filters for (open tickets, recent calls) without walking the oldest years of the table.
  const counted = await delegate.count({ where, take: bound + 1, orderBy: { id: 'desc' } });
  if (counted <= bound) return { total: counted, exact: true };
  const unfiltered = Object.keys(where).length === 0;
  const estimate = unfiltered ? await estimatedRows(prisma, def.largeTable) : 0;
  return { total: Math.max(counted, estimate), exact: false };
}

type Window = { skip: number; take: number };

/**
 * A search's first pages from one scan: the ids of the first SEARCH_COUNT_EXACT_UP_TO + 1 matches
 * in the list's own order are both the page (a slice of them) and the count (how many there
 * were). A separate count would repeat the search: for a term whose matches come from a bitmap
 * of trigram indexes (a phone number), that is the same 20–40 ms twice, and an ordered walk for
 * a common term stops at the same rows the page needs. The page is then read by id, same rows and
 * order as `ORDER BY … OFFSET … LIMIT` gives.
 */
async function searchPage<Row>(
  delegate: Delegate,
  def: ResourceDef<Row>,
  where: Where,
  orderBy: Where[],
  { skip, take }: Window,
): Promise<{ rows: unknown[]; total: number; exact: boolean }> {
  const window = SEARCH_COUNT_EXACT_UP_TO + 1;
  const matches = (await delegate.findMany({ where, orderBy, take: window, select: { id: true } })) as Array<{ id: number }>;
  const ids = matches.slice(skip, skip + take).map((match) => match.id);
  const found = ids.length === 0 ? [] : await delegate.findMany({ where: { id: { in: ids } }, include: def.include, omit: def.listOmit });
  const byId = new Map((found as Array<{ id: number }>).map((row) => [row.id, row]));
  return { rows: ids.flatMap((id) => byId.get(id) ?? []), total: matches.length, exact: matches.length < window };
}

async function pageAndCount<Row>(
  prisma: PrismaClient,
  def: ResourceDef<Row>,
  where: Where,
  parsed: ListQuery,
): Promise<{ rows: unknown[]; total: number; exact: boolean; bound: number }> {
  const delegate = def.delegate(prisma);
  const bound = parsed.searched ? SEARCH_COUNT_EXACT_UP_TO : COUNT_EXACT_UP_TO;
  const { skip, take } = parsed;
  if (def.largeTable && parsed.searched && take !== undefined && skip + take <= bound + 1) {
    return { ...(await searchPage(delegate, def, where, parsed.orderBy, { skip, take })), bound };
  }
  const [rows, counted] = await Promise.all([
    delegate.findMany({ where, orderBy: parsed.orderBy, skip, take, include: def.include, omit: def.listOmit }),
    countRows(prisma, def, where, bound),
  ]);
  return { rows, ...counted, bound };
}

export async function listRecords<Row>(
  prisma: PrismaClient,
  def: ResourceDef<Row>,
  query: Record<string, unknown>,
  scope: Where = {},
): Promise<ListPage> {
  const parsed = await parseListQuery(query, { ...def.list, resource: def.name }, { prisma });
  const where = Object.keys(scope).length === 0 ? parsed.where : { AND: [scope, parsed.where] };
  const { rows, total, exact, bound } = await pageAndCount(prisma, def, where, parsed);
  // A page past a capped total (page 60 of "1,000+") must not read "calls 1475-1499/1001".
  const atLeast = exact ? total : Math.max(total, parsed.skip + rows.length);
  const page = { rows: rows.map((row) => def.toDto(row as Row)), total: atLeast, skip: parsed.skip, exact };
  return exact ? page : { ...page, moreThan: bound };
}

export function sendList(response: Response, resource: string, page: ListPage): void {
  response.setHeader('Content-Range', contentRange(resource, page.skip, page.rows.length, page.total));
  response.setHeader('X-Total-Count', String(page.total));
  // Tells a client that the total is an estimate or a lower bound, not a count, and how far the
  // count went: more than this many rows matched ("1,000+", or "100+" for a search).
  if (!page.exact) {
    response.setHeader('X-Total-Count-Exact', 'false');
    if (page.moreThan !== undefined) response.setHeader('X-Total-Count-More-Than', String(page.moreThan));
  }
  response.json(page.rows);
}

export async function findRecord<Row>(prisma: PrismaClient, def: ResourceDef<Row>, id: number): Promise<Row> {
  const include = def.detailInclude ?? def.include;
  const row = await def.delegate(prisma).findUnique({ where: { id }, include });
  if (!row) throw notFound(def.label, id);
  return row as Row;
}

function detail<Row>(def: ResourceDef<Row>, row: Row): object {
  return def.toDetailDto ? def.toDetailDto(row) : def.toDto(row);
}

/** On create/update a foreign key to a missing row is the body's fault (400); on delete it stays a 409. */
async function guardReferences<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if ((error as { code?: unknown }).code === 'P2003') {
      throw new AppError('VALIDATION', 'the body references a record that does not exist', (error as { meta?: unknown }).meta);
    }
    throw error;
  }
}

function addWrites<Row>(router: Router, prisma: PrismaClient, def: ResourceDef<Row>): void {
  const { create, update } = def;
  if (create) {
    router.post(`/${def.name}`, async (request, response) => {
      const data = await create(request.body, { prisma, auth: authOf(response) });
      const created = (await guardReferences(() => def.delegate(prisma).create({ data }))) as { id: number };
      response.status(201).json(detail(def, await findRecord(prisma, def, created.id)));
    });
  }
  if (update) {
    const handler = async (request: { params: { id?: string }; body: unknown }, response: Response) => {
      const id = parseId(request.params.id);
      await findRecord(prisma, def, id);
      const data = await update(request.body, { prisma, auth: authOf(response), id });
      await guardReferences(() => def.delegate(prisma).update({ where: { id }, data }));
      response.json(detail(def, await findRecord(prisma, def, id)));
    };
    router.put(`/${def.name}/:id`, handler);
    router.patch(`/${def.name}/:id`, handler);
  }
  if (def.deletable) {
    router.delete(`/${def.name}/:id`, async (request, response) => {
      const id = parseId(request.params.id);
      const dto = detail(def, await findRecord(prisma, def, id));
      def.beforeDelete?.(id, { prisma, auth: authOf(response), id });
      await def.delegate(prisma).delete({ where: { id } });
      // ra-data-simple-rest expects the deleted record back.
      response.json(dto);
    });
  }
}

/** list (both dialects), getOne, and whichever of create/update/delete the resource declares. */
export function resourceRouter<Row>(prisma: PrismaClient, def: ResourceDef<Row>): Router {
  const router = Router();
  router.use(`/${def.name}`, authorize(def.name));
  router.get(`/${def.name}`, async (request, response) => {
    sendList(response, def.name, await listRecords(prisma, def, request.query));
  });
  router.get(`/${def.name}/:id`, async (request, response) => {
    response.json(detail(def, await findRecord(prisma, def, parseId(request.params.id))));
  });
  addWrites(router, prisma, def);
  return router;
}

/** `GET /organizations/:id/contacts` and the like: a child list scoped to an existing parent. */
export function nestedList(
  router: Router,
  prisma: PrismaClient,
  parent: ResourceDef<unknown>,
  child: ResourceDef<unknown>,
  foreignKey: string,
): void {
  router.get(`/${parent.name}/:id/${child.name}`, authorize(child.name), async (request, response) => {
    const id = parseId(request.params.id);
    await findRecord(prisma, parent, id);
    sendList(response, child.name, await listRecords(prisma, child, request.query, { [foreignKey]: id }));
  });
}

/** A body that names a row which does not exist is a bad request, not a missing resource. */
export async function assertReferenceExists(exists: Promise<unknown>, what: string, id: number): Promise<void> {
  if (!(await exists)) throw new AppError('VALIDATION', `${what} ${id} does not exist`, [{ path: what, message: 'unknown id' }]);
}
