import { describe, expect, it } from 'vitest';
import zhCN from '../../client/src/locales/zh-CN.json';
import { CommunicationMethod, ReportChannel, ReportResult } from '../../server/src/modules/reports/report.enums';
import { Role } from '../../server/src/modules/users/role.enum';
import { browserSuite, haveChromium, markPage, stillTheSamePage } from '../helpers/browser';
import { buildProject, buildUser } from '../helpers/factories';

describe.skipIf(!haveChromium)('the bell and presence in real browsers (Chromium)', () => {
  const suite = browserSuite({ timezoneId: 'Asia/Shanghai' });
  const { signIn } = suite;

  it('a report filed for the project reaches the responsible sales\' bell live; opening it marks it read and goes to the project; reports cannot be switched off', async () => {
    const ds = suite.server.dataSource;
    const presales = await buildUser(ds, [Role.PRESALES], '李娜');
    const project = await buildProject(ds, { name: '调度数据网远程运维平台', firstPresales: presales });
    const { sales } = project.parts;
    const page = await signIn(sales);
    await page.waitForSelector('[data-testid="notification-bell"][data-unread="0"]');
    await markPage(page);

    await suite.server.services.reports.file(presales, {
      projectId: project.id,
      result: ReportResult.SUCCESS,
      method: CommunicationMethod.REMOTE,
      channel: ReportChannel.WRITTEN,
      communicator: '信息中心 王工',
      communicatedAt: new Date(Date.now() - 3_600_000),
      problemsHandled: ['解决 Vista 下远程控制网络参数设置'],
      remainingProblems: [],
    });
    await page.waitForSelector('[data-testid="notification-bell"][data-unread="1"]', { timeout: 10_000 });
    expect(await stillTheSamePage(page)).toBe(true);

    await page.click('[data-testid="notification-bell"]');
    const item = await page.waitForSelector('[data-testid="notification-panel"] [data-read="false"]');
    expect(await item.$eval('[data-testid="notification-subject"]', (node) => node.textContent)).toBe('客户沟通-调度数据网远程运维平台-李娜');
    expect(await item.$eval('[data-testid="notification-role"]', (node) => node.textContent)).toBe(zhCN.notifications.role.TO);
    await item.click();
    await page.waitForURL(`${suite.server.url}/projects/${project.id}`);
    await page.waitForSelector('[data-testid="notification-bell"][data-unread="0"]', { timeout: 10_000 });

    // The full list has it, read; the unread filter has nothing.
    await page.goto(`${suite.server.url}/notifications?filter=unread`);
    await page.waitForSelector('[data-testid="notifications-list"][data-filter="unread"] .ant-empty');
    await page.click(`[data-testid="notifications-filter"] :text("${zhCN.notifications.filterAll}")`);
    await page.waitForSelector('[data-testid="notifications-list"][data-filter="all"] [data-read="true"]');

    // The report's rule is the regulation's: its "off" is disabled; another rule can be set to in-app only.
    await page.goto(`${suite.server.url}/settings/notifications`);
    await page.waitForSelector('[data-testid="notification-rule-REPORT_FILED"]');
    expect(await page.isDisabled('[data-testid="notification-choice-REPORT_FILED-OFF"]')).toBe(true);
    expect(await page.textContent('[data-testid="notification-rule-REPORT_FILED"]')).toContain(zhCN.notificationRule.REPORT_FILED);
    await page.click('label:has([data-testid="notification-choice-SUPPORT_REQUESTED-IN_APP"])');
    await page.waitForSelector('[data-testid="notification-rule-SUPPORT_REQUESTED"][data-choice="IN_APP"]', { timeout: 10_000 });

    // Without SMTP the mail stays in the outbox, where the administrator reads it.
    const admin = await buildUser(ds, [Role.ADMIN], '管理员');
    const adminPage = await signIn(admin);
    await adminPage.goto(`${suite.server.url}/admin/outbox`);
    const row = await adminPage.waitForSelector('[data-testid="outbox"] tr.ant-table-row', { timeout: 10_000 });
    expect(await row.textContent()).toContain('客户沟通-调度数据网远程运维平台-李娜');
    expect(await row.textContent()).toContain(sales.email);
  });

  it('two people on a project see each other, and what the other is editing; a closed tab is gone within seconds', async () => {
    const ds = suite.server.dataSource;
    const presales = await buildUser(ds, [Role.PRESALES], '李明');
    const project = await buildProject(ds, { name: '网点远程桌面集中管控', firstPresales: presales });
    const { sales } = project.parts;
    const [salesPage, presalesPage] = await Promise.all([signIn(sales), signIn(presales)]);
    await Promise.all([suite.openProjectTab(salesPage, project.id, 'reports', 'reports'), suite.openProjectTab(presalesPage, project.id, 'reports', 'reports')]);
    await salesPage.waitForSelector(`[data-testid="presence-viewer-${presales.id}"][data-editing=""]`, { timeout: 10_000 });
    await presalesPage.waitForSelector(`[data-testid="presence-viewer-${sales.id}"]`, { timeout: 10_000 });
    expect(await salesPage.locator(`[data-testid="presence-viewer-${sales.id}"]`).count()).toBe(0);

    await presalesPage.click('[data-testid="file-report"]');
    const editing = await salesPage.waitForSelector(`[data-testid="presence-viewer-${presales.id}"][data-editing="report"]`, { timeout: 10_000 });
    expect(await editing.textContent()).toContain(zhCN.presence.editing.replace('{{form}}', zhCN.presence.form.report));
    await presalesPage.keyboard.press('Escape');
    await salesPage.waitForSelector(`[data-testid="presence-viewer-${presales.id}"][data-editing=""]`, { timeout: 10_000 });

    await presalesPage.close();
    await salesPage.waitForSelector(`[data-testid="presence-viewer-${presales.id}"]`, { state: 'detached', timeout: 5_000 });
  });
});
