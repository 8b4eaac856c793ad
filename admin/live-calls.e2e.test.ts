/**
 * Live calls in a real browser: calls driven as Twilio would (TwilioCaller) through the voice edge
 * and a worker on the Temporal dev server (tests/support/call-harness.ts), watched and steered from
 * the panel served by the real API over the same PostgreSQL and Temporal.
 *   node --import tsx --test admin/live-calls.e2e.test.ts
 */
import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { hash } from '@node-rs/argon2';
import type { Page } from 'playwright-core';
import request from 'supertest';
import { createApp } from '../api/app';
import { createWorkflowCallCommands } from '../api/calls/workflow-commands';
import { attachEventStream, type EventStream } from '../api/events/stream';
import { createLogger } from '../infra/logger';
import type { TwilioCaller } from '../tools/twilio-caller';
import { testConfig } from '../tests/support/api-harness';
import { startCallHarness, type CallHarness } from '../tests/support/call-harness';
import { eventually } from '../tests/support/eventually';
import { startFakeTwilioApi, twilioSettingsFor, type FakeTwilioApi } from '../tests/support/fake-twilio-api';
import { adminDist, launchPanelBrowser, login, withFailureScreenshot, type PanelBrowser } from '../tests/support/panel-browser';

/** Seeded: Tom Becker of Harbor Point Dental Group (UE-1042). */
const KNOWN_CALLER = '+15551042102';
const AGENT = { email: 'tech@urackit.test', password: 'agent-password' };

let harness: CallHarness;
let twilio: FakeTwilioApi;
let server: Server;
let events: EventStream;
let attachEvents: () => Promise<EventStream>;
let browser: PanelBrowser;
let baseUrl: string;
let api: ReturnType<typeof createApp>;

before(async () => {
  browser = await launchPanelBrowser();
  twilio = await startFakeTwilioApi();
  harness = await startCallHarness({ activities: { twilio: twilioSettingsFor(twilio) } });
  const config = testConfig();
  const logger = createLogger('live-e2e', config);
  const callCommands = createWorkflowCallCommands({ client: harness.env.client });
  api = createApp({ config, prisma: harness.db.prisma, logger, callCommands, adminDist });
  server = await new Promise((resolve) => {
    const listening = api.listen(0, '127.0.0.1', () => resolve(listening));
  });
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  attachEvents = async () => {
    const stream = attachEventStream(server, { config, databaseUrl: harness.db.url, logger });
    await stream.ready;
    return stream;
  };
  events = await attachEvents();
  await harness.db.prisma.user.create({
    data: { email: AGENT.email, name: 'Alex Agent', role: 'agent', passwordHash: await hash(AGENT.password) },
  });
});

after(async () => {
  await browser?.close();
  await events?.close();
  await new Promise((resolve) => server?.close(resolve));
  await harness?.close();
  await twilio?.close();
});

async function newPage(): Promise<Page> {
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  return page;
}

async function callId(caller: TwilioCaller): Promise<number> {
  const row = await eventually(() =>
    harness.db.prisma.callLog.findUnique({ where: { callSid: caller.callSid } }).then((found) => found ?? undefined),
  );
  return row.id;
}

/** Lines of the transcript as the panel shows them (each bubble's text). */
async function shownLines(page: Page): Promise<string[]> {
  return page.getByTestId('transcript').locator('p.MuiTypography-body2').allInnerTexts();
}

/** Ends a call as Twilio would and waits for its post-call work, so the next test starts clean. */
async function hangUp(caller: TwilioCaller): Promise<void> {
  await caller.hangUp('completed');
  await harness.finished(caller.callSid);
}

test('a call in progress shows in the live view and its transcript grows line by line; a supervisor whispers from its page', async () => {
  const page = await newPage();
  await withFailureScreenshot(page, 'live-supervisor', async () => {
    await login(page, baseUrl, 'supervisor@urackit.local', 'supervisor123');
    await page.getByRole('menuitem', { name: 'Live calls' }).click();
    await page.getByText('No calls in progress.').waitFor();

    const caller = harness.caller(KNOWN_CALLER);
    await caller.dial();
    const card = page.locator(`[data-testid="live-call"][data-call-sid="${caller.callSid}"]`);
    await card.getByText('Harbor Point Dental Group').waitFor();
    await card.click();
    const id = await callId(caller);
    await page.waitForURL(new RegExp(`#/calls/${id}/show`));
    await page.getByTestId('live-chip').waitFor();
    const greeting = await shownLines(page);
    assert.ok(greeting.length > 0, 'the greeting is there');
    const temporal = page.getByRole('link', { name: 'Temporal' });
    assert.equal(await temporal.getAttribute('href'), `http://127.0.0.1:8233/namespaces/default/workflows/call-${caller.callSid}`);

    // Nothing reloads the page: the lines arrive through the event stream.
    await page.evaluate(() => Object.assign(window, { stillTheSamePage: true }));
    const ticking = await page.getByTestId('elapsed-time').first().innerText();
    await caller.say('my printer says paper jam');
    await page.getByTestId('transcript').getByText('my printer says paper jam', { exact: true }).waitFor();
    await page.getByTestId('current-agent').getByText('Agent: printer').waitFor();
    const afterTurn = await shownLines(page);
    assert.deepEqual(afterTurn.slice(0, greeting.length), greeting, 'earlier lines stay as they were');
    assert.ok(afterTurn.length >= greeting.length + 2, `the caller's line and the agent's answer: ${afterTurn.join(' | ')}`);
    assert.equal(await page.evaluate(() => (window as unknown as { stillTheSamePage?: boolean }).stillTheSamePage), true);
    await page.waitForFunction((before) => document.querySelector('[data-testid="elapsed-time"]')?.textContent !== before, ticking);

    await page.getByRole('button', { name: 'Whisper' }).click();
    await page.getByRole('dialog').getByLabel('Note for the agent').fill('this is a VIP, escalate early');
    await page.getByRole('dialog').getByRole('button', { name: 'Whisper' }).click();
    await page.getByText('Whispered to the agent').waitFor();
    await page
      .getByTestId('transcript')
      .getByText(/whispered: this is a VIP, escalate early/)
      .waitFor();

    // The agent's next reply follows the whisper: a VIP who is not helped goes to a technician.
    const next = await caller.say('no, that did not help');
    assert.ok(next.dial, 'the caller is handed to a person');
    await page
      .getByTestId('transcript')
      .getByText(/technician/)
      .first()
      .waitFor();

    await hangUp(caller);
    await page.getByTestId('live-chip').waitFor({ state: 'detached' });
    assert.equal(await page.getByRole('button', { name: 'Whisper' }).count(), 0, 'a finished call cannot be steered');
  });
});

test('an agent follows a live call without the steering actions, and the call opens for them when a transfer rings them', async () => {
  const page = await newPage();
  await withFailureScreenshot(page, 'live-agent', async () => {
    const technician = await harness.db.prisma.supportAgent.findFirstOrThrow({
      where: { kind: 'human', active: true, phone: { not: null } },
    });
    await login(page, baseUrl, AGENT.email, AGENT.password);
    // The login of a panel user linked to a support agent carries its id; this one is linked in its session.
    await page.evaluate((supportAgentId) => {
      const session = JSON.parse(localStorage.getItem('urackit.session') ?? '{}') as { user: Record<string, unknown> };
      session.user.supportAgentId = supportAgentId;
      localStorage.setItem('urackit.session', JSON.stringify(session));
    }, technician.id);
    await page.reload();

    const caller = harness.caller(KNOWN_CALLER);
    await caller.dial();
    await caller.say('my laptop will not connect to the vpn');
    const id = await callId(caller);
    await page.goto(`${baseUrl}/#/calls/${id}/show`);
    await page.getByTestId('transcript').getByText('my laptop will not connect to the vpn', { exact: true }).waitFor();
    await page.getByRole('link', { name: 'Temporal' }).waitFor();
    await page.waitForTimeout(500);
    for (const action of ['Whisper', 'Take over', 'End call']) {
      assert.equal(await page.getByRole('button', { name: action }).count(), 0, `${action} is not offered to an agent`);
    }

    // A supervisor puts the caller through to this agent's technician: Twilio fetches the transfer.
    await page.goto(`${baseUrl}/#/tickets`);
    await page.locator('tbody tr').first().waitFor();
    const supervisor = await request(api).post('/auth/login').send({ email: 'supervisor@urackit.local', password: 'supervisor123' });
    const taken = await request(api)
      .post(`/calls/${id}/take-over`)
      .set('Authorization', `Bearer ${supervisor.body.token}`)
      .send({ technicianId: technician.id });
    assert.equal(taken.status, 200, JSON.stringify(taken.body));
    const update = await eventually(async () => twilio.requests.find((sent) => sent.kind === 'callUpdate' && sent.sid === caller.callSid));
    const transfer = await caller.redirected(update.params.Url ?? '');
    assert.equal(transfer.dial, technician.phone);

    await page.waitForURL(new RegExp(`#/calls/${id}/show`));
    await page.getByText('A call is being transferred to you').waitFor();
    await page.getByTestId('transcript').getByText('my laptop will not connect to the vpn', { exact: true }).waitFor();
    await caller.transferEnded(transfer, 'completed');
    await hangUp(caller);
  });
});

test("an admin ends a call from its page; steering a call that has ended shows the API's reason", async () => {
  const page = await newPage();
  await withFailureScreenshot(page, 'live-end', async () => {
    await login(page, baseUrl, 'admin@urackit.local', 'admin123');
    const caller = harness.caller(KNOWN_CALLER);
    await caller.dial();
    const id = await callId(caller);
    await page.goto(`${baseUrl}/#/calls/${id}/show`);
    await page.getByTestId('live-chip').waitFor();

    await page.getByRole('button', { name: 'End call' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'End call' }).click();
    await page.getByText('Ending the call').waitFor();
    const update = await eventually(async () => twilio.requests.find((sent) => sent.kind === 'callUpdate' && sent.sid === caller.callSid));
    const goodbye = await caller.redirected(update.params.Url ?? '');
    assert.equal(goodbye.hangup, true);

    // The caller has been told goodbye but Twilio has not reported the hang-up yet: the call still shows as live.
    await page.getByRole('button', { name: 'Whisper' }).click();
    await page.getByRole('dialog').getByLabel('Note for the agent').fill('one more thing');
    await page.getByRole('dialog').getByRole('button', { name: 'Whisper' }).click();
    await page.getByText('the call has already ended').waitFor();
    await hangUp(caller);
  });
});

test('a panel whose event stream broke catches up from the last event it saw', async () => {
  const page = await newPage();
  await withFailureScreenshot(page, 'live-reconnect', async () => {
    await login(page, baseUrl, 'supervisor@urackit.local', 'supervisor123');
    const caller = harness.caller(KNOWN_CALLER);
    await caller.dial();
    const id = await callId(caller);
    await page.goto(`${baseUrl}/#/calls/${id}/show`);
    await page.getByTestId('live-chip').waitFor();
    await caller.say('my printer says paper jam');
    await page.getByTestId('transcript').getByText('my printer says paper jam', { exact: true }).waitFor();

    // The API drops every panel's socket; the caller speaks while nobody is listening.
    const reconnects: string[] = [];
    page.on('websocket', (socket) => reconnects.push(socket.url()));
    await events.close();
    try {
      // The panel's first attempt to reconnect (refused: nothing listens) comes a second after the break,
      // when what it was still fetching from before has landed: what follows can only come through the log.
      await page.waitForEvent('websocket');
      const turnsBefore = await harness.db.prisma.event.count({ where: { type: 'call.turn', entityId: caller.callSid } });
      await caller.say('no, that did not help');
      // The turn is announced after the reply; it must be in the log before panels can listen again.
      await eventually(
        async () => (await harness.db.prisma.event.count({ where: { type: 'call.turn', entityId: caller.callSid } })) > turnsBefore,
      );
    } finally {
      events = await attachEvents();
    }

    await page.getByTestId('transcript').getByText('no, that did not help', { exact: true }).waitFor();
    assert.ok(
      reconnects.some((url) => /[?&]since=\d+/.test(url)),
      `the panel asked for what came after its last event: ${reconnects.join(', ')}`,
    );
    await hangUp(caller);
  });
});
