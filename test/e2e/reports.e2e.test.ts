import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import zhCN from '../../client/src/locales/zh-CN.json';
import { Role } from '../../server/src/modules/users/role.enum';
import { browserSuite, haveChromium, markPage, stillTheSamePage } from '../helpers/browser';
import { buildProject, buildUser } from '../helpers/factories';


/** The input of one problem statement, and the error shown under it. */
const problemInput = (index: number) => `[data-testid="report-form"] [data-testid="problem-${index}"]`;
const problemError = (index: number) => `.problem-list__item:has([data-testid="problem-${index}"]) .ant-form-item-explain-error`;

describe.skipIf(!haveChromium)('communication reports in real browsers (Chromium)', () => {
  // The company's day decides a tracking-table row's month; the browser picks the month in its own zone.
  const suite = browserSuite({ timezoneId: 'Asia/Shanghai' });
  const { signIn } = suite;
  const openReportsTab = (page: Page, projectId: string) => suite.openProjectTab(page, projectId, 'reports', 'reports');

  it('a vague problem is refused on its item; the fixed report reaches the sales live and lands in the tracking table', async () => {
    const ds = suite.server.dataSource;
    const presales = await buildUser(ds, [Role.PRESALES], '李明');
    const project = await buildProject(ds, { name: '调度数据网远程运维平台', firstPresales: presales });
    const [salesPage, presalesPage] = await Promise.all([signIn(project.parts.sales), signIn(presales)]);
    await Promise.all([openReportsTab(salesPage, project.id), openReportsTab(presalesPage, project.id)]);
    expect(await salesPage.locator('[data-testid="file-report"]').count()).toBe(0);
    // Anything still set after the report arrives proves the sales' page was not reloaded.
    await markPage(salesPage);

    await presalesPage.click('[data-testid="file-report"]');
    await presalesPage.waitForSelector('[data-testid="report-form"]');
    await presalesPage.click('[data-testid="report-form"] .ant-select');
    await presalesPage.click(`.ant-select-item-option:has-text("${zhCN.communicationMethod.REMOTE}")`);
    await presalesPage.fill('[data-testid="report-form"] input#communicator', '信息中心 王工');
    await presalesPage.fill(problemInput(0), '解决了技术问题');
    await presalesPage.click('[data-testid="report-submit"]');

    const vague = await presalesPage.waitForSelector(problemError(0), { timeout: 10_000 });
    expect(await vague.textContent()).toBe(zhCN.vague.EMPTY_PHRASE);
    expect(await ds.query('SELECT id FROM communication_report')).toHaveLength(0);

    await presalesPage.fill(problemInput(0), '解决Vista下远程控制网络参数设置');
    await presalesPage.click('[data-testid="report-submit"]');
    await presalesPage.waitForSelector('[data-testid="report-form"]', { state: 'detached', timeout: 10_000 });

    const [report] = (await ds.query('SELECT id, title FROM communication_report')) as { id: string; title: string }[];
    expect(report.title).toBe(`客户沟通-${project.name}-${presales.name}`);
    const onSalesPage = await salesPage.waitForSelector(`[data-testid="report-${report.id}"]`, { timeout: 10_000 });
    expect(await onSalesPage.textContent()).toContain(report.title);
    expect(await onSalesPage.textContent()).toContain('解决Vista下远程控制网络参数设置');
    expect(await stillTheSamePage(salesPage)).toBe(true);
    await presalesPage.waitForSelector(`[data-testid="report-${report.id}"]`);

    await presalesPage.click('[data-testid="nav-tracking"]');
    await presalesPage.waitForSelector('[data-testid="tracking-table"] tr.ant-table-row', { timeout: 10_000 });
    const rows = presalesPage.locator('[data-testid="tracking-table"] tr.ant-table-row');
    expect(await rows.count()).toBe(1);
    const row = (await rows.first().textContent()) ?? '';
    expect(row).toContain(project.name);
    expect(row).toContain('解决Vista下远程控制网络参数设置');
    expect(row).toContain(zhCN.supportRole.FIRST);

    const [download] = await Promise.all([presalesPage.waitForEvent('download'), presalesPage.click('[data-testid="tracking-export"]')]);
    expect(download.suggestedFilename()).toMatch(/^tracking-table-\d{4}-\d{2}.*\.xlsx$/);
  });
});
