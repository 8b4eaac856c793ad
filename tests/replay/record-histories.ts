/**
 * Records workflow histories for the replay tests: `node --import tsx tests/replay/record-histories.ts [name…]`
 * (all of them, or only the named ones, e.g. `call-text-brain-tools`). Run it only when a workflow's
 * behaviour is meant to change. Until version 1.0.0 nothing is deployed: re-record and commit. From
 * 1.0.0 on, a failing replay test means a change broke running workflows and needs `patched()` or
 * Worker Versioning instead.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { AUTH_TOKEN, startCallHarness, type CallHarness } from '../support/call-harness';
import { GREETING_FRAMES, startFakeRealtime } from '../support/fake-realtime';
import { startFakeTwilioApi, twilioSettingsFor } from '../support/fake-twilio-api';
import { MediaStreamCaller } from '../../tools/media-stream-caller';
import { startFakeOpenAi } from '../support/fake-openai';
import { MIDWEEK_NOON, skipToNext } from '../support/test-clock';
import { startTicketHarness } from '../support/ticket-harness';
import type { TwilioCaller } from '../../tools/twilio-caller';
import { takeOverUpdate, whisperUpdate } from '../../workflows/call/messages';
import { callbackOutcomeSignal, callbackViewQuery, callbackWorkflowId } from '../../workflows/callback/messages';
import { ticketCommandSignal, ticketWorkflowId } from '../../workflows/ticket/messages';
import { ScheduleOverlapPolicy } from '@temporalio/client';
import { runBackfill } from '../../tools/backfill';
import { rollupBackfillWorkflowId } from '../../workflows/analytics/messages';
import { ensureSchedules } from '../../workers/schedules';
import { eventually } from '../support/eventually';
import { generateActivity } from '../support/synthetic-activity';

const dir = path.dirname(fileURLToPath(import.meta.url));

type CallHarnessOptions = Parameters<typeof startCallHarness>[0];

/** Plays one call from the seeded known caller through `script`, hangs up and saves its history as `name`. */
async function recordCallHistory(
  name: string,
  script: (caller: TwilioCaller, harness: CallHarness) => Promise<void>,
  options?: CallHarnessOptions & { dialled?: string },
): Promise<void> {
  const harness = await startCallHarness(options);
  try {
    const caller = harness.caller('+15551042102', options?.dialled);
    await caller.dial();
    await script(caller, harness);
    await caller.hangUp('completed');
    await harness.finished(caller.callSid);
    const history = await harness.env.client.workflow.getHandle(`call-${caller.callSid}`).fetchHistory();
    await writeFile(path.join(dir, 'histories', `${name}.json`), historyToJSON(history));
  } finally {
    await harness.close();
  }
}

/** A printer jam: KB steps, "still broken" until a ticket, then goodbye. */
function recordCall(): Promise<void> {
  return recordCallHistory('call-printer-ticket', async (caller) => {
    await caller.say('the printer says paper jam');
    for (let i = 0; i < 8; i++) {
      const turn = await caller.say('no, still broken');
      if (/ticket/i.test(turn.say.join(' '))) break;
    }
    await caller.say('no thanks, bye');
  });
}

/** A caller who leaves before the fix works: a ticket, its number, goodbye. */
function recordGoodbyeBeforeFix(): Promise<void> {
  return recordCallHistory('call-goodbye-before-fix', async (caller) => {
    await caller.say('outlook keeps asking for my password');
    await caller.say('no, that did not help');
    await caller.say('no thanks, I have to go, bye');
  });
}

/** A caller who asks for a person: the call's ticket is escalated by a signal to its TicketWorkflow, then a transfer. */
function recordEscalation(): Promise<void> {
  return recordCallHistory('call-escalate-to-human', async (caller) => {
    await caller.say('my laptop will not turn on');
    await caller.say('can I just talk to a real person please');
  });
}

/** A supervisor whispers, then takes the call over: a redirect, a warm transfer with its briefing, the end of the <Dial>. */
function recordSupervisorTakeOver(): Promise<void> {
  return recordCallHistory('call-supervisor-takeover', async (caller, harness) => {
    await caller.say('my laptop will not connect to the vpn');
    const handle = harness.env.client.workflow.getHandle(`call-${caller.callSid}`);
    await handle.executeUpdate(whisperUpdate, { args: [{ note: 'this is a VIP', by: 'Sam' }] });
    const technician = await harness.db.prisma.supportAgent.findFirstOrThrow({
      where: { kind: 'human', active: true, phone: { not: null } },
    });
    await handle.executeUpdate(takeOverUpdate, { args: [{ supportAgentId: technician.id, by: 'Sam' }] });
    // What Twilio does after the REST redirect: fetch the next turn's TwiML (turns 0 and 1 were the greeting and the VPN).
    const transfer = await caller.redirected('/twilio/gather?turn=2&redirect=1');
    await caller.answerTransfer(transfer);
    await caller.transferEnded(transfer, 'completed');
  });
}

/**
 * A caller on their organisation's own line (it names the organisation before a word), then a
 * correction after the ticket opened: the ticket's workflow is told the new priority.
 */
function recordPriorityCorrection(): Promise<void> {
  return recordCallHistory(
    'call-priority-correction',
    async (caller) => {
      await caller.say('the printer by my desk is jammed');
      for (let i = 0; i < 8; i++) {
        const turn = await caller.say('no, still broken');
        if (/ticket/i.test(turn.say.join(' '))) break;
      }
      await caller.say('actually it is every printer in the office, none of us can print');
      await caller.say('no thanks, bye');
    },
    { dialled: '+15550111042' },
  );
}

/** A text-brain call: the model greets, asks for one valid and one invalid tool call, then advises. */
async function recordTextBrainCall(): Promise<void> {
  const model = await startFakeOpenAi([
    { content: 'Hi Tom, thanks for calling URackIT support. What can I help you with today?' },
    {
      content: '',
      toolCalls: [
        { name: 'search_kb', arguments: { query: 'printer paper jam', category: 'printer' } },
        { name: 'get_device', arguments: {} },
      ],
    },
    { content: 'Turn the printer off, wait ten seconds, and open the front door. Did that clear it?' },
  ]);
  const textBrain = { apiKey: 'sk-test-key', baseUrl: model.baseUrl, model: 'gpt-4o-mini', timeoutMs: 2000 };
  try {
    await recordCallHistory(
      'call-text-brain-tools',
      async (caller) => {
        await caller.say('my printer keeps jamming');
      },
      {
        env: { OPENAI_API_KEY: textBrain.apiKey, OPENAI_BASE_URL: textBrain.baseUrl, OPENAI_MODEL: textBrain.model },
        activities: { textBrain },
      },
    );
  } finally {
    await model.close();
  }
}

/**
 * A realtime call: streamed, a caller line, a keypad entry, a handoff and a ticket through the
 * model's function calls, usage; then the Realtime socket drops and the rules brain carries on in gather mode.
 */
async function recordRealtimeCall(): Promise<void> {
  const [realtime, twilioApi] = await Promise.all([startFakeRealtime(), startFakeTwilioApi()]);
  const env = { BRAIN: 'realtime', OPENAI_API_KEY: 'sk-test-realtime', OPENAI_REALTIME_URL: realtime.baseUrl };
  const harness = await startCallHarness({ env, activities: { twilio: twilioSettingsFor(twilioApi) } });
  try {
    const caller = harness.caller('+15557770003');
    const twiml = await caller.dial();
    const stream = await MediaStreamCaller.connect({
      url: twiml.stream!.url,
      authToken: AUTH_TOKEN,
      callSid: caller.callSid,
      parameters: {},
    });
    const session = realtime.nextSession();
    stream.start();
    const model = await session;
    await stream.until((heard) => heard.audio.length >= GREETING_FRAMES.length);
    for (const digit of '1042') stream.press(digit);
    await model.waitFor('conversation.item.create', (event) => JSON.stringify(event.item).includes('UE-1042'));
    model.callerSpeaks('Outlook keeps asking for my password.');
    await model.callFunction('handoff', { to: 'email', reason: 'Outlook password prompts' });
    await model.callFunction('create_ticket', {
      subject: 'Outlook password prompts',
      description: 'Outlook keeps asking for the password.',
      category: 'email',
      priority: 'medium',
    });
    model.drop();
    const update = await eventually(async () => twilioApi.requests.find((request) => request.kind === 'callUpdate'));
    await caller.redirected(update.params.Url ?? '');
    stream.stop();
    await caller.say('it is still asking for the password');
    await caller.hangUp('completed');
    await harness.finished(caller.callSid);
    const history = await harness.env.client.workflow.getHandle(`call-${caller.callSid}`).fetchHistory();
    await writeFile(path.join(dir, 'histories', 'call-realtime-fallback.json'), historyToJSON(history));
  } finally {
    await harness.close();
    await realtime.close();
    await twilioApi.close();
  }
}

/** A critical ticket on the time-skipping server: breach, escalation levels, a reply, resolution, auto-close. */
async function recordTicket(): Promise<void> {
  const harness = await startTicketHarness('time-skipping');
  try {
    // In business hours: the path recorded is the SLA ladder, not the after-hours page.
    await skipToNext(harness.env, MIDWEEK_NOON);
    const id = await harness.openTicket({ priority: 'critical', subject: 'Email server down' });
    const handle = harness.env.client.workflow.getHandle(ticketWorkflowId(id));
    await harness.view(id);
    await harness.env.sleep(40 * 60_000);
    await handle.signal(ticketCommandSignal, {
      command: { type: 'addMessage', visibility: 'public', authorKind: 'agent' },
      text: 'Restarting the service.',
    });
    await handle.signal(ticketCommandSignal, { command: { type: 'resolve', resolution: 'Service restarted.' } });
    await harness.env.sleep(4 * 24 * 60 * 60_000);
    await harness.view(id);
    await writeFile(path.join(dir, 'histories', 'ticket-critical-breach-resolve.json'), historyToJSON(await handle.fetchHistory()));
  } finally {
    await harness.close();
  }
}

/** A callback nobody answers: two attempts, a late status for the first, then the ticket is escalated. */
async function recordUnansweredCallback(): Promise<void> {
  const harness = await startTicketHarness('time-skipping');
  try {
    const ticketId = await harness.openTicket({ priority: 'medium', subject: 'Call me back about the VPN' });
    const callback = await harness.db.prisma.callback.create({
      data: {
        phone: '+15557770001',
        ticketId,
        reason: 'VPN follow-up',
        scheduledFor: new Date(await harness.env.currentTimeMs()),
        maxAttempts: 2,
      },
    });
    const handle = await harness.env.client.workflow.start('callbackWorkflow', {
      workflowId: callbackWorkflowId(callback.id),
      taskQueue: harness.taskQueue,
      args: [{ callbackId: callback.id, retryDelayMs: 60_000 }],
    });
    const dials = () => harness.twilio.requests.filter((request) => request.kind === 'call');
    // Attempts wait for the desk's business hours: skip time to each.
    const dialled = async (n: number) => {
      for (let tries = 0; tries < 50 && dials().length < n; tries++) {
        const { nextAttemptAt } = await handle.query(callbackViewQuery);
        const now = await harness.env.currentTimeMs();
        await harness.env.sleep(nextAttemptAt !== null && nextAttemptAt > now ? nextAttemptAt - now + 1000 : 1000);
      }
      const dial = dials()[n - 1];
      if (!dial) throw new Error(`attempt ${n} was not dialled`);
      return dial;
    };
    for (let attempt = 1; attempt <= 2; attempt++) {
      const dial = await dialled(attempt);
      if (attempt === 2) await handle.signal(callbackOutcomeSignal, { callSid: dials()[0]!.sid, outcome: 'completed' });
      await handle.signal(callbackOutcomeSignal, { callSid: dial.sid, outcome: 'no-answer' });
      await harness.env.sleep(2 * 60_000);
    }
    await handle.result();
    await writeFile(path.join(dir, 'histories', 'callback-unanswered.json'), historyToJSON(await handle.fetchHistory()));
  } finally {
    await harness.close();
  }
}

/**
 * The analytics workflows on a fixed day of synthetic traffic: the hourly rollup as its Schedule
 * starts it (a backfilled slot, so the scheduled time is fixed), and a two-day backfill with its
 * children (the daily one recorded too).
 */
async function recordRollups(): Promise<void> {
  const harness = await startTicketHarness('dev');
  const save = async (name: string, workflowId: string) =>
    writeFile(
      path.join(dir, 'histories', `${name}.json`),
      historyToJSON(await harness.env.client.workflow.getHandle(workflowId).fetchHistory()),
    );
  try {
    await generateActivity(harness.db.prisma, {
      tag: 'replay',
      from: new Date('2026-03-09T00:00:00Z'),
      to: new Date('2026-03-11T00:00:00Z'),
      calls: 200,
    });
    await ensureSchedules(harness.env.client, harness.taskQueue);
    const hourly = harness.env.client.schedule.getHandle('rollup-hourly');
    await hourly.pause('recording');
    await hourly.backfill({
      start: new Date('2026-03-10T10:00:00Z'),
      end: new Date('2026-03-10T10:30:00Z'),
      overlap: ScheduleOverlapPolicy.ALLOW_ALL,
    });
    const scheduledId = 'rollup-hourly-2026-03-10T10:05:00Z';
    await eventually(
      () =>
        harness.env.client.workflow
          .getHandle(scheduledId)
          .result()
          .then(() => true),
      30_000,
      'the scheduled rollup',
    );
    await save('rollup-hourly-scheduled', scheduledId);
    await runBackfill(harness.env.client, harness.taskQueue, { from: '2026-03-09', to: '2026-03-10' });
    const backfillId = rollupBackfillWorkflowId('2026-03-09', '2026-03-10');
    await save('rollup-backfill-two-days', backfillId);
    await save('rollup-daily-with-customers', `${backfillId}/day-2026-03-10`);
  } finally {
    await harness.close();
  }
}

const recorders: Record<string, () => Promise<void>> = {
  rollups: recordRollups,
  'call-escalate-to-human': recordEscalation,
  'call-supervisor-takeover': recordSupervisorTakeOver,
  'callback-unanswered': recordUnansweredCallback,
  'call-printer-ticket': recordCall,
  'call-priority-correction': recordPriorityCorrection,
  'call-goodbye-before-fix': recordGoodbyeBeforeFix,
  'call-text-brain-tools': recordTextBrainCall,
  'call-realtime-fallback': recordRealtimeCall,
  'ticket-critical-breach-resolve': recordTicket,
};
const wanted = process.argv.slice(2);
for (const name of wanted.length > 0 ? wanted : Object.keys(recorders)) {
  const record = recorders[name];
  if (!record) throw new Error(`unknown history ${name}; one of ${Object.keys(recorders).join(', ')}`);
  await record();
  console.log(`recorded ${name}`);
}
