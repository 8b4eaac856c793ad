/**
 * The panel in a real browser against the real API over a seeded database.
 *   node --import tsx --test admin/panel.e2e.test.ts
 * The browser: CHROMIUM_PATH, else an installed Chrome/Chromium, else the one in the
 * `@sparticuz/chromium` npm package (Linux x64), unpacked into .tools/ (infra/chromium.ts).
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { createLogger } from '../infra/logger';
import { buildAdminIfStale } from '../infra/admin-build';
import { publishEvent } from '../activities/events';
import { findChromium } from '../infra/chromium';
import { attachEventStream, type EventStream } from '../api/events/stream';
import { AGENT_EMAIL, AGENT_PASSWORD, startApiHarness, type ApiHarness } from '../tests/support/api-harness';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const SCREENSHOT = path.join(tmpdir(), 'urackit-panel-ticket.png');
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

let h: ApiHarness;
let server: ReturnType<ApiHarness['app']['listen']>;
let events: EventStream;
let context: BrowserContext;
let profileDir: string;
let baseUrl: string;

before(async () => {
  const { executablePath } = await findChromium(process.env.CHROMIUM_PATH, { toolsDir: path.join(repoRoot, '.tools') });
  await buildAdminIfStale(repoRoot);
  h = await startApiHarness({ extraDeps: { adminDist: path.join(repoRoot, 'admin', 'dist') } });
  server = h.app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  events = attachEventStream(server, { config: h.config, databaseUrl: h.db.url, logger: createLogger('panel-e2e', h.config) });
  profileDir = await mkdtemp(path.join(tmpdir(), 'urackit-chromium-'));
  context = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1440, height: 900 },
  });
  context.setDefaultTimeout(30_000);
});

after(async () => {
  await context?.close();
  await events?.close();
  await new Promise((resolve) => server?.close(resolve));
  await h?.close();
  if (profileDir) await rm(profileDir, { recursive: true, force: true });
});

/** Leaves a picture of the page behind when a step fails, for whoever reads the CI log. */
async function withFailureScreenshot(page: Page, name: string, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    const file = path.join(tmpdir(), `urackit-panel-failure-${name}.png`);
    await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
    throw Object.assign(error as Error, { message: `${(error as Error).message}\n(screenshot: ${file})` });
  }
}

async function login(page: Page, email: string, password: string): Promise<void> {
  // Start from a clean slate even if an earlier test stopped half-way, still signed in.
  await page.goto(`${baseUrl}/#/login`);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByText('Email').first().waitFor();
  await page.locator('input[name="username"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByText('Calls today').waitFor();
}

async function logout(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Profile' }).click();
  await page.getByRole('menuitem', { name: 'Logout' }).click();
  await page.locator('input[name="username"]').waitFor();
}

test('an admin signs in, filters tickets, opens one, escalates it and reads a call transcript', async () => {
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await withFailureScreenshot(page, 'admin', () => adminJourney(page, errors));
});

async function adminJourney(page: Page, errors: string[]): Promise<void> {
  await login(page, 'admin@urackit.local', 'admin123');
  await page.getByText('Open tickets by priority').waitFor();
  await page.getByText('Recent calls').waitFor();

  await page.getByRole('menuitem', { name: 'Tickets' }).click();
  await page.waitForURL(/#\/tickets/);
  await page.locator('tbody tr').first().waitFor();

  // Live refresh: a ticket written elsewhere plus its NOTIFY shows up without a reload.
  const [open, low] = await Promise.all([
    h.db.prisma.ticketStatus.findUniqueOrThrow({ where: { code: 'open' } }),
    h.db.prisma.ticketPriority.findUniqueOrThrow({ where: { code: 'low' } }),
  ]);
  const live = await h.db.prisma.supportTicket.create({
    data: { subject: 'Live: scanner offline', statusId: open.id, priorityId: low.id },
  });
  await publishEvent(h.db.prisma, { type: 'ticket.created', entity: 'ticket', id: live.id });
  await page.getByText('Live: scanner offline').waitFor();

  // By role: the column header's sort button is also labelled "Priority".
  await page.getByRole('combobox', { name: 'Priority' }).click();
  await page.getByRole('option', { name: 'High' }).click();
  await page.waitForURL(/priority%22%3A%22high/);
  const expected = await h.db.prisma.supportTicket.count({ where: { priority: { code: 'high' } } });
  await page.waitForFunction((count) => document.querySelectorAll('tbody tr').length === count, expected);
  const priorities = await page.locator('tbody tr td:nth-child(5)').allInnerTexts();
  assert.ok(priorities.length > 0 && priorities.every((text) => text.trim() === 'High'), `priorities: ${priorities.join(', ')}`);

  await page.locator('tbody tr').first().click();
  await page.getByTestId('ticket-subject').waitFor();
  await page.getByText('Resolution due').waitFor();
  const ticketId = Number(/#\/tickets\/(\d+)\/show/.exec(page.url())?.[1]);
  assert.ok(ticketId > 0);

  await page.getByRole('button', { name: 'Escalate' }).click();
  await page.getByRole('dialog').getByLabel('Reason').fill('VIP caller, second outage this week');
  await page.getByRole('dialog').getByRole('button', { name: 'Escalate' }).click();
  await page.getByText(`Ticket #${ticketId}: escalate sent`).waitFor();
  const escalation = h.commands.calls.find((call) => call.method === 'escalate');
  assert.deepEqual(escalation && [escalation.ticketId, escalation.input, escalation.actor.email], [
    ticketId,
    { reason: 'VIP caller, second outage this week' },
    'admin@urackit.local',
  ]);
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  await page.screenshot({ path: SCREENSHOT, fullPage: true });

  await page.getByRole('menuitem', { name: 'Calls' }).click();
  await page.waitForURL(/#\/calls/);
  await page.locator('tbody tr').first().click();
  await page.getByTestId('transcript').waitFor();
  assert.ok((await page.getByTestId('transcript').locator('p').count()) > 1, 'the transcript has lines');
  await page
    .getByTestId('transcript')
    .getByText(/^Caller/)
    .first()
    .waitFor();

  await page.getByRole('menuitem', { name: 'Panel users' }).click();
  await page.getByText('supervisor@urackit.local').waitFor();
  assert.deepEqual(errors, []);
  await logout(page);
}

test('a supervisor does not see users', async () => {
  const page = context.pages()[0] ?? (await context.newPage());
  await withFailureScreenshot(page, 'supervisor', () => supervisorJourney(page));
});

async function supervisorJourney(page: Page): Promise<void> {
  await login(page, 'supervisor@urackit.local', 'supervisor123');
  await page.getByRole('menuitem', { name: 'Tickets' }).waitFor();
  assert.equal(await page.getByRole('menuitem', { name: 'Panel users' }).count(), 0);
  await page.goto(`${baseUrl}/#/users`);
  await page.waitForTimeout(500);
  assert.equal(await page.getByText('admin@urackit.local').count(), 0, 'the users list is not rendered');
  await logout(page);
}

test('a technician asks for the next step on a ticket and searches the knowledge base as a caller would say it', async () => {
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await withFailureScreenshot(page, 'technician', () => technicianJourney(page, errors));
});

async function technicianJourney(page: Page, errors: string[]): Promise<void> {
  await login(page, AGENT_EMAIL, AGENT_PASSWORD);
  const ticket = await h.db.prisma.supportTicket.findFirstOrThrow({ where: { subject: 'Front desk printer jams on almost every page' } });
  await page.goto(`${baseUrl}/#/tickets/${ticket.id}/show`);
  await page.getByTestId('ticket-subject').waitFor();

  // The AI API's suggestions (rules brain here), citing the knowledge base.
  await page.getByRole('button', { name: 'Suggest next step' }).click();
  await page.getByTestId('suggested-action').first().waitFor();
  const cited = page.getByRole('dialog').getByTestId('suggestion-kb-link').first();
  assert.equal((await cited.innerText()).trim(), 'KB: Printer paper jam');
  await cited.click();
  await page.waitForURL(/#\/kb-articles\/\d+\/show/);
  await page.getByText('Printer paper jam').first().waitFor();

  // The KB list's search is the ranked search: no title contains these words, yet the right article comes first.
  await page.goto(`${baseUrl}/#/kb-articles`);
  await page.locator('tbody tr').first().waitFor();
  await page.getByPlaceholder('Search as a caller would say it').fill('the printer keeps jamming paper');
  await page.getByTestId('kb-snippet').first().waitFor();
  assert.equal((await page.locator('tbody tr').first().locator('td').first().innerText()).trim(), 'Printer paper jam');
  assert.match(await page.getByTestId('kb-snippet').first().innerText(), /jam/i);

  // The costs page reads the rollups.
  await page.getByRole('menuitem', { name: 'Costs' }).click();
  await page.getByText('Cost per call').waitFor();
  assert.deepEqual(errors, []);
  await logout(page);
}
