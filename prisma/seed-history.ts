/**
 * The demo history: calls (transcript, agent hops, analysis, AI and Twilio usage) and tickets
 * (assignments, messages, escalations, callbacks). Each call and ticket is created with its child
 * rows in one nested create, keyed by call SID or ticket idempotency key, so it exists once or not at all.
 */
import type { Prisma } from './generated/client/client';
import type { CustomerRefs } from './seed-customers';
import * as D from './seed-data';
import type { ServiceDeskRefs } from './seed-service-desk';
import { addMinutes, addSeconds, createOnce, minutesAgo, need, usd, type SeedRun } from './seed-support';

// ───────────────────────────── usage derived from a call ─────────────────────────────

type AiUsageRow = Prisma.AiUsageLogUncheckedCreateWithoutCallLogInput;

function turnUsage(call: D.CallSeed, endedAt: Date): AiUsageRow {
  const turns = call.hops.reduce((sum, hop) => sum + hop.turns, 0);
  if (call.brain === 'text') {
    const promptTokens = turns * 1150;
    const completionTokens = turns * 85;
    const costUsd = usd((promptTokens * 0.15 + completionTokens * 0.6) / 1_000_000);
    return {
      provider: 'openai',
      model: 'gpt-4o-mini',
      purpose: 'turn',
      promptTokens,
      completionTokens,
      audioSeconds: null,
      costUsd,
      createdAt: endedAt,
    };
  }
  if (call.brain === 'realtime') {
    return {
      provider: 'openai',
      model: 'gpt-realtime',
      purpose: 'realtime',
      promptTokens: turns * 1400,
      completionTokens: turns * 120,
      audioSeconds: call.durationSeconds,
      costUsd: usd((call.durationSeconds / 60) * 0.18),
      createdAt: endedAt,
    };
  }
  return {
    provider: 'builtin',
    model: 'rules',
    purpose: 'turn',
    promptTokens: 0,
    completionTokens: 0,
    audioSeconds: null,
    costUsd: usd(0),
    createdAt: endedAt,
  };
}

function summaryUsage(call: D.CallSeed, endedAt: Date): AiUsageRow {
  const transcriptChars = call.transcript.reduce((sum, line) => sum + line[3].length, 0);
  const external = call.brain !== 'rules';
  const promptTokens = external ? Math.ceil(transcriptChars / 4) + 300 : 0;
  const completionTokens = external ? 180 : 0;
  return {
    provider: external ? 'openai' : 'builtin',
    model: external ? 'gpt-4o-mini' : 'rules-summarizer',
    purpose: 'summary',
    promptTokens,
    completionTokens,
    audioSeconds: null,
    costUsd: usd(external ? (promptTokens * 0.15 + completionTokens * 0.6) / 1_000_000 : 0),
    createdAt: addSeconds(endedAt, 4),
  };
}

/** An abandoned call, or one without a summary, cost no summariser tokens. */
const wasSummarised = (call: D.CallSeed): boolean => Boolean(call.summary) && call.status !== 'abandoned';

/** The brain's turns, and the post-call summary when there was one. */
function aiUsageFor(call: D.CallSeed, endedAt: Date): AiUsageRow[] {
  return wasSummarised(call) ? [turnUsage(call, endedAt), summaryUsage(call, endedAt)] : [turnUsage(call, endedAt)];
}

function twilioUsageFor(call: D.CallSeed, endedAt: Date): Prisma.TwilioUsageLogUncheckedCreateWithoutCallLogInput {
  const perMinute = call.direction === 'inbound' ? 0.0085 : 0.014;
  const statuses: Partial<Record<D.CallStatusSeed, string>> = {
    no_answer: 'no-answer',
    busy: 'busy',
    failed: 'failed',
    in_progress: 'in-progress',
  };
  return {
    callSid: call.callSid,
    kind: 'voice',
    direction: call.direction,
    durationSeconds: call.durationSeconds,
    price: usd(Math.ceil(call.durationSeconds / 60) * perMinute),
    priceUnit: 'USD',
    status: statuses[call.status] ?? 'completed',
    createdAt: addSeconds(endedAt, 30),
  };
}

// ───────────────────────────── calls ─────────────────────────────

function agentHops(call: D.CallSeed, answeredAt: Date): Prisma.AgentInteractionUncheckedCreateWithoutCallLogInput[] {
  return call.hops.map((hop) => ({
    agentName: hop.agent,
    startedAt: addSeconds(answeredAt, hop.fromSecond),
    endedAt: addSeconds(answeredAt, hop.toSecond),
    turns: hop.turns,
    toolCalls: hop.tools.map((name, index) => ({
      name,
      ok: true,
      at: addSeconds(answeredAt, hop.fromSecond + 5 + index * 10).toISOString(),
    })),
    handoffTo: hop.handoffTo,
    outcome: hop.outcome,
    createdAt: addSeconds(answeredAt, hop.fromSecond),
  }));
}

function analysisOf(call: D.CallSeed, analysis: D.CallAnalysisSeed, endedAt: Date): Prisma.ConversationAnalysisCreateWithoutCallLogInput {
  return {
    intent: analysis.intent,
    category: call.category,
    sentiment: call.sentiment,
    sentimentScore: call.sentimentScore,
    topics: [...analysis.topics],
    resolutionStatus: analysis.resolutionStatus,
    summary: call.summary,
    keywords: [...analysis.keywords],
    createdAt: addSeconds(endedAt, 5),
  };
}

/** A call_logs row with every child row the post-call activities would have written. */
function callLogData(call: D.CallSeed, customers: CustomerRefs): Prisma.CallLogUncheckedCreateInput {
  const startedAt = minutesAgo(call.startedMinutesAgo);
  const answeredAt = addSeconds(startedAt, call.ringSeconds);
  const endedAt = addSeconds(answeredAt, call.durationSeconds);
  const inbound = call.direction === 'inbound';
  return {
    callSid: call.callSid,
    direction: call.direction,
    callerPhone: call.remotePhone,
    fromNumber: inbound ? call.remotePhone : D.SUPPORT_LINE_NUMBER,
    toNumber: inbound ? D.SUPPORT_LINE_NUMBER : call.remotePhone,
    organizationId: call.ueCode ? customers.orgId(call.ueCode) : null,
    contactId: call.ueCode && call.contactPhone ? customers.contactId(call.ueCode, call.contactPhone) : null,
    startedAt,
    answeredAt,
    endedAt,
    durationSeconds: call.durationSeconds,
    status: call.status,
    aiResolution: call.aiResolution,
    wasEscalated: call.wasEscalated,
    transcript: call.transcript.map(([atSecond, role, agent, text]) => ({
      role,
      agent,
      text,
      at: addSeconds(answeredAt, atSecond).toISOString(),
    })),
    callSummary: call.summary,
    sentiment: call.sentiment,
    sentimentScore: call.sentimentScore,
    category: call.category,
    brain: call.brain,
    finalAgent: call.finalAgent,
    createdAt: startedAt,
    interactions: { create: agentHops(call, answeredAt) },
    aiUsageLogs: { create: aiUsageFor(call, endedAt) },
    twilioUsageLogs: { create: [twilioUsageFor(call, endedAt)] },
    ...(call.analysis ? { analysis: { create: analysisOf(call, call.analysis, endedAt) } } : {}),
  };
}

/** Call ids by call SID. */
async function seedCalls(run: SeedRun, customers: CustomerRefs): Promise<Map<string, number>> {
  const { prisma, created } = run;
  const callIds = new Map<string, number>();
  for (const call of D.CALLS) {
    const existing = await prisma.callLog.findUnique({ where: { callSid: call.callSid }, select: { id: true } });
    if (!existing && (await createOnce(() => prisma.callLog.create({ data: callLogData(call, customers) })))) {
      created.callLogs += 1;
      created.agentInteractions += call.hops.length;
      created.aiUsageLogs += wasSummarised(call) ? 2 : 1;
      created.twilioUsageLogs += 1;
      if (call.analysis) created.conversationAnalyses += 1;
    }
    const row = existing ?? (await prisma.callLog.findUnique({ where: { callSid: call.callSid }, select: { id: true } }));
    if (!row) throw new Error(`seed: call ${call.callSid} missing after create`);
    callIds.set(call.callSid, row.id);
  }
  return callIds;
}

// ───────────────────────────── tickets ─────────────────────────────

interface TicketRefs {
  customers: CustomerRefs;
  desk: ServiceDeskRefs;
  callId(callSid: string): number;
}

/** The ticket's children, timed from its creation. */
function ticketChildren(ticket: D.TicketSeed, createdAt: Date, refs: TicketRefs) {
  const { agentId, userId } = refs.desk;
  const at = (minutes: number | null): Date | null => (minutes === null ? null : addMinutes(createdAt, minutes));
  const assignments = ticket.assignments.map((a) => ({
    agentId: agentId(a.agentEmail),
    assignedById: a.assignedByEmail ? userId(a.assignedByEmail) : null,
    reason: a.reason,
    createdAt: addMinutes(createdAt, a.afterMinutes),
  }));
  const messages = ticket.messages.map((m) => ({
    authorType: m.authorType,
    authorAgentId: m.authorAgentEmail ? agentId(m.authorAgentEmail) : null,
    authorName: m.authorName,
    visibility: m.visibility,
    body: m.body,
    createdAt: addMinutes(createdAt, m.afterMinutes),
  }));
  const escalations = ticket.escalations.map((e) => ({
    level: e.level,
    reason: e.reason,
    trigger: e.trigger,
    fromAgentId: e.fromAgentEmail ? agentId(e.fromAgentEmail) : null,
    toAgentId: e.toAgentEmail ? agentId(e.toAgentEmail) : null,
    notifiedTarget: e.notifiedTarget,
    acknowledgedAt: at(e.acknowledgedAfterMinutes),
    createdAt: addMinutes(createdAt, e.afterMinutes),
  }));
  return { assignments: { create: assignments }, messages: { create: messages }, escalations: { create: escalations } };
}

function ticketCallbacks(ticket: D.TicketSeed, createdAt: Date, refs: TicketRefs): Prisma.CallbackUncheckedCreateWithoutTicketInput[] {
  return ticket.callbacks.map((c) => ({
    callLogId: c.callSid ? refs.callId(c.callSid) : null,
    organizationId: refs.customers.orgId(ticket.ueCode),
    contactId: refs.customers.contactId(ticket.ueCode, ticket.contactPhone),
    phone: ticket.contactPhone,
    reason: c.reason,
    scheduledFor: addMinutes(createdAt, c.scheduledAfterMinutes),
    attempts: c.attempts,
    maxAttempts: c.maxAttempts,
    status: c.status,
    lastAttemptAt: c.lastAttemptAfterMinutes === null ? null : addMinutes(createdAt, c.lastAttemptAfterMinutes),
    createdAt: addMinutes(createdAt, c.afterMinutes),
    updatedAt: addMinutes(createdAt, c.lastAttemptAfterMinutes ?? c.afterMinutes),
  }));
}

function ticketData(ticket: D.TicketSeed, refs: TicketRefs): Prisma.SupportTicketUncheckedCreateInput {
  const createdAt = minutesAgo(ticket.createdMinutesAgo);
  const at = (minutes: number | null): Date | null => (minutes === null ? null : addMinutes(createdAt, minutes));
  const resolvedAt = at(ticket.resolvedAfter);
  const closedAt = at(ticket.closedAfter);
  const lastActivity = [createdAt, resolvedAt, closedAt, ...ticket.messages.map((m) => addMinutes(createdAt, m.afterMinutes))]
    .filter((d): d is Date => d !== null)
    .reduce((latest, d) => (d > latest ? d : latest));
  return {
    idempotencyKey: ticket.key,
    organizationId: refs.customers.orgId(ticket.ueCode),
    contactId: refs.customers.contactId(ticket.ueCode, ticket.contactPhone),
    callLogId: ticket.callSid ? refs.callId(ticket.callSid) : null,
    subject: ticket.subject,
    description: ticket.description,
    category: ticket.category,
    statusId: refs.desk.statusId(ticket.status),
    priorityId: refs.desk.priorityId(ticket.priority),
    assignedAgentId: ticket.assigneeEmail ? refs.desk.agentId(ticket.assigneeEmail) : null,
    source: ticket.source,
    escalationLevel: ticket.escalationLevel,
    firstResponseDueAt: addMinutes(createdAt, ticket.firstResponseDueAfter),
    resolutionDueAt: addMinutes(createdAt, ticket.resolutionDueAfter),
    firstRespondedAt: at(ticket.firstRespondedAfter),
    resolvedAt,
    closedAt,
    resolution: ticket.resolution,
    slaPaused: ticket.slaPaused,
    slaBreached: ticket.slaBreached,
    createdAt,
    updatedAt: lastActivity,
    ...ticketChildren(ticket, createdAt, refs),
    callbacks: { create: ticketCallbacks(ticket, createdAt, refs) },
  };
}

/** Ticket ids by ticket key. */
async function seedTickets(run: SeedRun, refs: TicketRefs): Promise<Map<string, number>> {
  const { prisma, created } = run;
  const ticketIds = new Map<string, number>();
  for (const ticket of D.TICKETS) {
    const existing = await prisma.supportTicket.findUnique({ where: { idempotencyKey: ticket.key }, select: { id: true } });
    if (!existing && (await createOnce(() => prisma.supportTicket.create({ data: ticketData(ticket, refs) })))) {
      created.supportTickets += 1;
      created.ticketAssignments += ticket.assignments.length;
      created.ticketMessages += ticket.messages.length;
      created.ticketEscalations += ticket.escalations.length;
      created.callbacks += ticket.callbacks.length;
    }
    const row = existing ?? (await prisma.supportTicket.findUnique({ where: { idempotencyKey: ticket.key }, select: { id: true } }));
    if (!row) throw new Error(`seed: ticket ${ticket.key} missing after create`);
    ticketIds.set(ticket.key, row.id);
  }
  return ticketIds;
}

/** Links each call to its ticket, and its AI usage too, only where no link exists yet. */
async function linkCallsToTickets(run: SeedRun, ticketIds: ReadonlyMap<string, number>): Promise<number> {
  let linkedCalls = 0;
  for (const call of D.CALLS) {
    if (!call.ticketKey) continue;
    const ticketId = need(ticketIds, call.ticketKey, 'ticket');
    linkedCalls += (await run.prisma.callLog.updateMany({ where: { callSid: call.callSid, ticketId: null }, data: { ticketId } })).count;
    await run.prisma.aiUsageLog.updateMany({ where: { callLog: { callSid: call.callSid }, ticketId: null }, data: { ticketId } });
  }
  return linkedCalls;
}

/** Seeds calls, then tickets, then links them; resolves to the number of call links made. */
export async function seedHistory(run: SeedRun, customers: CustomerRefs, desk: ServiceDeskRefs): Promise<number> {
  const callIds = await seedCalls(run, customers);
  const ticketIds = await seedTickets(run, { customers, desk, callId: (callSid) => need(callIds, callSid, 'call') });
  const linkedCalls = await linkCallsToTickets(run, ticketIds);
  const { created } = run;
  run.log(
    `seed: history +${created.callLogs} calls, +${created.supportTickets} tickets, +${created.ticketMessages} ticket messages, ${linkedCalls} call links`,
  );
  return linkedCalls;
}
