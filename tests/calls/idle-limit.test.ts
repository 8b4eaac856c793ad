import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { callWorkflowId } from '../../workflows/call/messages';
import { startCallHarness, type CallHarness } from '../support/call-harness';

/*
 * A call whose line goes quiet (no turn, no status callback from Twilio) is treated as dropped 15
 * minutes after the caller's last turn, not after the greeting: the idle timer runs from the last
 * activity, whenever it was set.
 */
let harness: CallHarness;
before(async () => {
  harness = await startCallHarness({ server: 'time-skipping' });
});
after(async () => {
  await harness?.close();
});

async function running(callSid: string): Promise<boolean> {
  const description = await harness.env.client.workflow.getHandle(callWorkflowId(callSid)).describe();
  return description.status.name === 'RUNNING';
}

test('a call that goes quiet ends as dropped 15 minutes after the last turn, not 15 minutes after it began', async () => {
  const caller = harness.caller('+15551042102');
  await caller.dial();
  await harness.env.sleep('10 minutes');
  const turn = await caller.say('my printer says paper jam');
  assert.equal(turn.status, 200);
  await harness.env.sleep('14 minutes');
  assert.ok(await running(caller.callSid), '14 minutes after the last turn the call is still open');
  await harness.env.sleep('2 minutes');
  const result = await harness.finished(caller.callSid);
  assert.equal(result.outcome, 'callback_scheduled', 'dropped mid-troubleshooting: a callback is kept');
  const call = await harness.db.prisma.callLog.findUniqueOrThrow({ where: { callSid: caller.callSid } });
  assert.equal(call.status, 'abandoned');
  assert.ok((call.durationSeconds ?? 0) >= 24 * 60, 'it lasted past the 15 minutes after the last turn');
});
