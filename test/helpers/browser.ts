import { existsSync } from 'node:fs';
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';
import type { User } from '../../server/src/modules/users/user.entity';
import { PASSWORD } from './factories';

const CHROMIUM = '/usr/bin/chromium';

/** Debian's Chromium; browser suites skip, saying why, when it is missing. */
export const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`[tests] SKIPPED browser tests: no Chromium at ${CHROMIUM} (apt-get install chromium; .ci/run does).`);

/** Headless Chromium with no background traffic (this machine has no network). */
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
  });

/**
 * Signs `user` in through the login page in a fresh browser context (kept in `contexts` for
 * closing) and waits until the live connection is up.
 */
export async function signInPage(
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
