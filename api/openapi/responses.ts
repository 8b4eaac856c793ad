import { z } from 'zod';
import { TICKET_PRIORITIES, TICKET_STATUSES } from '../../domain/tickets/codes';
import { ZRole } from '../auth/policy';
import type { AppErrorCode } from '../errors';

/**
 * Response bodies as the OpenAPI document states them. Requests are validated by the routes' own
 * zod schemas; these describe what comes back, so a fuzzer can tell a response that breaks its
 * promise. Records are open objects (`id` plus whatever the resource's DTO adds) except where a
 * client depends on exact fields (errors, login, tickets).
 */

const errorCodes = [
  'VALIDATION',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'INVALID_TRANSITION',
  'PAYLOAD_TOO_LARGE',
  'RATE_LIMITED',
  'UNAVAILABLE',
  'INTERNAL',
] as const satisfies readonly AppErrorCode[];

/** Every 4xx/5xx the API sends (see api/errors.ts). */
export const ZErrorResponse = z
  .object({
    message: z.string().describe('The same text as error.message (react-admin shows this one)'),
    error: z.object({
      code: z.enum(errorCodes),
      message: z.string(),
      details: z.unknown().optional().describe('Which fields failed and why, for validation errors'),
    }),
  })
  .meta({ id: 'Error' });

const isoDate = z.string().describe('ISO 8601 date-time');

export const ZRecord = z.looseObject({ id: z.number().int().positive() }).meta({ id: 'Record' });

export const ZTicket = z
  .looseObject({
    id: z.number().int().positive(),
    subject: z.string(),
    description: z.string().nullable(),
    category: z.string().nullable(),
    statusCode: z.enum(TICKET_STATUSES),
    statusName: z.string(),
    priorityCode: z.enum(TICKET_PRIORITIES),
    priorityName: z.string(),
    priorityRank: z.number().int(),
    organizationId: z.number().int().nullable(),
    organizationName: z.string().nullable(),
    contactId: z.number().int().nullable(),
    assignedAgentId: z.number().int().nullable(),
    callLogId: z.number().int().nullable(),
    source: z.enum(['phone', 'api', 'panel', 'email']),
    workflowId: z.string().nullable(),
    escalationLevel: z.number().int().min(0),
    resolutionDueAt: isoDate.nullable(),
    slaPaused: z.boolean(),
    slaBreached: z.boolean(),
    createdAt: isoDate,
    updatedAt: isoDate,
  })
  .meta({ id: 'Ticket' });

const ZUserIdentity = z.object({
  id: z.number().int().positive(),
  email: z.string(),
  name: z.string(),
  role: ZRole,
  supportAgentId: z.number().int().nullable(),
});

export const ZLoginResponse = z.object({
  token: z.string().describe('A JWT (HS256) to send as `Authorization: Bearer <token>`'),
  expiresIn: z.number().int().positive().describe('Seconds'),
  user: ZUserIdentity,
});

export const ZMeResponse = ZUserIdentity;

export const ZHealthResponse = z.looseObject({ status: z.string() });

export const ZPanelConfig = z.object({ temporalUi: z.object({ baseUrl: z.string(), namespace: z.string() }) });

/** An answer whose fields are documented in prose: the AI and dashboard reports. */
export const ZReport = z.looseObject({});

export const listHeaders = z.object({
  'Content-Range': z.string().describe('ra-data-simple-rest: `<resource> <first>-<last>/<total>` or `<resource> */<total>`'),
  'X-Total-Count': z.string().regex(/^\d+$/).describe('Rows matching the filters'),
  'X-Total-Count-Exact': z
    .literal('false')
    .optional()
    .describe('Calls and tickets: the total is an estimate (unfiltered) or a lower bound (filtered), not a count'),
  'X-Total-Count-More-Than': z
    .string()
    .regex(/^\d+$/)
    .optional()
    .describe('With X-Total-Count-Exact: more rows than this matched (1000; 100 for a `q` search); show it as "1,000+"'),
});
