import { z } from 'zod';
import { Db, type PrismaClient } from '../../infra/db';
import { booleanFilter, dateBound, enumFilter, idFilter, searchFilter, textEquals } from '../http/filters';
import type { Delegate, ResourceDef } from '../resources/crud';

const include = {
  organization: { select: { name: true, ueCode: true } },
  contact: { select: { firstName: true, lastName: true } },
  ticket: { select: { subject: true } },
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
const ZTranscript = z.array(ZTranscriptLine).catch([]);

function toDto({ organization, contact, ticket, transcript: _omitted, ...row }: CallRow) {
  return {
    ...row,
    organizationName: organization?.name ?? null,
    organizationUeCode: organization?.ueCode ?? null,
    contactName: contact ? `${contact.firstName} ${contact.lastName}` : null,
    ticketSubject: ticket?.subject ?? null,
  };
}

function sum(values: Array<{ toNumber(): number } | null>): number {
  return Math.round(values.reduce((total, value) => total + (value?.toNumber() ?? 0), 0) * 1e6) / 1e6;
}

function toDetailDto({ interactions, analysis, aiUsageLogs, twilioUsageLogs, ...row }: CallDetailRow) {
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
      q: searchFilter(['callSid', 'callerPhone', 'callSummary', 'category', 'organization.name', 'contact.lastName']),
      id: idFilter('id'),
      status: enumFilter('status', statuses),
      sentiment: enumFilter('sentiment', sentiments),
      direction: enumFilter('direction', directions),
      brain: enumFilter('brain', brains),
      organizationId: idFilter('organizationId'),
      contactId: idFilter('contactId'),
      ticketId: idFilter('ticketId'),
      category: textEquals('category'),
      callSid: textEquals('callSid'),
      wasEscalated: booleanFilter('wasEscalated'),
      aiResolution: booleanFilter('aiResolution'),
      startedAt_gte: dateBound('startedAt', 'gte'),
      startedAt_lte: dateBound('startedAt', 'lte'),
    },
    aliases: { org: 'organizationId', contact: 'contactId', ticket: 'ticketId' },
  },
};
