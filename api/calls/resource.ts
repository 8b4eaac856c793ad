import { z } from 'zod';
import { Db, type PrismaClient } from '../../infra/db';
import { booleanFilter, dateBound, enumFilter, filter, idFilter, searchWithLookups, textEquals } from '../http/filters';
import { ZId } from '../http/ids';
import type { Delegate, ResourceDef } from '../resources/crud';
import { callerPhoneOfCall, contactByName, organizationByName } from '../resources/search-lookups';

const include = {
  organization: { select: { name: true, ueCode: true } },
  contact: { select: { firstName: true, lastName: true } },
  ticket: { select: { subject: true } },
  analysis: { select: { resolutionStatus: true } },
} as const satisfies Db.Prisma.CallLogInclude;

const detailInclude = {
  ...include,
  interactions: { orderBy: { startedAt: 'asc' } },
  analysis: true,
  aiUsageLogs: { select: { costUsd: true, promptTokens: true, completionTokens: true } },
  twilioUsageLogs: { select: { price: true } },
} as const satisfies Db.Prisma.CallLogInclude;

type CallRow = Db.Prisma.CallLogGetPayload<{ include: typeof include }>;
type CallDetailRow = Db.Prisma.CallLogGetPayload<{ include: typeof detailInclude }>;

const statuses = Object.values(Db.CallStatus) as [Db.CallStatus, ...Db.CallStatus[]];
const sentiments = Object.values(Db.Sentiment) as [Db.Sentiment, ...Db.Sentiment[]];
const directions = Object.values(Db.CallDirection) as [Db.CallDirection, ...Db.CallDirection[]];
const brains = Object.values(Db.CallBrain) as [Db.CallBrain, ...Db.CallBrain[]];

/** Transcripts are written by several brains; anything unexpected is shown as a system line. */
const ZTranscriptLine = z
  .object({ role: z.string(), agent: z.string().nullish(), text: z.string(), at: z.string().nullish() })
  .catch({ role: 'system', text: '[unreadable transcript entry]' });
export const ZTranscript = z.array(ZTranscriptLine).catch([]);

function toDto({ organization, contact, ticket, analysis, transcript: _omitted, ...row }: CallRow) {
  return {
    ...row,
    organizationName: organization?.name ?? null,
    organizationUeCode: organization?.ueCode ?? null,
    contactName: contact ? `${contact.firstName} ${contact.lastName}` : null,
    ticketSubject: ticket?.subject ?? null,
    /** How the call ended for the caller (resolved, ticket_created, escalated…), once analysed. */
    outcome: analysis?.resolutionStatus ?? null,
  };
}

/** The same caller: their number, or the contact they were identified as (`{"caller":{"phone":…,"contactId":…}}`). */
const sameCaller = filter(
  z
    .object({ phone: z.string().min(1).max(32).optional(), contactId: ZId.optional() })
    .refine((caller) => caller.phone || caller.contactId, {
      message: 'expected a phone or a contactId',
    }),
  ({ phone, contactId }) => ({ OR: [...(phone ? [{ callerPhone: phone }] : []), ...(contactId ? [{ contactId }] : [])] }),
);

function sum(values: Array<{ toNumber(): number } | null>): number {
  return Math.round(values.reduce((total, value) => total + (value?.toNumber() ?? 0), 0) * 1e6) / 1e6;
}

function toDetailDto({ interactions, aiUsageLogs, twilioUsageLogs, ...row }: CallDetailRow) {
  const { analysis } = row;
  return {
    ...toDto(row),
    transcript: ZTranscript.parse(row.transcript),
    interactions,
    analysis,
    usage: {
      aiCostUsd: sum(aiUsageLogs.map((log) => log.costUsd)),
      twilioCostUsd: sum(twilioUsageLogs.map((log) => log.price)),
      promptTokens: aiUsageLogs.reduce((total, log) => total + log.promptTokens, 0),
      completionTokens: aiUsageLogs.reduce((total, log) => total + log.completionTokens, 0),
    },
  };
}

/** Read-only: calls are written by the CallWorkflow's activities. */
export const calls: ResourceDef<CallRow> = {
  name: 'calls',
  label: 'call',
  delegate: (prisma: PrismaClient) => prisma.callLog as unknown as Delegate,
  include,
  detailInclude,
  listOmit: { transcript: true },
  largeTable: 'call_logs',
  toDto,
  toDetailDto: (row) => toDetailDto(row as CallDetailRow),
  list: {
    sortable: {
      id: 'id',
      startedAt: 'startedAt',
      durationSeconds: 'durationSeconds',
      status: 'status',
      sentiment: 'sentiment',
      category: 'category',
      callerPhone: 'callerPhone',
      organizationName: 'organization.name',
    },
    defaultSort: ['startedAt', 'DESC'],
    filters: {
      q: searchWithLookups(['callSid', 'callSummary', 'category'], [callerPhoneOfCall, organizationByName, contactByName(['lastName'])]),
      id: idFilter('id'),
      status: enumFilter('status', statuses),
      sentiment: enumFilter('sentiment', sentiments),
      direction: enumFilter('direction', directions),
      brain: enumFilter('brain', brains),
      organizationId: idFilter('organizationId'),
      contactId: idFilter('contactId'),
      caller: sameCaller,
      ticketId: idFilter('ticketId'),
      category: textEquals('category'),
      callSid: textEquals('callSid'),
      callerPhone: textEquals('callerPhone'),
      wasEscalated: booleanFilter('wasEscalated'),
      aiResolution: booleanFilter('aiResolution'),
      startedAt_gte: dateBound('startedAt', 'gte'),
      startedAt_lte: dateBound('startedAt', 'lte'),
      startedAt_lt: dateBound('startedAt', 'lt'),
    },
    aliases: { org: 'organizationId', contact: 'contactId', ticket: 'ticketId' },
  },
};
