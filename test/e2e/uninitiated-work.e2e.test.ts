import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import zhCN from '../../client/src/locales/zh-CN.json';
import { Role } from '../../server/src/modules/users/role.enum';
import { browserSuite, haveChromium, markPage, stillTheSamePage } from '../helpers/browser';
import { buildCustomer, buildUser } from '../helpers/factories';

describe.skipIf(!haveChromium)('support before initiation in real browsers (Chromium)', () => {
  const suite = browserSuite();
  const { signIn } = suite;

  const openPage = async (page: Page) => {
    await page.click('[data-testid="nav-uninitiated"]');
    await page.waitForSelector('[data-testid="uninitiated-work"]');
  };
  /** Picks `label` in the select of the form item holding `#inputId`. */
  const choose = async (page: Page, inputId: string, label: string) => {
    await page.click(`.ant-form-item:has(#${inputId}) .ant-select`);
    await page.click(`.ant-select-item-option:has-text("${label}")`);
  };
  /** Clicks "stop support" and confirms it. */
  const stop = async (page: Page, workId: string) => {
    await page.click(`[data-testid="uninitiated-stop-${workId}"]`);
    await page.click('.ant-popover:visible .ant-popconfirm-buttons .ant-btn-primary');
  };

  it('the pre-sales records work, may not stop before reminding, reminds (the sales sees it live), stops; both see the sales named responsible', async () => {
    const ds = suite.server.dataSource;
    const presales = await buildUser(ds, [Role.PRESALES], '张伟');
    const sales = await buildUser(ds, [Role.SALES], '王海涛');
    const customer = await buildCustomer(ds, '华东电网信息通信中心');
    const [presalesPage, salesPage] = await Promise.all([signIn(presales), signIn(sales)]);
    await Promise.all([openPage(presalesPage), openPage(salesPage)]);
    expect(await salesPage.locator('[data-testid="record-uninitiated"]').count()).toBe(0);
    await Promise.all([markPage(presalesPage), markPage(salesPage)]);

    await presalesPage.click('[data-testid="record-uninitiated"]');
    await presalesPage.waitForSelector('[data-testid="record-uninitiated-form"]');
    await choose(presalesPage, 'record-uninitiated_customerId', customer.name);
    await presalesPage.fill('#record-uninitiated_projectName', '调度中心二期扩容');
    await choose(presalesPage, 'record-uninitiated_salesId', sales.name);
    await presalesPage.fill('#record-uninitiated_description', '客户电话咨询二期扩容的授权方式，已远程讲解一次');
    await presalesPage.click('[data-testid="record-uninitiated-submit"]');
    await presalesPage.waitForSelector('[data-testid="record-uninitiated-form"]', { state: 'detached', timeout: 10_000 });

    const [work] = (await ds.query('SELECT id, status, sales_id FROM uninitiated_work')) as { id: string; status: string; sales_id: string }[];
    expect(work).toMatchObject({ status: 'INVOLVED', sales_id: sales.id });
    const row = `tr[data-row-key="${work.id}"]`;
    await salesPage.waitForSelector(`${row} [data-testid="uninitiated-status-${work.id}"][data-status="INVOLVED"]`, { timeout: 10_000 });
    expect(await salesPage.locator(`[data-testid="uninitiated-stop-${work.id}"]`).count()).toBe(0);

    // No reminder on record yet: stopping is refused, in words.
    await stop(presalesPage, work.id);
    const refused = await presalesPage.waitForSelector(`.ant-message-notice:has-text("${zhCN.errors.INITIATION_REMINDER_MISSING}")`, { timeout: 10_000 });
    expect(refused).toBeTruthy();
    expect(await ds.query('SELECT status FROM uninitiated_work WHERE id = $1', [work.id])).toEqual([{ status: 'INVOLVED' }]);

    await presalesPage.click(`[data-testid="uninitiated-remind-${work.id}"]`);
    await salesPage.waitForSelector(`[data-testid="uninitiated-reminders-${work.id}"][data-count="1"]`, { timeout: 10_000 });
    await salesPage.waitForSelector(`[data-testid="uninitiated-status-${work.id}"][data-status="REMINDED"]`);

    await presalesPage.waitForSelector(`[data-testid="uninitiated-status-${work.id}"][data-status="REMINDED"]`, { timeout: 10_000 });
    await stop(presalesPage, work.id);
    for (const page of [presalesPage, salesPage]) {
      const responsible = await page.waitForSelector(`[data-testid="uninitiated-responsible-${work.id}"]`, { timeout: 10_000 });
      expect(await responsible.textContent()).toContain(sales.name);
      await page.waitForSelector(`[data-testid="uninitiated-status-${work.id}"][data-status="STOPPED"]`);
      expect(await stillTheSamePage(page)).toBe(true);
    }
    const stopped: unknown = await ds.query('SELECT status, reminders, stopped_at IS NOT NULL AS stopped FROM uninitiated_work WHERE id = $1', [work.id]);
    expect(stopped).toEqual([{ status: 'STOPPED', reminders: 1, stopped: true }]);
  }, 60_000);
});
