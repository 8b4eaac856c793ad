/**
 * Records workflow histories for the replay tests: `node --import tsx tests/replay/record-histories.ts [name…]`
 * (all of them, or only the named ones, e.g. `call-text-brain-tools`). Keep the older recordings
 * (`*.v1.json`): they replay the code paths that `patched()` keeps for workflows started before a change.
 * Run it only when a workflow's behaviour is meant to change; otherwise a failing replay test means a
 * change broke determinism and needs `patched()`.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { startCallHarness } from '../support/call-harness';
import { startFakeOpenAi } from '../support/fake-openai';
import { startTicketHarness } from '../support/ticket-harness';
import type { TwilioCaller } from '../../tools/twilio-caller';
import { ticketCommandSignal, ticketWorkflowId } from '../../workflows/ticket/messages';

const dir = path.dirname(fileURLToPath(import.meta.url));

type CallHarnessOptions = Parameters<typeof startCallHarness>[0];

/** Plays one call from the seeded known caller through `script`, hangs up and saves its history as `name`. */
async function recordCallHistory(
  name: string,
  script: (caller: TwilioCaller) => Promise<void>,
  options?: CallHarnessOptions,
): Promise<void> {
  const harness = await startCallHarness(options);
  try {
    const caller = harness.caller('+15551042102');
    await caller.dial();
    await script(caller);
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

/** A critical ticket on the time-skipping server: breach, escalation levels, a reply, resolution, auto-close. */
async function recordTicket(): Promise<void> {
  const harness = await startTicketHarness('time-skipping');
  try {
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

const recorders: Record<string, () => Promise<void>> = {
  'call-printer-ticket': recordCall,
  'call-goodbye-before-fix': recordGoodbyeBeforeFix,
  'call-text-brain-tools': recordTextBrainCall,
  'ticket-critical-breach-resolve': recordTicket,
};
const wanted = process.argv.slice(2);
for (const name of wanted.length > 0 ? wanted : Object.keys(recorders)) {
  const record = recorders[name];
  if (!record) throw new Error(`unknown history ${name}; one of ${Object.keys(recorders).join(', ')}`);
  await record();
  console.log(`recorded ${name}`);
}
