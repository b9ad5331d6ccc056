import { existsSync } from 'node:fs';
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { User } from '../../server/src/modules/users/user.entity';
import { PASSWORD } from './factories';
import { startTestServer, truncateAll, type TestServer } from './server';

const CHROMIUM = '/usr/bin/chromium';

/** Debian's Chromium; browser suites skip, saying why, when it is missing. */
export const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`[tests] SKIPPED browser tests: no Chromium at ${CHROMIUM} (apt-get install chromium; .ci/run does).`);

/** Headless Chromium with no background traffic (this machine has no network). */
const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
  });

/**
 * Signs `user` in through the login page in a fresh browser context (kept in `contexts` for
 * closing) and waits until the live connection is up.
 */
async function signInPage(
  browser: Browser,
  contexts: BrowserContext[],
  baseUrl: string,
  user: User,
  options: { timezoneId?: string } = {},
): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, ...options });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(`${baseUrl}/login`);
  await page.fill('input[autocomplete="username"]', user.email);
  await page.fill('input[autocomplete="current-password"]', PASSWORD);
  await page.click('button[type="submit"]');
  await page.waitForSelector('[data-testid="live-status"][data-state="live"]', { timeout: 15_000 });
  return page;
}

/** Marks a page; `stillTheSamePage` is true until it is reloaded, so a change seen meanwhile arrived live. */
export const markPage = (page: Page): Promise<unknown> => page.evaluate(() => Object.assign(window, { stillTheSamePage: true }));
export const stillTheSamePage = (page: Page): Promise<boolean> => page.evaluate(() => 'stillTheSamePage' in window);

/**
 * The frame of a browser suite, called inside its `describe`: one real server and one Chromium
 * for the file; before each test, fresh rows and the last test's pages closed.
 */
export function browserSuite(options: { timezoneId?: string } = {}) {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const running = () => {
    if (!server || !browser) throw new Error('the browser suite has not started');
    return { server, browser };
  };

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
    await truncateAll(running().server.dataSource);
  });

  return {
    get server(): TestServer {
      return running().server;
    },
    /** A page signed in as `user`, live. */
    signIn(user: User): Promise<Page> {
      const { server, browser } = running();
      return signInPage(browser, contexts, server.url, user, options);
    },
    /** Opens a project's tab (`?tab=` key) and waits for its content (`content` test id) and the live connection. */
    async openProjectTab(page: Page, projectId: string, tab: string, content: string): Promise<void> {
      await page.goto(`${running().server.url}/projects/${projectId}`);
      await page.waitForSelector(`[data-testid="project-${projectId}"]`);
      await page.click(`[data-testid="tab-${tab}"]`);
      await page.waitForSelector(`[data-testid="${content}"]`);
      await page.waitForSelector('[data-testid="live-status"][data-state="live"]');
    },
    /** Takes the server away, runs `meanwhile`, then brings it back on the same port: a disconnect and a reconnect. */
    async whileServerDown(meanwhile: () => Promise<void>): Promise<void> {
      const { port } = running().server;
      await running().server.close();
      server = undefined;
      await meanwhile();
      server = await startTestServer({ port });
    },
  };
}
