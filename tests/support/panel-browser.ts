/**
 * The panel in a real Chromium, for the browser tests (admin/*.e2e.test.ts): one persistent
 * profile per suite, sign-in and sign-out as a user does, and a screenshot when a step fails.
 * The browser: CHROMIUM_PATH, else an installed Chrome/Chromium, else the one in the
 * `@sparticuz/chromium` npm package (Linux x64), unpacked into .tools/ (infra/chromium.ts).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { buildAdminIfStale } from '../../infra/admin-build';
import { findChromium } from '../../infra/chromium';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const adminDist = path.join(repoRoot, 'admin', 'dist');

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

export interface PanelBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Finds a Chromium, builds the panel when its sources changed, and opens a fresh profile. */
export async function launchPanelBrowser(): Promise<PanelBrowser> {
  const { executablePath } = await findChromium(process.env.CHROMIUM_PATH, { toolsDir: path.join(repoRoot, '.tools') });
  await buildAdminIfStale(repoRoot);
  const profileDir = await mkdtemp(path.join(tmpdir(), 'urackit-chromium-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1440, height: 900 },
  });
  context.setDefaultTimeout(30_000);
  return {
    context,
    async close() {
      await context.close();
      await rm(profileDir, { recursive: true, force: true });
    },
  };
}

/** Leaves a picture of the page behind when a step fails, for whoever reads the CI log. */
export async function withFailureScreenshot(page: Page, name: string, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    const file = path.join(tmpdir(), `urackit-panel-failure-${name}.png`);
    await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
    throw Object.assign(error as Error, { message: `${(error as Error).message}\n(screenshot: ${file})` });
  }
}

export async function login(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  // Start from a clean slate even if an earlier test stopped half-way, still signed in.
  await page.goto(`${baseUrl}/#/login`);
  await page.evaluate('localStorage.clear()'); // a string: this file is typed without the DOM's globals
  await page.reload();
  await page.getByText('Email').first().waitFor();
  await page.locator('input[name="username"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByText('Calls today').waitFor();
}

export async function logout(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Profile' }).click();
  await page.getByRole('menuitem', { name: 'Logout' }).click();
  await page.locator('input[name="username"]').waitFor();
}
