import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startCallHarness, type CallHarness } from '../support/call-harness';
import { startFakeOpenAi, type FakeOpenAi } from '../support/fake-openai';

const KNOWN_CALLER = '+15551042102';
let harness: CallHarness;
let model: FakeOpenAi;

before(async () => {
  model = await startFakeOpenAi([
    { content: 'Hi Tom, thanks for calling URackIT support. What can I help you with today?' },
    { content: '', toolCalls: [{ name: 'search_kb', arguments: { query: 'printer paper jam', category: 'printer' } }] },
    { content: 'Let us start simple: turn the printer off, wait ten seconds, and open the front door. Did that clear it?' },
    // From here on the model is down: every request fails.
  ]);
  const settings = { OPENAI_API_KEY: 'sk-test-key', OPENAI_BASE_URL: model.baseUrl, OPENAI_MODEL: 'gpt-4o-mini' };
  harness = await startCallHarness({
    env: settings,
    activities: { textBrain: { apiKey: settings.OPENAI_API_KEY, baseUrl: model.baseUrl, model: 'gpt-4o-mini', timeoutMs: 2000 } },
  });
});
after(async () => {
  await harness?.close();
  await model?.close();
});

test('the text brain answers through the model, runs its tool calls, and falls back to rules when the model fails', async () => {
  const caller = harness.caller(KNOWN_CALLER);
  const greeting = await caller.dial();
  assert.deepEqual(greeting.say, ['Hi Tom, thanks for calling URackIT support. What can I help you with today?']);
  assert.equal((await harness.snapshot(caller.callSid)).brain, 'text');

  const advice = await caller.say('my printer keeps jamming');
  assert.match(advice.say.join(' '), /turn the printer off/);
  // The model saw the tool's result: the seeded paper-jam article.
  const toolMessage = model.requests[2]!.messages.find((message) => message.role === 'tool');
  assert.match(toolMessage?.content ?? '', /printer-paper-jam/);

  const afterFailure = await caller.say('no, it is still jammed');
  assert.ok(afterFailure.say.length > 0, 'the caller never hears silence');
  assert.ok(afterFailure.gatherAction, 'the call goes on');
  assert.match(
    afterFailure.say.join(' '),
    /printer|paper|jam/i,
    `the rules brain picks up the printer problem: ${afterFailure.say.join(' ')}`,
  );

  const snapshot = await harness.snapshot(caller.callSid);
  assert.equal(snapshot.brain, 'rules');
  const callerLines = snapshot.transcript.filter((line) => line.role === 'caller').map((line) => line.text);
  assert.deepEqual(callerLines, ['my printer keeps jamming', 'no, it is still jammed']);
  assert.ok(
    snapshot.transcript.some((line) => line.role === 'agent' && line.text.startsWith('Hi Tom')),
    'the model’s turns are kept',
  );

  await caller.hangUp('completed');
  await harness.finished(caller.callSid);
  const usage = await harness.db.prisma.aiUsageLog.findMany({ where: { callLog: { callSid: caller.callSid } }, orderBy: { id: 'asc' } });
  const openAiTurns = usage.filter((row) => row.provider === 'openai');
  assert.equal(openAiTurns.length, 3);
  assert.ok(openAiTurns.every((row) => row.promptTokens === 120 && Number(row.costUsd) > 0));
  assert.ok(usage.some((row) => row.provider === 'rules'));
});
