import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import zhCN from '../../client/src/locales/zh-CN.json';
import { TicketAction, TicketCategory, TicketChannel, TicketPriority } from '../../server/src/modules/tickets/ticket.enums';
import { Role } from '../../server/src/modules/users/role.enum';
import { browserSuite, haveChromium, markPage, stillTheSamePage } from '../helpers/browser';
import { buildCustomer, buildUser } from '../helpers/factories';

/** Waits until the cell `sla-<priority>-<name>` of the SLA table reads `text`. */
const waitForCell = (page: Page, priority: string, name: string, text: string) =>
  page.waitForFunction(([id, want]) => document.querySelector(`[data-testid="${id}"]`)?.textContent === want, [`sla-${priority}-${name}`, text] as const, { timeout: 10_000 });

/** Waits until the chart says it draws `values` for a priority (`PRIORITY:response/resolution`). */
const waitForBars = (page: Page, values: string) =>
  page.waitForFunction((want) => (document.querySelector('[data-testid="sla-chart"]')?.getAttribute('data-values') ?? '').split(' ').includes(want), values, { timeout: 10_000 });

describe.skipIf(!haveChromium)("the managers' service-desk dashboard in real browsers (Chromium)", () => {
  const suite = browserSuite({ timezoneId: 'Asia/Shanghai' });
  const { signIn } = suite;

  it('closing a ticket moves the SLA chart and table of a manager who has the dashboard open, without a reload', async () => {
    const ds = suite.server.dataSource;
    const { tickets } = suite.server.services;
    const customer = await buildCustomer(ds, '华东电网信息中心');
    const [manager, engineer] = await Promise.all([buildUser(ds, [Role.PRESALES_MANAGER], '刘经理'), buildUser(ds, [Role.PRESALES], '张伟')]);
    const page = await signIn(manager);

    // The manager opens the dashboard: this month, every priority, nothing yet.
    expect(await page.locator('[data-testid="nav-service-desk-dashboard"]').count()).toBeGreaterThan(0);
    await page.goto(`${suite.server.url}/dashboards/service-desk`);
    await page.waitForSelector('[data-testid="service-desk-dashboard"]');
    expect(await page.textContent('h3')).toBe(zhCN.dashboard.title);
    await page.waitForSelector('[data-testid="sla-table"]');
    await waitForCell(page, 'HIGH', 'tickets', '0');
    await waitForCell(page, 'HIGH', 'resolution-met', '0');
    await waitForCell(page, 'HIGH', 'resolution-rate', '—');
    await waitForBars(page, 'HIGH:-/-');
    await page.waitForSelector('[data-testid="sla-chart"] canvas');
    expect(await page.locator('[data-testid^="sla-"][data-testid$="-tickets"]').count()).toBe(4);
    await page.waitForSelector('[data-testid="live-status"][data-state="live"]');
    await markPage(page);

    // An engineer takes a HIGH ticket through to the end.
    let ticket = await tickets.create(engineer, { channel: TicketChannel.PHONE, customerId: customer.id, title: '运维平台登录后白屏', description: '登录后页面一直白屏', category: TicketCategory.FAULT, priority: TicketPriority.HIGH });
    await waitForCell(page, 'HIGH', 'tickets', '1');
    const step = (action: TicketAction, extra: Record<string, string> = {}) => tickets.step(engineer, { ticketId: ticket.id, expectedVersion: ticket.version, action, ...extra });
    ticket = await step(TicketAction.ACKNOWLEDGE);
    await waitForCell(page, 'HIGH', 'response-met', '1');
    ticket = await step(TicketAction.RESOLVE, { solution: '清除浏览器缓存后恢复' });
    ticket = await step(TicketAction.CLOSE, { cause: '前端缓存了旧版本脚本' });

    // The manager's table and chart follow, on the same page.
    await waitForCell(page, 'HIGH', 'resolution-met', '1');
    await waitForCell(page, 'HIGH', 'resolution-breached', '0');
    await waitForCell(page, 'HIGH', 'resolution-rate', '100%');
    await waitForCell(page, 'HIGH', 'response-rate', '100%');
    await waitForBars(page, 'HIGH:100/100');
    await waitForBars(page, 'URGENT:-/-');
    await page.waitForFunction(() => document.querySelector('[data-testid="figure-resolution-rate"] .ant-statistic-content')?.textContent === '100%', undefined, { timeout: 10_000 });
    expect(await stillTheSamePage(page)).toBe(true);
  });
});
