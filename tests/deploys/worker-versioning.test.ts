import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { decodeVersioningBehavior, type WorkerDeploymentVersion } from '@temporalio/common';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker, type WorkflowBundle } from '@temporalio/worker';
import { fileURLToPath } from 'node:url';
import { parseConfig } from '../../domain/config';
import { createLogger } from '../../infra/logger';
import { bundleBuildId, currentVersion, promoteAtStart, setCurrentVersion } from '../../infra/worker-deployment';
import { seed } from '../../prisma/seed';
import { TwilioCaller, type TwimlTurn } from '../../tools/twilio-caller';
import { createVoiceApp } from '../../voice-edge/app';
import type { CallResult } from '../../workflows/call/call-workflow';
import { callWorkflowId } from '../../workflows/call/messages';
import { ticketCommandUpdate, ticketWorkflowId } from '../../workflows/ticket/messages';
import { bundleWorkflows, createWorker } from '../../workers/worker';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { startDevServer, workflowBundle, testDataConverter, testPayloadCodec } from '../support/temporal';

/**
 * A deployment in the middle of calls, on a real Temporal dev server: release A's worker answers
 * calls; release B (a CallWorkflow with an extra first step) is deployed beside it and made
 * current. Calls in progress finish on A, new ones run on B, nobody meets a non-determinism error,
 * and tickets (auto-upgrading) move to B on their next task.
 */
const AUTH_TOKEN = 'test-twilio-auth-token';
const TASK_QUEUE = 'deploys-under-test';
const DEPLOYMENT = 'urackit-deploy-test';
/** Seeded: Tom Becker of Harbor Point Dental Group (UE-1042). */
const KNOWN_CALLER = '+15551042102';
const releaseBPath = fileURLToPath(new URL('./release-b/workflows.ts', import.meta.url));

interface Release {
  version: WorkerDeploymentVersion;
  bundle: WorkflowBundle;
  worker?: Worker;
  running?: Promise<void>;
}

let env: TestWorkflowEnvironment;
let db: TestDatabase;
let server: Server;
let voiceUrl: string;
const releases: Record<'A' | 'B', Release> = {} as Record<'A' | 'B', Release>;
/** The workflow id of a ticket opened while A was current. */
let ticketOpenedOnA: string | undefined;

function release(bundle: WorkflowBundle): Release {
  return { bundle, version: { deploymentName: DEPLOYMENT, buildId: bundleBuildId(bundle.code) } };
}

async function startRelease(which: Release): Promise<void> {
  which.worker = await createWorker({
    connection: env.nativeConnection,
    payloadCodec: testPayloadCodec,
    namespace: env.namespace ?? 'default',
    taskQueue: TASK_QUEUE,
    deps: { prisma: db.prisma, temporal: { client: env.client, taskQueue: TASK_QUEUE } },
    workflowBundle: which.bundle,
    deploymentVersion: which.version,
  });
  which.running = which.worker.run();
}

before(async () => {
  const bundleB = bundleWorkflows(releaseBPath);
  [env, db] = await Promise.all([startDevServer(), createTestDatabase()]);
  await seed(db.prisma);
  releases.A = release(await workflowBundle());
  releases.B = release(await bundleB);
  const config = parseConfig({ LOG_LEVEL: 'silent', TWILIO_AUTH_TOKEN: AUTH_TOKEN, TEMPORAL_TASK_QUEUE: TASK_QUEUE });
  const app = createVoiceApp({
    config,
    temporal: { client: env.client, connection: env.connection },
    logger: createLogger('voice', config),
  });
  server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  voiceUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  await new Promise((resolve) => server?.close(resolve));
  for (const which of [releases.A, releases.B]) {
    which?.worker?.shutdown();
    await which?.running;
  }
  await env?.teardown();
  await db?.drop();
});

function caller(): TwilioCaller {
  return new TwilioCaller({ baseUrl: voiceUrl, authToken: AUTH_TOKEN, from: KNOWN_CALLER });
}

function spoken(turn: TwimlTurn): string {
  return turn.say.join(' ');
}

/** Dials and describes a printer jam: the call is now mid-troubleshooting, waiting for the caller. */
async function callInProgress(): Promise<TwilioCaller> {
  const call = caller();
  const greeting = await call.dial();
  assert.equal(greeting.status, 200);
  assert.match(spoken(greeting), /Tom/);
  const step = await call.say('the printer keeps saying paper jam and nothing comes out');
  assert.ok(step.gatherAction, `the call waits for the caller: ${spoken(step)}`);
  return call;
}

/** "Still broken" until the agent opens a ticket and reads its number out; returns the ticket's workflow id. */
async function untilTicket(call: TwilioCaller): Promise<string> {
  let turn: TwimlTurn | undefined;
  for (let i = 0; i < 12 && !(turn && /ticket/i.test(spoken(turn))); i++) turn = await call.say('no, still broken');
  assert.ok(turn && /ticket/i.test(spoken(turn)), 'a ticket is opened');
  const ticket = await db.prisma.supportTicket.findFirstOrThrow({ where: { idempotencyKey: `call:${call.callSid}` } });
  return ticketWorkflowId(ticket.id);
}

/** Goodbye, then Twilio's status callback; resolves when the call's workflow has done its post-call work. */
async function hangUp(call: TwilioCaller): Promise<CallResult> {
  assert.ok((await call.say('no that is all, bye')).hangup);
  assert.equal(await call.hangUp('completed'), 204);
  return (await env.client.workflow.getHandle(callWorkflowId(call.callSid)).result()) as CallResult;
}

interface RunFacts {
  buildId: string | undefined;
  behavior: 'PINNED' | 'AUTO_UPGRADE' | undefined;
  release: unknown;
  /** The build id of every worker that completed a workflow task of this run. */
  taskBuildIds: Set<string>;
  failedTasks: number;
}

async function runFacts(workflowId: string): Promise<RunFacts> {
  const handle = env.client.workflow.getHandle(workflowId);
  const described = await handle.describe();
  const versioning = described.raw.workflowExecutionInfo?.versioningInfo;
  const history = await handle.fetchHistory();
  const events = history.events ?? [];
  const completed = events.flatMap((event) =>
    event.workflowTaskCompletedEventAttributes ? [event.workflowTaskCompletedEventAttributes] : [],
  );
  return {
    buildId: versioning?.deploymentVersion?.buildId ?? undefined,
    behavior: decodeVersioningBehavior(versioning?.behavior),
    release: described.memo?.release,
    taskBuildIds: new Set(completed.map((task) => task.deploymentVersion?.buildId ?? 'unversioned')),
    failedTasks: events.filter((event) => event.workflowTaskFailedEventAttributes).length,
  };
}

test('release B is a different bundle, so a different deployment version', () => {
  assert.notEqual(releases.A.version.buildId, releases.B.version.buildId);
  assert.equal(bundleBuildId(releases.A.bundle.code), releases.A.version.buildId, 'the same code always names the same version');
});

test('calls in progress finish on the release they started on; new calls run on the new one', async () => {
  await startRelease(releases.A);
  assert.equal(await promoteAtStart(env.connection, env.namespace ?? 'default', releases.A.version, 'always'), 'promoted');
  const inFlight = await Promise.all([callInProgress(), callInProgress(), callInProgress()]);
  // One caller is further along: their ticket is open (its workflow started on A), and they are still on the line.
  ticketOpenedOnA = await untilTicket(inFlight[0]!);
  assert.deepEqual([...(await runFacts(ticketOpenedOnA)).taskBuildIds], [releases.A.version.buildId]);
  const historyOnA = await env.client.workflow.getHandle(callWorkflowId(inFlight[1]!.callSid)).fetchHistory();

  // Deploy B beside A; it takes no calls until an operator (here: the test) makes it current.
  await startRelease(releases.B);
  assert.equal(await promoteAtStart(env.connection, env.namespace ?? 'default', releases.B.version, 'never'), 'left as it is');
  assert.equal((await currentVersion(env.connection, env.namespace ?? 'default', DEPLOYMENT))?.buildId, releases.A.version.buildId);
  assert.equal(await setCurrentVersion(env.connection, env.namespace ?? 'default', releases.B.version), true);
  assert.equal(
    await setCurrentVersion(env.connection, env.namespace ?? 'default', releases.B.version),
    false,
    'promoting twice is a no-op',
  );

  const fresh = await Promise.all([callInProgress(), callInProgress()]);
  await Promise.all([...inFlight.slice(1), ...fresh].map(untilTicket));
  const results = await Promise.all([...inFlight, ...fresh].map(hangUp));
  for (const result of results) assert.equal(result.outcome, 'ticket_created');

  for (const call of inFlight) {
    const facts = await runFacts(callWorkflowId(call.callSid));
    assert.equal(facts.buildId, releases.A.version.buildId, 'a call in progress stays pinned to A');
    assert.equal(facts.behavior, 'PINNED');
    assert.deepEqual([...facts.taskBuildIds], [releases.A.version.buildId], "only A's worker ran its tasks");
    assert.equal(facts.release, undefined, "B's extra step never ran in A's call");
    assert.equal(facts.failedTasks, 0, 'no workflow task failed (no non-determinism error)');
  }
  for (const call of fresh) {
    const facts = await runFacts(callWorkflowId(call.callSid));
    assert.equal(facts.buildId, releases.B.version.buildId);
    assert.deepEqual([...facts.taskBuildIds], [releases.B.version.buildId]);
    assert.equal(facts.release, 'B', "a new call ran B's code");
    assert.equal(facts.failedTasks, 0);
  }
  const logs = await db.prisma.callLog.findMany({ where: { callSid: { in: [...inFlight, ...fresh].map((call) => call.callSid) } } });
  assert.equal(logs.length, 5, 'every call wrote its call log');
  for (const log of logs) assert.match(JSON.stringify(log.transcript), /paper jam/);

  // Without pinning, B would have had to replay A's calls, and could not: this is what the deploy avoided.
  await assert.doesNotReject(
    Worker.runReplayHistory({ workflowBundle: releases.A.bundle, dataConverter: testDataConverter }, historyOnA, 'call-on-a'),
  );
  await assert.rejects(
    Worker.runReplayHistory({ workflowBundle: releases.B.bundle, dataConverter: testDataConverter }, historyOnA, 'call-on-a'),
    {
      name: 'DeterminismViolationError',
    },
  );
});

test('a ticket opened on A moves to B with its next command (tickets auto-upgrade)', async () => {
  const workflowId = ticketOpenedOnA;
  assert.ok(workflowId, 'the previous test opened a ticket on A');
  assert.ok((await runFacts(workflowId)).taskBuildIds.has(releases.A.version.buildId), 'the ticket started on A');
  const view = await env.client.workflow
    .getHandle(workflowId)
    .executeUpdate(ticketCommandUpdate, { args: [{ command: { type: 'changePriority', priority: 'high' }, requestId: 'deploy-test-1' }] });
  assert.equal(view.priority, 'high');
  const afterCommand = await runFacts(workflowId);
  assert.equal(afterCommand.buildId, releases.B.version.buildId, 'the ticket now runs on B');
  assert.equal(afterCommand.behavior, 'AUTO_UPGRADE');
  assert.equal(afterCommand.failedTasks, 0);
});
