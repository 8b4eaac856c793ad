import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startTracing, type Tracing } from '../../infra/tracing';
import { startCallHarness, type CallHarness } from '../support/call-harness';
import { OtlpCollectorDouble } from '../support/otlp-collector';

/*
 * A call with tracing on, exported to a collector double: the webhook's span is the root of one
 * trace that runs through the CallWorkflow, its activities and their database queries; and the
 * voice edge's /metrics has the call's turn latencies afterwards.
 */

/** Seeded: Tom Becker of Harbor Point Dental Group (UE-1042). */
const KNOWN_CALLER = '+15551042102';

let harness: CallHarness;
let tracing: Tracing;
const collector = new OtlpCollectorDouble();

before(async () => {
  const endpoint = await collector.start();
  // Started before the harness, so the harness's database client traces its queries.
  tracing = startTracing('test', endpoint)!;
  harness = await startCallHarness({ tracing });
});
after(async () => {
  await harness?.close();
  await tracing?.shutdown();
  await collector.stop();
});

test('a call is one trace: webhook → workflow → activity → database', async () => {
  const caller = harness.caller(KNOWN_CALLER);
  const greeting = await caller.dial();
  assert.equal(greeting.status, 200);
  await caller.say('my printer is offline');
  assert.equal(await caller.hangUp('completed'), 204);
  await harness.finished(caller.callSid);
  await tracing.spanProcessor.forceFlush();

  const webhook = collector.spans.find((span) => span.name === 'twilio greeting');
  assert.ok(webhook, `no webhook span among ${[...new Set(collector.spans.map((span) => span.name))].join(', ')}`);
  assert.equal(webhook.parentSpanId, undefined, 'the webhook starts the trace');
  const trace = collector.spans.filter((span) => span.traceId === webhook.traceId);

  const workflow = trace.find((span) => span.name === 'RunWorkflow:callWorkflow');
  assert.ok(workflow, `no workflow span in the trace: ${[...new Set(trace.map((span) => span.name))].join(', ')}`);
  assert.ok(collector.ancestors(workflow).includes(webhook), 'the workflow run descends from the webhook');

  const activity = trace.find((span) => span.name.startsWith('RunActivity:') && collector.ancestors(span).includes(workflow));
  assert.ok(activity, 'an activity span under the workflow');

  const query = trace.find(
    (span) => span.name.startsWith('prisma ') && collector.ancestors(span).some((ancestor) => ancestor.name.startsWith('RunActivity:')),
  );
  assert.ok(query, 'a database query under an activity');
});

test('the voice edge’s /metrics has the call’s greeting and turn latencies', async () => {
  const response = await fetch(`${harness.voiceUrl}/metrics`);
  assert.equal(response.status, 200);
  const text = await response.text();
  const count = (kind: string) =>
    Number(
      text
        .split('\n')
        .find(
          (line) =>
            line.startsWith('urackit_call_turn_duration_seconds_count{') &&
            line.includes(`kind="${kind}"`) &&
            line.includes('outcome="ok"'),
        )
        ?.split(' ')
        .at(-1) ?? 0,
    );
  assert.ok(count('greeting') >= 1, 'a greeting was timed');
  assert.ok(count('turn') >= 1, 'a turn was timed');
  assert.match(text, /urackit_http_request_duration_seconds_bucket\{[^}]*route="\/twilio\/gather"/);
  assert.match(text, /urackit_calls_started_total\{service="voice-edge"\} [1-9]/);
});
