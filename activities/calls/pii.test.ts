import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { CallRecord } from '../../domain/calls/call-record';
import { seed } from '../../prisma/seed';
import { createTestDatabase, type TestDatabase } from '../../tests/support/database';
import { startFakeOpenAi, type FakeOpenAi } from '../../tests/support/fake-openai';
import { createTextBrainActivities } from '../brains/text-brain';
import { createCallAnalysisActivities } from './analysis';
import { createCallRecordActivities } from './records';
import { createCallToolActivities } from './tools';

/*
 * A caller reads out a password to have it reset, a card number to pay, a code from a text message.
 * Each is used in its turn; none may be found afterwards in what the call leaves behind.
 */

const SECRETS = /Summer|twenty twenty four|4111|1111 1111|4 8 2 9 1 7|482917/;
const STARTED = Date.UTC(2026, 10, 25, 15);

let db: TestDatabase;
let openAi: FakeOpenAi;
before(async () => {
  [db, openAi] = await Promise.all([createTestDatabase(), startFakeOpenAi([{ content: 'Let me reset that for you.' }])]);
  await seed(db.prisma);
});
after(async () => {
  await Promise.all([db?.drop(), openAi?.close()]);
});

function record(callSid: string): CallRecord {
  const line = (role: 'caller' | 'agent', text: string, second: number) => ({ role, agent: 'security', text, at: STARTED + second * 1000 });
  return {
    callSid,
    workflowId: `call-${callSid}`,
    direction: 'inbound',
    from: '+15551042102',
    to: '+15550100000',
    startedAt: STARTED,
    endedAt: STARTED + 120_000,
    status: 'completed',
    durationSeconds: 120,
    outcome: 'resolved',
    escalated: false,
    brain: 'rules',
    finalAgent: 'security',
    transcript: [
      line('caller', 'my code is you ee one oh four two and I need my password reset', 1),
      line('caller', 'my password is Summer twenty twenty four can you reset it', 2),
      line('caller', 'the code is 4 8 2 9 1 7', 3),
      line('caller', 'and pay the invoice with card four one one one 1111 1111 1111 please', 4),
      line('agent', 'Done. Your ticket is 48291.', 5),
    ],
    interactions: [
      {
        agent: 'security',
        startedAt: STARTED,
        endedAt: STARTED + 120_000,
        turns: 4,
        toolCalls: [
          {
            name: 'createTicket',
            args: { subject: 'Password reset', description: 'caller said my password is Summer twenty twenty four' },
            ok: true,
            at: STARTED + 2000,
          },
        ],
        outcome: 'resolved',
      },
    ],
    aiUsage: [],
  };
}

test('post-call: transcript, summary, analysis and tool calls are stored without the secrets said', async () => {
  const said = record('CA-pii-1');
  const analysis = await createCallAnalysisActivities({ apiKey: undefined, baseUrl: undefined, model: 'x', timeoutMs: 1000 }).analyzeCall({
    transcript: said.transcript,
    outcome: 'resolved',
  });
  assert.doesNotMatch(analysis.summary, SECRETS);
  await createCallRecordActivities(db.prisma).finalizeCall(said, {
    ...analysis,
    summary: `${analysis.summary} The password is Summer twenty twenty four.`,
  });
  const call = await db.prisma.callLog.findUniqueOrThrow({
    where: { callSid: 'CA-pii-1' },
    include: { interactions: true, analysis: true },
  });
  const stored = JSON.stringify([call.transcript, call.callSummary, call.interactions, call.analysis]);
  assert.doesNotMatch(stored, SECRETS);
  assert.match(stored, /\[password\]/);
  assert.match(stored, /\[code\]/);
  assert.match(stored, /\[card number\]/);
  assert.match(stored, /you ee one oh four two/, 'the U-E code is kept');
  assert.match(stored, /ticket is 48291/, 'the ticket number is kept');
  assert.equal((call.transcript as unknown[]).length, 5, 'every line is kept, only words are cut');
});

test('a ticket and a callback opened from a call keep the problem but not the password', async () => {
  const tools = createCallToolActivities(db.prisma);
  const context = { callSid: 'CA-pii-2', callerPhone: '+15551042102', transferNumber: '+15550100999', problem: 'outlook locked' };
  const ticket = await tools.createTicket(
    {
      subject: 'Reset password Summer2024',
      description: 'my password is Summer twenty twenty four and outlook is locked',
      category: 'security',
      priority: 'medium',
    },
    context,
  );
  const row = await db.prisma.supportTicket.findUniqueOrThrow({ where: { id: Number(ticket.id) } });
  assert.doesNotMatch(`${row.subject} ${row.description}`, /twenty twenty four/);
  assert.match(row.description ?? '', /my password is \[password\] and outlook is locked/);
});

test('the model hears a secret in the turn it is said, and never again', async () => {
  const brain = createTextBrainActivities({ apiKey: 'test', baseUrl: openAi.baseUrl, model: 'fake-model', timeoutMs: 5000 });
  await brain.textBrainTurn({
    agent: 'security',
    facts: [],
    messages: [
      { role: 'user', content: 'my password is Summer twenty twenty four can you reset it' },
      { role: 'assistant', content: 'Which account?' },
      { role: 'user', content: 'my work email, the code they sent is 4 8 2 9 1 7' },
    ],
  });
  const sent = openAi.requests.at(-1)?.messages.map((message) => message.content ?? '') ?? [];
  assert.ok(sent.includes('my password is [password] can you reset it'), 'the earlier turn is redacted');
  assert.ok(sent.includes('my work email, the code they sent is 4 8 2 9 1 7'), 'the current turn is sent as said');
});
