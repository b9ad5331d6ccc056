import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import zhCN from '../../client/src/locales/zh-CN.json';
import { Role } from '../../server/src/modules/users/role.enum';
import { browserSuite, haveChromium, markPage, stillTheSamePage } from '../helpers/browser';
import { buildProject, buildUser } from '../helpers/factories';

/** A date-time as the pickers take it, in the browser's zone (Asia/Shanghai, +08:00). */
const DAY = 24 * 60 * 60 * 1000;
const shanghai = (date: Date) => new Date(date.getTime() + 8 * 60 * 60 * 1000).toISOString().slice(0, 16).replace('T', ' ');

describe.skipIf(!haveChromium)('support requests in real browsers (Chromium)', () => {
  const suite = browserSuite({ timezoneId: 'Asia/Shanghai' });
  const { signIn } = suite;
  const openSupportTab = (page: Page, projectId: string) => suite.openProjectTab(page, projectId, 'support', 'support-requests');

  /** Types a date-time into the open action form's picker and confirms it with the picker's OK button. */
  const pickTime = async (page: Page, value: string) => {
    const input = page.locator('[data-testid="support-action-form"] input#support-action_at');
    await input.click();
    await input.fill(value);
    await page.click('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden) .ant-picker-ok button');
  };

  it('the sales asks for support; the first pre-sales proposes a later time; the sales sees the ball come back live and accepts', async () => {
    const ds = suite.server.dataSource;
    const presales = await buildUser(ds, [Role.PRESALES], '李明');
    const second = await buildUser(ds, [Role.PRESALES], '周杰');
    const project = await buildProject(ds, { name: '调度数据网远程运维平台', firstPresales: presales, secondPresales: second });
    const [salesPage, presalesPage] = await Promise.all([signIn(project.parts.sales), signIn(presales)]);
    await Promise.all([openSupportTab(salesPage, project.id), openSupportTab(presalesPage, project.id)]);
    expect(await presalesPage.locator('[data-testid="request-support"]').count()).toBe(0);
    await markPage(salesPage);

    await salesPage.click('[data-testid="request-support"]');
    await salesPage.waitForSelector('[data-testid="request-support-form"]');
    await salesPage.fill('#request-support_content', '到客户现场演示跨网段远程控制与审计回放');
    await salesPage.click('[data-testid="request-support-submit"]');
    await salesPage.waitForSelector('[data-testid="request-support-form"]', { state: 'detached', timeout: 10_000 });

    const [request] = (await ds.query('SELECT id, due_at FROM support_request')) as { id: string; due_at: Date }[];
    const card = `[data-testid="support-request-${request.id}"]`;
    const holder = `[data-testid="support-holder-${request.id}"]`;
    await salesPage.waitForSelector(`${holder}[data-holder="FIRST_PRESALES"]`);
    // The sales may press it, not take it on.
    expect(await salesPage.locator(`${card} [data-testid="support-action-ACCEPT"]`).count()).toBe(0);
    expect(await salesPage.locator(`${card} [data-testid="support-action-MARK_URGENT"]`).count()).toBe(1);

    // It reaches the first pre-sales live, who is offered exactly their two steps.
    await presalesPage.waitForSelector(`${holder}[data-holder="FIRST_PRESALES"]`, { timeout: 10_000 });
    const offered = await presalesPage.locator(`${card} [data-testid^="support-action-"]`).evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-testid')));
    expect(offered).toEqual(['support-action-ACCEPT', 'support-action-PROPOSE_TIME']);

    await presalesPage.click(`${card} [data-testid="support-action-PROPOSE_TIME"]`);
    await presalesPage.waitForSelector('[data-testid="support-action-form"]');
    // Not later than the wanted time: the server refuses it on the field.
    await pickTime(presalesPage, shanghai(new Date(request.due_at.getTime() - 60 * 60 * 1000)));
    await presalesPage.click('[data-testid="support-action-submit"]');
    const notLater = await presalesPage.waitForSelector('.ant-form-item:has(#support-action_at) .ant-form-item-explain-error', { timeout: 10_000 });
    expect(await notLater.textContent()).toBe(zhCN.validation.NOT_LATER);

    const later = new Date(request.due_at.getTime() + 2 * DAY);
    await pickTime(presalesPage, shanghai(later));
    await presalesPage.click('[data-testid="support-action-submit"]');
    await presalesPage.waitForSelector('[data-testid="support-action-form"]', { state: 'detached', timeout: 10_000 });

    // The ball is with the sales now, on the sales' page, without a reload.
    await salesPage.waitForSelector(`${holder}[data-holder="SALES"]`, { timeout: 10_000 });
    expect(await salesPage.locator(`${card}[data-status="DEFERRAL_PROPOSED"]`).count()).toBe(1);
    expect(await salesPage.locator(`${card} [data-testid="support-status-${request.id}"]`).textContent()).toBe(zhCN.supportStatus.DEFERRAL_PROPOSED);
    expect(await stillTheSamePage(salesPage)).toBe(true);
    const [deferred] = (await ds.query('SELECT status, proposed_for, version FROM support_request')) as { status: string; proposed_for: Date; version: number }[];
    expect(deferred).toEqual({ status: 'DEFERRAL_PROPOSED', proposed_for: later, version: 2 });

    await salesPage.click(`${card} [data-testid="support-action-ACCEPT_PROPOSED_TIME"]`);
    await presalesPage.waitForSelector(`${holder}[data-holder="FIRST_PRESALES"]`, { timeout: 10_000 });
    await presalesPage.waitForSelector(`${card}[data-status="ACCEPTED"] [data-testid="support-action-COMPLETE"]`);
    const [accepted] = (await ds.query('SELECT status, due_at, proposed_for, version FROM support_request')) as { status: string; due_at: Date; proposed_for: Date | null; version: number }[];
    expect(accepted).toEqual({ status: 'ACCEPTED', due_at: later, proposed_for: null, version: 3 });
  });
});
