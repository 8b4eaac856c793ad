import { z } from 'zod';
import {
  createDocument,
  type ZodOpenApiObject,
  type ZodOpenApiOperationObject,
  type ZodOpenApiPathsObject,
  type ZodOpenApiResponsesObject,
} from 'zod-openapi';
import { canAccess, ZRole } from '../auth/policy';
import { apiOperations, type Operation } from './operations';
import { listHeaders, ZErrorResponse } from './responses';

type OpenApiDocument = ReturnType<typeof createDocument>;

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'Malformed request: a parameter, filter or body field fails validation (details name it)',
  401: 'Missing, malformed, forged or expired bearer token (or wrong credentials at login)',
  403: "The token's role may not do this",
  404: 'No such record (or route)',
  409: 'Conflicts with the current state: a duplicate, a reference, or a transition the workflow refuses',
  413: 'Body, or one of its fields, over its size limit',
  429: 'Too many failed logins from this address',
  503: 'A dependency is down (Temporal or the database), or the worker side is not wired',
};

/** `/tickets/:id` → `/tickets/{id}`. */
export function toOpenApiPath(expressPath: string): string {
  return expressPath.replace(/:([A-Za-z_]\w*)/g, '{$1}');
}

function pathParams(expressPath: string): z.ZodObject | undefined {
  const names = [...expressPath.matchAll(/:([A-Za-z_]\w*)/g)].map((match) => match[1] as string);
  if (names.length === 0) return undefined;
  const idParam = z
    .string()
    .regex(/^\d{1,10}$/)
    .describe('A positive integer id');
  return z.object(Object.fromEntries(names.map((name) => [name, idParam])));
}

function rolesAllowed(op: Operation): string[] {
  if (op.auth.kind !== 'policy') return [...ZRole.options];
  const { resource, access } = op.auth;
  return ZRole.options.filter((role) => canAccess(role, resource, access));
}

function errorStatuses(op: Operation): number[] {
  const statuses = new Set<number>(op.extraStatuses ?? []);
  if (op.auth.kind !== 'public' || op.body) statuses.add(400);
  if (op.auth.kind !== 'public') statuses.add(401);
  if (rolesAllowed(op).length < ZRole.options.length) statuses.add(403);
  if (op.path.includes(':')) statuses.add(404);
  if (op.writes) statuses.add(409);
  if (op.body) statuses.add(413);
  if (op.needsWorkflows) statuses.add(503);
  return [...statuses].sort();
}

function responses(op: Operation): ZodOpenApiResponsesObject {
  const { status, schema, list, description, html, mediaType } = op.success;
  const body = list ? z.array(schema) : schema;
  const result: ZodOpenApiResponsesObject = {
    [String(status)]: {
      description: description ?? (list ? 'A page of records' : 'OK'),
      content: { [mediaType ?? (html ? 'text/html' : 'application/json')]: { schema: body } },
      ...(list ? { headers: listHeaders } : {}),
    },
  };
  if (op.query) {
    result['431'] = { description: "Request line or headers over Node's 16 KB limit (answered by the HTTP server, no body)" };
  }
  for (const code of errorStatuses(op)) {
    result[String(code) as `4${string}`] = {
      description: ERROR_DESCRIPTIONS[code] ?? 'Error',
      content: { 'application/json': { schema: ZErrorResponse } },
    };
  }
  return result;
}

function describeAuth(op: Operation): string {
  if (op.auth.kind === 'public') return 'No token needed.';
  return `Roles: ${rolesAllowed(op).join(', ')}.`;
}

function toOperationObject(op: Operation): ZodOpenApiOperationObject {
  const path = pathParams(op.path);
  return {
    operationId: `${op.method}${toOpenApiPath(op.path).replace(/[^A-Za-z0-9]+(.)?/g, (_m, next: string | undefined) => (next ?? '').toUpperCase())}`,
    tags: [op.tag],
    summary: op.summary,
    description: [op.description, describeAuth(op)].filter(Boolean).join('\n\n'),
    security: op.auth.kind === 'public' ? [] : [{ bearer: [] }],
    'x-roles': rolesAllowed(op),
    requestParams: { ...(path ? { path } : {}), ...(op.query ? { query: op.query } : {}) },
    ...(op.body ? { requestBody: { required: true, content: { 'application/json': { schema: op.body } } } } : {}),
    responses: responses(op),
  };
}

function paths(operations: Operation[]): ZodOpenApiPathsObject {
  const result: ZodOpenApiPathsObject = {};
  for (const op of operations) {
    const key = toOpenApiPath(op.path);
    result[key] = { ...result[key], [op.method]: toOperationObject(op) };
  }
  return result;
}

/** Schemas JSON cannot carry (dates) are documented as what travels on the wire. */
function wireTypes({ jsonSchema, zodSchema }: { jsonSchema: Record<string, unknown>; zodSchema: z.core.$ZodType }): void {
  if (zodSchema._zod.def.type === 'date') {
    jsonSchema.type = 'string';
    jsonSchema.format = 'date-time';
  }
}

/** The whole API as OpenAPI 3.1, generated from the routes' zod schemas (see operations.ts). */
export function buildOpenApiDocument(version: string): OpenApiDocument {
  const spec: ZodOpenApiObject = {
    openapi: '3.1.0',
    info: {
      title: 'URackIT API',
      version,
      description:
        "The REST API the admin panel reads. Lists also speak react-admin's ra-data-simple-rest protocol (`sort`, `range`, `filter` as JSON). " +
        'Every error is `{ message, error: { code, message, details? } }`. Sign in at `POST /auth/login` and send the token as `Authorization: Bearer …`.',
      license: { name: 'MIT' },
    },
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
    security: [{ bearer: [] }],
    paths: paths(apiOperations()),
  };
  return createDocument(spec, { override: wireTypes });
}
