import { z } from 'zod';
import type { Access } from '../auth/policy';
import { ZLoginRequest } from '../auth/routes';
import { AI_LIMITS, ZClassifyRequest, ZSearchKbRequest, ZSuggestRequest, ZSummarizeRequest } from '../ai/schemas';
import { ZEndCallRequest, ZTakeOverRequest, ZWhisperRequest } from '../calls/schemas';
import { calls } from '../calls/resource';
import { ZActivityQueryFields } from '../dashboard/activity';
import { ZCostsQuery } from '../dashboard/costs';
import type { ListSpec } from '../http/list-query';
import { callbacks } from '../resources/callbacks';
import { organizationChildren, plainResources } from '../resources/catalog';
import type { ResourceDef } from '../resources/crud';
import { organizations } from '../resources/organizations';
import { tickets } from '../tickets/resource';
import { ticketActions } from '../tickets/routes';
import { ZCancelCallbackRequest, ZCreateTicketRequest } from '../tickets/schemas';
import { ZHealthResponse, ZLoginResponse, ZMeResponse, ZPanelConfig, ZRecord, ZReport, ZTicket } from './responses';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** Who may call a route: anyone, anyone signed in, or the roles the policy grants this access to. */
export type OperationAuth = { kind: 'public' } | { kind: 'signed-in' } | { kind: 'policy'; resource: string; access: Access };

/**
 * One documented route. Paths are written the Express way (`/tickets/:id`) so the coverage test
 * can match them against the app's own router; the document turns them into `{id}`.
 */
export interface Operation {
  method: Method;
  path: string;
  tag: string;
  summary: string;
  auth: OperationAuth;
  query?: z.ZodObject;
  body?: z.ZodType;
  success: { status: 200 | 201; schema: z.ZodType; list?: boolean; description?: string; html?: boolean; mediaType?: string };
  /** Answered by a Temporal-backed port, absent when the worker side is not wired: 503. */
  needsWorkflows?: boolean;
  /** Changes something: a duplicate, a reference or a state transition can be refused (409). */
  writes?: boolean;
  /** Statuses beyond the ones derived from the fields above. */
  extraStatuses?: number[];
  description?: string;
}

const RESERVED_QUERY = {
  sort: z.string().max(200).optional().describe('`field`, `-field`, or react-admin\'s JSON `["field","ASC"]`'),
  order: z.enum(['ASC', 'DESC', 'asc', 'desc']).optional(),
  range: z.string().max(100).optional().describe("react-admin's JSON `[first, last]`, at most 1000 rows"),
  filter: z.string().max(5000).optional().describe("react-admin's JSON object of the filters below"),
  page: z.coerce.number().int().min(1).max(1_000_000).optional(),
  perPage: z.coerce.number().int().min(1).max(1000).optional(),
  per_page: z.coerce.number().int().min(1).max(1000).optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
};

/** A filter whose value is an object has no plain query-string form: it is given inside `filter` only. */
function plainQueryable(schema: z.ZodType): boolean {
  return schema._zod.def.type !== 'object';
}

/** The list parameters of a resource, from the same whitelist the list parser enforces. */
export function listQuery(spec: Omit<ListSpec, 'resource'>, extra: Record<string, z.ZodType> = {}): z.ZodObject {
  const filters = Object.fromEntries(
    Object.entries(spec.filters)
      .filter(([, def]) => plainQueryable(def.schema))
      // react-admin sends a cleared filter input as '': it means "no filter".
      .map(([key, def]) => [key, z.union([def.schema, z.literal('')]).optional()]),
  );
  const aliases = Object.fromEntries(
    Object.entries(spec.aliases ?? {}).map(([alias, key]) => [
      alias,
      z
        .union([spec.filters[key]?.schema ?? z.string(), z.literal('')])
        .optional()
        .describe(`Same as ${key}`),
    ]),
  );
  const sortable = `Sortable by: ${Object.keys(spec.sortable).join(', ')}.`;
  return z.object({ ...RESERVED_QUERY, sort: RESERVED_QUERY.sort.describe(sortable), ...filters, ...aliases, ...extra });
}

const ZMine = z.enum(['true', 'false', '1', '0', '']).optional().describe("Only the signed-in technician's own");

/** The routes `resourceRouter` mounts for a ResourceDef, documented from the same declaration. */
export function resourceOperations(def: ResourceDef<unknown>, response: z.ZodType = ZRecord): Operation[] {
  const auth = (access: Access): OperationAuth => ({ kind: 'policy', resource: def.name, access });
  const tag = def.name;
  const one = { status: 200 as const, schema: response };
  const ops: Operation[] = [
    {
      method: 'get',
      path: `/${def.name}`,
      tag,
      summary: `List ${def.label} records`,
      auth: auth('read'),
      query: listQuery(def.list),
      success: { ...one, list: true },
    },
    { method: 'get', path: `/${def.name}/:id`, tag, summary: `Get one ${def.label}`, auth: auth('read'), success: one },
  ];
  if (def.create) {
    ops.push({
      method: 'post',
      path: `/${def.name}`,
      tag,
      summary: `Create a ${def.label}`,
      auth: auth('write'),
      body: def.create.schema,
      success: { status: 201, schema: response },
      writes: true,
    });
  }
  if (def.update) {
    for (const method of ['put', 'patch'] as const) {
      ops.push({
        method,
        path: `/${def.name}/:id`,
        tag,
        summary: `Update a ${def.label}`,
        auth: auth('write'),
        body: def.update.schema,
        success: one,
        writes: true,
      });
    }
  }
  if (def.deletable) {
    ops.push({
      method: 'delete',
      path: `/${def.name}/:id`,
      tag,
      summary: `Delete a ${def.label} (returns it)`,
      auth: auth('write'),
      success: one,
      writes: true,
    });
  }
  return ops;
}

function nestedListOperation(parent: ResourceDef<unknown>, child: ResourceDef<unknown>): Operation {
  return {
    method: 'get',
    path: `/${parent.name}/:id/${child.name}`,
    tag: parent.name,
    summary: `List the ${child.label} records of one ${parent.label}`,
    auth: { kind: 'policy', resource: child.name, access: 'read' },
    query: listQuery(child.list),
    success: { status: 200, schema: ZRecord, list: true },
    extraStatuses: [404],
  };
}

const health: Operation[] = [
  {
    method: 'get',
    path: '/health',
    tag: 'system',
    summary: 'Liveness and dependencies (database, Temporal)',
    auth: { kind: 'public' },
    success: { status: 200, schema: ZHealthResponse },
    extraStatuses: [503],
  },
  {
    method: 'get',
    path: '/metrics',
    tag: 'system',
    summary: 'Prometheus metrics: request latency, calls in progress, SLA breaches',
    description: 'Public unless METRICS_TOKEN is set; then it wants `Authorization: Bearer <METRICS_TOKEN>` (401 without).',
    auth: { kind: 'public' },
    success: { status: 200, schema: z.string(), mediaType: 'text/plain; version=0.0.4', description: 'Prometheus text format' },
    extraStatuses: [401],
  },
];

const auth: Operation[] = [
  {
    method: 'post',
    path: '/auth/login',
    tag: 'auth',
    summary: 'Sign in; returns a bearer token',
    auth: { kind: 'public' },
    body: ZLoginRequest,
    success: { status: 200, schema: ZLoginResponse },
    extraStatuses: [401, 429],
  },
  {
    method: 'get',
    path: '/auth/me',
    tag: 'auth',
    summary: 'The signed-in user',
    auth: { kind: 'signed-in' },
    success: { status: 200, schema: ZMeResponse },
  },
  {
    method: 'get',
    path: '/config/panel',
    tag: 'system',
    summary: 'Where the panel finds the Temporal Web UI',
    auth: { kind: 'signed-in' },
    success: { status: 200, schema: ZPanelConfig },
  },
];

const ai: Operation[] = [
  ['classify', ZClassifyRequest, 'Category, priority and specialist for a problem description'],
  ['summarize', ZSummarizeRequest, 'Summary, category, sentiment and outcome of a transcript'],
  ['suggest', ZSuggestRequest, 'Next steps for a ticket or a call'],
  ['search-kb', ZSearchKbRequest, 'Ranked knowledge-base articles for a query'],
].map(([name, body, summary]) => ({
  method: 'post' as const,
  path: `/ai/${name as string}`,
  tag: 'ai',
  summary: summary as string,
  description: `Every role may ask (it changes nothing). A body over ${AI_LIMITS.bodyBytes} bytes or a field over its limit is a 413.`,
  auth: { kind: 'policy' as const, resource: 'ai', access: 'read' as const },
  body: body as z.ZodType,
  success: { status: 200 as const, schema: ZReport },
  extraStatuses: name === 'suggest' ? [404] : [],
}));

const count = z.number().int().min(0);
const ZActivitySeries = z.array(
  z.object({
    period: z.string().meta({ description: "the period's start, ISO-8601 UTC" }),
    calls: count,
    aiResolved: count,
    escalated: count,
    ticketed: count,
    slaMet: count,
    slaBreached: count,
  }),
);

const dashboard: Operation[] = [
  {
    method: 'get',
    path: '/dashboard/overview',
    tag: 'dashboard',
    summary: "Today's figures, queues and SLA state",
    auth: { kind: 'policy', resource: 'dashboard', access: 'read' },
    success: { status: 200, schema: ZReport },
  },
  {
    method: 'get',
    path: '/dashboard/costs',
    tag: 'dashboard',
    summary: 'Cost and outcome per customer for a month',
    auth: { kind: 'policy', resource: 'dashboard', access: 'read' },
    query: ZCostsQuery,
    success: { status: 200, schema: ZReport },
  },
  {
    method: 'get',
    path: '/dashboard/activity',
    tag: 'dashboard',
    summary: 'Calls, outcomes and SLA per hour (up to 7 days) or per day (up to 366), for the charts',
    auth: { kind: 'policy', resource: 'dashboard', access: 'read' },
    query: ZActivityQueryFields,
    success: { status: 200, schema: ZActivitySeries },
  },
];

const ticketAuth = (access: Access): OperationAuth => ({ kind: 'policy', resource: 'tickets', access });

function ticketOperations(): Operation[] {
  const [list, one] = resourceOperations(tickets, ZTicket) as [Operation, Operation];
  const actions = Object.entries(ticketActions).map(([name, action]): Operation => ({
    method: 'post',
    path: `/tickets/:id/${name}`,
    tag: 'tickets',
    summary: `Ticket action: ${name} (sent to the ticket's workflow)`,
    auth: ticketAuth('write'),
    body: action.schema,
    success: { status: 200, schema: ZTicket },
    needsWorkflows: true,
    writes: true,
  }));
  return [
    { ...list, query: listQuery(tickets.list, { mine: ZMine }) },
    one,
    {
      method: 'post',
      path: '/tickets',
      tag: 'tickets',
      summary: 'Open a ticket (starts its workflow); an idempotency key makes retries return the same ticket',
      auth: ticketAuth('write'),
      body: ZCreateTicketRequest,
      success: { status: 201, schema: ZTicket },
      needsWorkflows: true,
      writes: true,
    },
    ...actions,
  ];
}

function callOperations(): Operation[] {
  const [list, one] = resourceOperations(calls) as [Operation, Operation];
  const steer = (name: string, body: z.ZodType, summary: string): Operation => ({
    method: 'post',
    path: `/calls/:id/${name}`,
    tag: 'calls',
    summary,
    auth: { kind: 'policy', resource: 'calls', access: 'write' },
    body,
    success: { status: 200, schema: ZReport },
    needsWorkflows: true,
    writes: true,
  });
  return [
    { ...list, query: listQuery(calls.list, { mine: ZMine }) },
    { ...one, description: 'A call in progress is read from its workflow (transcript so far, current agent).' },
    steer('whisper', ZWhisperRequest, 'Whisper a note to the agent on a live call'),
    steer('take-over', ZTakeOverRequest, 'Put the caller through to a technician'),
    steer('end', ZEndCallRequest, 'End a live call'),
  ];
}

function callbackOperations(): Operation[] {
  return [
    ...resourceOperations(callbacks),
    {
      method: 'post',
      path: '/callbacks/:id/cancel',
      tag: 'callbacks',
      summary: 'Cancel a scheduled callback (sent to its workflow)',
      auth: { kind: 'policy', resource: 'callbacks', access: 'write' },
      body: ZCancelCallbackRequest,
      success: { status: 200, schema: ZRecord },
      needsWorkflows: true,
      writes: true,
    },
  ];
}

const docs: Operation[] = [
  {
    method: 'get',
    path: '/openapi.json',
    tag: 'system',
    summary: 'This document (OpenAPI 3.1)',
    auth: { kind: 'public' },
    success: { status: 200, schema: ZReport },
  },
  {
    method: 'get',
    path: '/docs',
    tag: 'system',
    summary: 'Interactive docs of this document (Swagger UI)',
    auth: { kind: 'public' },
    success: { status: 200, schema: z.string(), html: true },
  },
];

/** Every route the API serves, in the order the document lists them. */
export function apiOperations(): Operation[] {
  return [
    ...health,
    ...docs,
    ...auth,
    ...ai,
    ...dashboard,
    ...resourceOperations(organizations),
    ...organizationChildren.map((child) => nestedListOperation(organizations, child)),
    ...ticketOperations(),
    ...callbackOperations(),
    ...callOperations(),
    ...plainResources.flatMap((def) => resourceOperations(def)),
  ];
}
