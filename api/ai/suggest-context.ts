import type { TicketPriority, TicketStatus } from '../../domain/tickets/codes';
import type { PrismaClient } from '../../infra/db';
import { notFound } from '../errors';
import { ZTranscript } from '../calls/resource';

/** What a technician's next step depends on, read from a ticket or a call (and the other when linked). */
export interface SuggestContext {
  subject: { type: 'ticket' | 'call'; id: number };
  ticket?: {
    id: number;
    subject: string;
    status: TicketStatus;
    priority: TicketPriority;
    assigned: boolean;
    slaBreached: boolean;
    resolutionDueAt: Date | null;
    escalationLevel: number;
  };
  call?: { id: number; escalated: boolean; aiResolved: boolean; ticketId: number | null; summary: string | null };
  /** The problem in the customer's words: what classification and KB ranking read. */
  problem: string;
  /** Everything the customer said, for how they feel. */
  customerWords: string[];
  /** Recent notes and messages, newest last, for the model. */
  notes: string[];
}

const MAX_NOTES = 8;
const MAX_PROBLEM_LINES = 6;

type TicketWithHistory = NonNullable<Awaited<ReturnType<typeof findTicket>>>;

function findTicket(prisma: PrismaClient, id: number) {
  return prisma.supportTicket.findUnique({
    where: { id },
    include: {
      status: true,
      priority: true,
      messages: { orderBy: { createdAt: 'asc' }, select: { authorType: true, authorName: true, body: true, visibility: true } },
    },
  });
}

function findCall(prisma: PrismaClient, id: number) {
  return prisma.callLog.findUnique({
    where: { id },
    select: { id: true, transcript: true, callSummary: true, wasEscalated: true, aiResolution: true, ticketId: true },
  });
}

function callerLines(transcript: unknown): string[] {
  return ZTranscript.parse(transcript)
    .filter((line) => line.role === 'caller')
    .map((line) => line.text);
}

function ticketFacts(row: TicketWithHistory): NonNullable<SuggestContext['ticket']> {
  return {
    id: row.id,
    subject: row.subject,
    status: row.status.code as TicketStatus,
    priority: row.priority.code as TicketPriority,
    assigned: row.assignedAgentId !== null,
    slaBreached: row.slaBreached,
    resolutionDueAt: row.resolutionDueAt,
    escalationLevel: row.escalationLevel,
  };
}

async function fromTicket(prisma: PrismaClient, id: number): Promise<SuggestContext> {
  const row = await findTicket(prisma, id);
  if (!row) throw notFound('ticket', id);
  const call = row.callLogId === null ? null : await findCall(prisma, row.callLogId);
  const customerMessages = row.messages.filter((message) => message.authorType === 'customer').map((message) => message.body);
  const spoken = call ? callerLines(call.transcript) : [];
  return {
    subject: { type: 'ticket', id },
    ticket: ticketFacts(row),
    call: call
      ? { id: call.id, escalated: call.wasEscalated, aiResolved: call.aiResolution, ticketId: call.ticketId, summary: call.callSummary }
      : undefined,
    problem: [row.subject, row.description ?? '', ...customerMessages.slice(0, MAX_PROBLEM_LINES)].filter(Boolean).join('. '),
    customerWords: [...spoken, ...customerMessages],
    notes: row.messages
      .slice(-MAX_NOTES)
      .map((message) => `${message.authorName ?? message.authorType} (${message.visibility}): ${message.body}`),
  };
}

async function fromCall(prisma: PrismaClient, id: number): Promise<SuggestContext> {
  const call = await findCall(prisma, id);
  if (!call) throw notFound('call', id);
  const spoken = callerLines(call.transcript);
  const ticket = call.ticketId === null ? null : await findTicket(prisma, call.ticketId);
  return {
    subject: { type: 'call', id },
    ticket: ticket ? ticketFacts(ticket) : undefined,
    call: { id, escalated: call.wasEscalated, aiResolved: call.aiResolution, ticketId: call.ticketId, summary: call.callSummary },
    problem: spoken.slice(0, MAX_PROBLEM_LINES).join('. ') || (call.callSummary ?? ''),
    customerWords: spoken,
    notes: call.callSummary ? [`Call summary: ${call.callSummary}`] : [],
  };
}

export function loadSuggestContext(prisma: PrismaClient, subject: { ticketId?: number; callId?: number }): Promise<SuggestContext> {
  return subject.ticketId !== undefined ? fromTicket(prisma, subject.ticketId) : fromCall(prisma, subject.callId ?? 0);
}
