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

await recordCall();
console.log('recorded');
