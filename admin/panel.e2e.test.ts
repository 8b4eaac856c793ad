/**
 * The panel in a real browser against the real API over a seeded database.
 *   node --import tsx --test admin/panel.e2e.test.ts
 * (tests/support/panel-browser.ts says which browser.)
 */
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { serviceFigures } from '../activities/analytics/rollups';
import { publishEvent } from '../activities/events';
import { attachEventStream, type EventStream } from '../api/events/stream';
import { createLogger } from '../infra/logger';
import { AGENT_EMAIL, AGENT_PASSWORD, startApiHarness, type ApiHarness } from '../tests/support/api-harness';
import {
  adminDist,
  launchPanelBrowser,
  login as signIn,
  logout,
  withFailureScreenshot,
  type PanelBrowser,
} from '../tests/support/panel-browser';
import { generateActivity } from '../tests/support/synthetic-activity';

const SCREENSHOT = path.join(tmpdir(), 'urackit-panel-ticket.png');

let h: ApiHarness;
let server: ReturnType<ApiHarness['app']['listen']>;
let events: EventStream;
let browser: PanelBrowser;
let baseUrl: string;

before(async () => {
  browser = await launchPanelBrowser();
  h = await startApiHarness({ extraDeps: { adminDist } });
  server = h.app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  events = attachEventStream(server, { config: h.config, databaseUrl: h.db.url, logger: createLogger('panel-e2e', h.config) });
});

after(async () => {
  await browser?.close();
  await events?.close();
  await new Promise((resolve) => server?.close(resolve));
  await h?.close();
});

const login = (page: Page, email: string, password: string) => signIn(page, baseUrl, email, password);

test('an admin signs in, filters tickets, opens one, escalates it and reads a call transcript', async () => {
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
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

  await page.getByRole('menuitem', { name: 'Calls', exact: true }).click();
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
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
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

test('a supervisor draws the activity charts for a chosen week, per day and per hour', async () => {
  // A known week of traffic, far from today, so the figures do not depend on when the test runs.
  await generateActivity(h.db.prisma, {
    tag: 'charts',
    from: new Date('2025-02-03T00:00:00Z'),
    to: new Date('2025-02-10T00:00:00Z'),
    calls: 300,
  });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await withFailureScreenshot(page, 'activity-charts', async () => {
    await login(page, 'supervisor@urackit.local', 'supervisor123');
    await page.getByText('Activity (UTC)').waitFor();
    await page.getByTestId('activity-from').fill('2025-02-03');
    await page.getByTestId('activity-to').fill('2025-02-09');
    const week = await serviceFigures(h.db.prisma, new Date('2025-02-03T00:00:00Z'), new Date('2025-02-10T00:00:00Z'));
    const totals = page.getByTestId('activity-totals');
    await totals.filter({ hasText: `${week.calls} calls · ${week.resolved_by_ai} resolved by AI` }).waitFor();
    assert.match(await totals.innerText(), new RegExp(`SLA ${week.sla_met} met, ${week.sla_breached} breached`));
    assert.equal((await page.getByTestId('activity-calls-chart').locator('.recharts-bar-rectangle').count()) > 0, true, 'bars are drawn');

    await page.getByTestId('activity-from').fill('2025-02-05');
    await page.getByTestId('activity-to').fill('2025-02-05');
    await page.getByRole('button', { name: 'Per hour' }).click();
    const day = await serviceFigures(h.db.prisma, new Date('2025-02-05T00:00:00Z'), new Date('2025-02-06T00:00:00Z'));
    await totals.filter({ hasText: `${day.calls} calls ·` }).waitFor();
    assert.ok(await page.getByText('13h').count(), 'hourly bars are labelled by hour');
  });
  assert.deepEqual(errors, []);
  await logout(page);
});

test('a technician asks for the next step on a ticket and searches the knowledge base as a caller would say it', async () => {
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
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

test("a supervisor gives an organisation an account manager and a domain, links a device to a contact, and reads a caller's history", async () => {
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await withFailureScreenshot(page, 'records', () => recordsJourney(page));
});

/** Picks an option of the react-admin AutocompleteInput labelled `label`. */
async function choose(page: Page, label: string, text: string): Promise<void> {
  await page.getByRole('combobox', { name: label }).fill(text);
  await page
    .getByRole('option', { name: new RegExp(text) })
    .first()
    .click();
}

async function recordsJourney(page: Page): Promise<void> {
  const [busiest] = await h.db.prisma.callLog.groupBy({
    by: ['contactId'],
    where: { contactId: { not: null } },
    _count: { _all: true },
    orderBy: { _count: { contactId: 'desc' } },
    take: 1,
  });
  const contact = await h.db.prisma.contact.findUniqueOrThrow({ where: { id: busiest?.contactId ?? 0 }, include: { organization: true } });
  const linked = (await h.db.prisma.contactDevice.findMany({ where: { contactId: contact.id } })).map((link) => link.deviceId);
  const device = await h.db.prisma.device.findFirstOrThrow({
    where: { organizationId: contact.organizationId, id: { notIn: linked }, hostname: { not: null } },
  });
  await login(page, 'supervisor@urackit.local', 'supervisor123');

  await page.getByRole('menuitem', { name: 'Account managers' }).click();
  await page.getByRole('link', { name: 'Create' }).click();
  await page.waitForURL(/#\/account-managers\/create/);
  await page.getByRole('textbox', { name: 'Name' }).fill('Rosa Quint');
  await page.getByRole('textbox', { name: 'Email' }).fill('rosa.quint@urackit.local');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('rosa.quint@urackit.local').waitFor();

  await page.goto(`${baseUrl}/#/organizations/${contact.organizationId}`);
  await choose(page, 'Account manager', 'Rosa Quint');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.waitForURL(/#\/organizations(\/\d+\/show)?$/);
  const organization = await h.db.prisma.organization.findUniqueOrThrow({
    where: { id: contact.organizationId },
    include: { accountManager: true },
  });
  assert.equal(organization.accountManager?.name, 'Rosa Quint');

  await page.goto(`${baseUrl}/#/organizations/${contact.organizationId}/show/domains`);
  await page.getByRole('link', { name: 'Add a domain' }).click();
  await page.waitForURL(/#\/domains\/create/);
  await page.getByRole('textbox', { name: 'Domain' }).fill('New-Office.example');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.waitForURL(new RegExp(`#/organizations/${contact.organizationId}/show/domains`));
  await page.getByText('new-office.example').waitFor();

  await page.getByRole('tab', { name: 'Calls' }).click();
  const orgCalls = await h.db.prisma.callLog.count({ where: { organizationId: contact.organizationId } });
  await page.waitForFunction((count) => document.querySelectorAll('tbody tr').length === Math.min(count, 10), orgCalls);

  await page.goto(`${baseUrl}/#/contacts/${contact.id}/show/devices`);
  await page.getByRole('link', { name: 'Link a device' }).click();
  await page.waitForURL(/#\/contact-devices\/create/);
  await choose(page, 'Device', device.hostname ?? '');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.waitForURL(new RegExp(`#/contacts/${contact.id}/show/devices`));
  await page.getByText(device.hostname ?? '').waitFor();
  assert.equal(await h.db.prisma.contactDevice.count({ where: { contactId: contact.id, deviceId: device.id } }), 1);

  await page.getByRole('tab', { name: 'Calls' }).click();
  const calls = await h.db.prisma.callLog.findMany({ where: { contactId: contact.id }, orderBy: { startedAt: 'desc' } });
  await page.waitForFunction((count) => document.querySelectorAll('tbody tr').length === count, calls.length);
  await page.locator('tbody tr').first().click();
  await page.waitForURL(new RegExp(`#/calls/${calls[0]?.id}/show`));
  const sameCaller = { OR: [{ contactId: contact.id }, { callerPhone: calls[0]?.callerPhone ?? contact.phone }] };
  const earlier = await h.db.prisma.callLog.count({ where: { ...sameCaller, startedAt: { lt: calls[0]?.startedAt } } });
  await page.getByRole('tab', { name: 'Previous calls' }).click();
  await page.waitForFunction((count) => document.querySelectorAll('tbody tr').length === count, earlier);
  await page.getByTestId('all-caller-calls').click();
  await page.waitForURL(/#\/calls\?/);
  const all = await h.db.prisma.callLog.count({ where: sameCaller });
  assert.ok(all > earlier && earlier > 0, `this caller has history: ${earlier} of ${all}`);
  await page.waitForFunction((count) => document.querySelectorAll('tbody tr').length === count, all);
  await logout(page);
}

test('a list the API stopped counting reads "1,000+" and pages on; a search "100+"; a small one its count', async () => {
  // More tickets than the API counts exactly (1,000), all in one search's reach.
  const [open, low] = await Promise.all([
    h.db.prisma.ticketStatus.findUniqueOrThrow({ where: { code: 'open' } }),
    h.db.prisma.ticketPriority.findUniqueOrThrow({ where: { code: 'low' } }),
  ]);
  const bulk = Array.from({ length: 1_030 }, (_, i) => ({ subject: `Bulk import ${i}`, statusId: open.id, priorityId: low.id }));
  await h.db.prisma.supportTicket.createMany({ data: bulk });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await withFailureScreenshot(page, 'capped-totals', async () => {
      await login(page, 'supervisor@urackit.local', 'supervisor123');
      await page.getByRole('menuitem', { name: 'Tickets' }).click();
      await page.waitForURL(/#\/tickets/);
      const range = page.locator('.MuiTablePagination-displayedRows');
      await range.filter({ hasText: '1-25 of 1,000+' }).waitFor();
      await page.getByRole('button', { name: 'Go to next page' }).click();
      await range.filter({ hasText: '26-50 of 1,000+' }).waitFor();

      await page.getByPlaceholder('Search').fill('bulk import');
      await range.filter({ hasText: '1-25 of 100+' }).waitFor();
      assert.equal(await page.locator('tbody tr').count(), 25);

      await page.getByPlaceholder('Search').fill('bulk import 102');
      // 102 and 1020–1029: counted exactly, shown as react-admin shows any count.
      await range.filter({ hasText: '1-11 of 11' }).waitFor();
      assert.equal(await page.locator('tbody tr').count(), 11);
    });
    assert.deepEqual(errors, []);
    await logout(page);
  } finally {
    await h.db.prisma.supportTicket.deleteMany({ where: { subject: { startsWith: 'Bulk import ' } } });
  }
});
