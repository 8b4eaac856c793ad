import type { Client } from '@temporalio/client';
import type { Cluster } from '../../infra/cluster';
import type { PrismaClient } from '../../infra/db';
import { DEV_TWILIO_AUTH_TOKEN } from '../../domain/config';
import { TwilioCaller, type TwimlTurn } from '../../tools/twilio-caller';
import type { CallResult } from '../../workflows/call/call-workflow';
import { callWorkflowId } from '../../workflows/call/messages';
import { percentile } from '../shared/stats';
import type { Fault, FaultWindow } from './faults';
import { auditSlaTimers } from './sla-audit';
import { describeSlaAudit, slaAuditFailures, type SlaAuditTotals } from './sla-timers';

/** Two kinds of call: one the agent resolves (five caller turns), one that leaves with a ticket (three). */
const SCRIPTS = {
  resolved: ['my printer says paper jam', 'no', 'no', 'yes that fixed it', 'no thanks, bye'],
  ticket: ['outlook keeps asking for my password', 'no, that did not help', 'no thanks, I have to go, bye'],
} as const;
type ScriptName = keyof typeof SCRIPTS;
const KNOWN_CALLERS = ['+15551042101', '+15551042102', '+15551187101', '+15552305101', '+15553318101'];

/** Twilio gives a webhook 15 s, retries included (connection overrides' default `tt`), then ends the call in an error. */
export const TWILIO_WEBHOOK_TIMEOUT_MS = 15_000;
/** Polly speaks about 150 words a minute: a caller hears the agent out (or "one moment") before anything else happens. */
const SPEECH_MS_PER_WORD = 400;
export const playbackMs = (say: readonly string[]): number =>
  say.reduce((words, line) => words + line.split(/\s+/).filter(Boolean).length, 0) * SPEECH_MS_PER_WORD;

export interface DrillSettings {
  calls: number;
  /** A caller's pause between hearing the agent out and answering (varied ±50 %). */
  thinkMs: number;
  /** The calls' first rings are spread over this long. */
  rampMs: number;
  /** How long after the first ring the fault is injected (every call is then in progress). */
  faultAtMs: number;
  /** How long to wait for every call's workflow to finish its post-call work. */
  settleMs: number;
}

interface PlacedCall {
  callSid: string;
  rangAt: number;
  hungUpAt?: number;
  script: ScriptName;
  lastTurn?: TwimlTurn;
  turnMs: number[];
  holds: number;
  error?: string;
}

interface Observation {
  at: number;
  status: number;
}

export interface DrillResult {
  fault: Fault;
  window: FaultWindow;
  calls: number;
  /** Calls that had rung and not yet hung up when the fault struck. */
  inProgressAtFault: number;
  checks: { name: string; failures: number; detail: string }[];
  slaTimers: SlaAuditTotals;
  figures: {
    turns: number;
    turnP50: number;
    turnP99: number;
    turnMax: number;
    /** From the first ring to the hang-up. */
    callMin: number;
    callP50: number;
    holds: number;
    webhooks: number;
    retried: number;
    fiveXx: number;
    fiveXxOutside: number;
  };
  api: { requests: number; fiveXx: number };
  passed: boolean;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const jitter = (index: number) => 0.5 + ((index * 7919) % 1000) / 1000;

async function placeCall(cluster: Cluster, index: number, settings: DrillSettings, observations: Observation[]): Promise<PlacedCall> {
  const script: ScriptName = index % 2 === 0 ? 'resolved' : 'ticket';
  const caller = new TwilioCaller({
    baseUrl: cluster.voiceUrl,
    authToken: DEV_TWILIO_AUTH_TOKEN,
    from: KNOWN_CALLERS[index % KNOWN_CALLERS.length]!,
    retries: 2,
    webhookTimeoutMs: TWILIO_WEBHOOK_TIMEOUT_MS,
    playbackMs,
    observe: (_path, status) => observations.push({ at: Date.now(), status }),
  });
  const placed: PlacedCall = { callSid: caller.callSid, rangAt: Date.now(), script, turnMs: [], holds: 0 };
  try {
    let turn = await caller.dial();
    placed.holds += turn.holds;
    for (const line of SCRIPTS[script]) {
      if (!turn.gatherAction || turn.status !== 200) break;
      await pause(playbackMs(turn.say) + settings.thinkMs * jitter(index + placed.turnMs.length));
      const startedAt = performance.now();
      turn = await caller.say(line);
      placed.turnMs.push(performance.now() - startedAt);
      placed.holds += turn.holds;
    }
    placed.lastTurn = turn;
    placed.hungUpAt = Date.now();
    await caller.hangUp('completed');
  } catch (error) {
    placed.error = (error as Error).message;
  }
  return placed;
}

/** Polls the API through the balancer (the panel's page: no dependency behind it), counting what comes back. */
function pollApi(cluster: Cluster, until: () => boolean): Promise<Observation[]> {
  const seen: Observation[] = [];
  return (async () => {
    while (!until()) {
      const status = await fetch(`${cluster.apiUrl}/`, { signal: AbortSignal.timeout(5000) }).then(
        async (response) => (await response.arrayBuffer(), response.status),
        () => 0,
      );
      seen.push({ at: Date.now(), status });
      await pause(100);
    }
    return seen;
  })();
}

async function waitForResults(client: Client, calls: PlacedCall[], settleMs: number): Promise<Map<string, CallResult | Error>> {
  const results = new Map<string, CallResult | Error>();
  await Promise.all(
    calls.map(async (call) => {
      const result = client.workflow.getHandle(callWorkflowId(call.callSid)).result() as Promise<CallResult>;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<Error>((resolve) => {
        timer = setTimeout(() => resolve(new Error(`not finished within ${settleMs / 1000} s`)), settleMs);
      });
      results.set(call.callSid, await Promise.race([result.catch((error: unknown) => error as Error), timeout]));
      clearTimeout(timer);
    }),
  );
  return results;
}

interface Verdicts {
  checks: DrillResult['checks'];
  slaTimers: SlaAuditTotals;
}

/** What must hold after the fault, whatever it was: every call whole, every ticket once. */
async function verify(
  prisma: PrismaClient,
  client: Client,
  calls: PlacedCall[],
  results: Map<string, CallResult | Error>,
): Promise<Verdicts> {
  const sids = calls.map((call) => call.callSid);
  const rows = await prisma.callLog.findMany({
    where: { callSid: { in: sids } },
    select: { id: true, callSid: true, status: true, transcript: true },
  });
  const bySid = new Map(rows.map((row) => [row.callSid, row]));
  const tickets = await prisma.supportTicket.findMany({
    where: { OR: [{ idempotencyKey: { in: sids.map((sid) => `call:${sid}`) } }, { callLogId: { in: rows.map((row) => row.id) } }] },
    select: { id: true, idempotencyKey: true, callLogId: true },
  });
  const ticketsOf = (sid: string) =>
    tickets.filter((ticket) => ticket.idempotencyKey === `call:${sid}` || ticket.callLogId === bySid.get(sid)?.id);

  const notCompleted: string[] = [];
  /** A turn twice, out of order, or one never said: what must never happen. */
  const brokenTranscripts: string[] = [];
  /** The first turns in order, then nothing: the call ended early (put through to a person after too many holds). */
  const cutShortTranscripts: string[] = [];
  const doubledTickets: string[] = [];
  const wrongTickets: string[] = [];
  for (const call of calls) {
    const row = bySid.get(call.callSid);
    const result = results.get(call.callSid);
    if (call.error || !call.lastTurn?.hangup || result instanceof Error || row?.status !== 'completed') {
      notCompleted.push(
        `${call.callSid} (${call.error ?? (result instanceof Error ? result.message : !call.lastTurn?.hangup ? 'no goodbye' : `status ${row?.status ?? 'no row'}`)})`,
      );
    }
    const callerLines = ((row?.transcript ?? []) as { role?: string; text?: string }[])
      .filter((entry) => entry.role === 'caller')
      .map((entry) => entry.text);
    const script: readonly string[] = SCRIPTS[call.script];
    if (JSON.stringify(callerLines) !== JSON.stringify(script)) {
      const cutShort = callerLines.length < script.length && callerLines.every((line, at) => line === script[at]);
      (cutShort ? cutShortTranscripts : brokenTranscripts).push(`${call.callSid}: ${JSON.stringify(callerLines)}`);
    }
    const expected = call.script === 'ticket' ? 1 : 0;
    const found = ticketsOf(call.callSid);
    const resultTicket = result instanceof Error ? undefined : result?.ticketId;
    if (found.length > 1) doubledTickets.push(`${call.callSid}: ${found.length} tickets`);
    else if (found.length !== expected || (expected === 1 && resultTicket !== String(found[0]?.id)))
      wrongTickets.push(`${call.callSid}: ${found.length} tickets, result ${resultTicket ?? 'none'}`);
  }
  const ticketWorkflowsNotRunning = await ticketWorkflowsNotRunningAmong(
    client,
    tickets.map((ticket) => ticket.id),
  );
  const slaTimers = await auditSlaTimers(
    client,
    prisma,
    tickets.map((ticket) => ticket.id),
  );
  const sample = (list: string[]) => (list.length === 0 ? '' : `; e.g. ${list.slice(0, 3).join(' | ')}`);
  return {
    checks: [
      {
        name: 'every call completed',
        failures: notCompleted.length,
        detail: `${calls.length - notCompleted.length} of ${calls.length}${sample(notCompleted)}`,
      },
      {
        name: 'every transcript whole (each caller turn once, in order)',
        failures: brokenTranscripts.length + cutShortTranscripts.length,
        detail: `${calls.length - brokenTranscripts.length - cutShortTranscripts.length} of ${calls.length}; ${brokenTranscripts.length} with a turn doubled, lost or out of order${sample(brokenTranscripts)}; ${cutShortTranscripts.length} cut short (the first turns in order, then the call ended)${sample(cutShortTranscripts)}`,
      },
      {
        name: 'every ticket exactly once',
        failures: doubledTickets.length + wrongTickets.length,
        detail: `${tickets.length} tickets for ${calls.filter((call) => call.script === 'ticket').length} ticket calls; ${doubledTickets.length} calls with a ticket twice${sample(doubledTickets)}; ${wrongTickets.length} missing or not the one the workflow reports${sample(wrongTickets)}`,
      },
      {
        name: 'every ticket’s workflow running',
        failures: ticketWorkflowsNotRunning.length,
        detail: `${tickets.length - ticketWorkflowsNotRunning.length} of ${tickets.length}${sample(ticketWorkflowsNotRunning)}`,
      },
      {
        name: 'no SLA timer lost or doubled (Temporal history and ticket rows against each ticket’s policy)',
        failures: slaAuditFailures(slaTimers),
        detail: `${describeSlaAudit(slaTimers)}${sample(slaTimers.failing)}`,
      },
    ],
    slaTimers,
  };
}

async function ticketWorkflowsNotRunningAmong(client: Client, ticketIds: number[]): Promise<string[]> {
  const notRunning: string[] = [];
  for (const id of ticketIds) {
    const status = await client.workflow
      .getHandle(`ticket-${id}`)
      .describe()
      .then(
        (description) => description.status.name,
        (error: unknown) => (error as Error).message,
      );
    if (status !== 'RUNNING') notRunning.push(`ticket-${id}: ${status}`);
  }
  return notRunning;
}

/** Places the calls, injects the fault while every one of them is in progress, then checks what came out. */
export async function runDrill(
  cluster: Cluster,
  fault: Fault,
  settings: DrillSettings,
  tools: { prisma: PrismaClient; client: Client },
): Promise<DrillResult> {
  const observations: Observation[] = [];
  let callsDone = false;
  const api = pollApi(cluster, () => callsDone);
  const placing = Promise.all(
    Array.from({ length: settings.calls }, async (_, index) => {
      await pause((index * settings.rampMs) / settings.calls);
      return placeCall(cluster, index, settings, observations);
    }),
  );
  await pause(settings.faultAtMs);
  console.log(`  injecting: ${fault.title}`);
  const window = await fault.inject(cluster);
  const calls = await placing;
  callsDone = true;
  const apiSeen = await api;
  const results = await waitForResults(tools.client, calls, settings.settleMs);
  const { checks, slaTimers } = await verify(tools.prisma, tools.client, calls, results);

  const isError = (observation: Observation) => observation.status === 0 || observation.status >= 500;
  const inWindow = (observation: Observation) => observation.at >= window.startedAt && observation.at <= window.endedAt;
  const errors = observations.filter(isError);
  const outside = errors.filter((observation) => !(window.errorsAllowed && inWindow(observation)));
  checks.push({
    name: window.errorsAllowed ? 'no 5xx seen by the Twilio double outside the Temporal pause' : 'no 5xx seen by the Twilio double',
    failures: outside.length,
    detail: `${errors.length} 5xx or unanswered of ${observations.length} webhooks; ${outside.length} outside the fault window`,
  });
  const inProgressAtFault = calls.filter(
    (call) => call.rangAt <= window.startedAt && (call.hungUpAt ?? Infinity) >= window.startedAt,
  ).length;
  // Otherwise the drill tried less than it says: a call over before the fault, or not yet rung, was never at risk.
  checks.unshift({
    name: 'the fault struck while every call was in progress',
    failures: calls.length - inProgressAtFault,
    detail: `${inProgressAtFault} of ${calls.length}`,
  });
  const durations = calls.filter((call) => call.hungUpAt !== undefined).map((call) => call.hungUpAt! - call.rangAt);
  const turns = calls.flatMap((call) => call.turnMs);
  const webhooks = observations.length;
  return {
    fault,
    window,
    calls: calls.length,
    inProgressAtFault,
    checks,
    slaTimers,
    figures: {
      turns: turns.length,
      turnP50: percentile(turns, 50),
      turnP99: percentile(turns, 99),
      turnMax: Math.max(0, ...turns),
      callMin: durations.length === 0 ? 0 : Math.min(...durations),
      callP50: percentile(durations, 50),
      holds: calls.reduce((sum, call) => sum + call.holds, 0),
      webhooks,
      retried: errors.length,
      fiveXx: errors.length,
      fiveXxOutside: outside.length,
    },
    api: { requests: apiSeen.length, fiveXx: apiSeen.filter(isError).length },
    passed: checks.every((check) => check.failures === 0),
  };
}
