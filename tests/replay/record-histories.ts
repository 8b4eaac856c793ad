/**
 * Records workflow histories for the replay tests: `node --import tsx tests/replay/record-histories.ts`.
 * Run it only when a workflow's behaviour is meant to change; otherwise a failing replay test means a
 * change broke determinism and needs `patched()`.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { startCallHarness } from '../support/call-harness';
import { startTicketHarness } from '../support/ticket-harness';
import { ticketCommandSignal, ticketWorkflowId } from '../../workflows/ticket/messages';

const dir = path.dirname(fileURLToPath(import.meta.url));

async function recordCall(): Promise<void> {
  const harness = await startCallHarness();
  try {
    const caller = harness.caller('+15551042102');
    await caller.dial();
    await caller.say('the printer says paper jam');
    for (let i = 0; i < 8; i++) {
      const turn = await caller.say('no, still broken');
      if (/ticket/i.test(turn.say.join(' '))) break;
    }
    await caller.say('no thanks, bye');
    await caller.hangUp('completed');
    await harness.finished(caller.callSid);
    const history = await harness.env.client.workflow.getHandle(`call-${caller.callSid}`).fetchHistory();
    await writeFile(path.join(dir, 'histories', 'call-printer-ticket.json'), historyToJSON(history));
  } finally {
    await harness.close();
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

await recordCall();
await recordTicket();
console.log('recorded');
