import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import zhCN from '../../client/src/locales/zh-CN.json';
import { RemainingIssue } from '../../server/src/modules/reports/remaining-issue.entity';
import { CommunicationMethod, ReportChannel, ReportResult } from '../../server/src/modules/reports/report.enums';
import { Role } from '../../server/src/modules/users/role.enum';
import type { User } from '../../server/src/modules/users/user.entity';
import { browserSuite, haveChromium, markPage, stillTheSamePage } from '../helpers/browser';
import { buildProject, buildUser } from '../helpers/factories';

describe.skipIf(!haveChromium)('fault work orders and the R&D queue in real browsers (Chromium)', () => {
  const suite = browserSuite();
  const { signIn } = suite;

  /** A remaining issue opened the real way (an ISSUE_REMAINING report), with `failures` failed attempts on record. */
  const remainingIssue = async (project: { id: string }, presales: User, failures: number): Promise<RemainingIssue> => {
    const { services } = suite.server;
    const report = await services.reports.file(presales, {
      projectId: project.id,
      result: ReportResult.ISSUE_REMAINING,
      method: CommunicationMethod.REMOTE,
      channel: ReportChannel.WRITTEN,
      communicator: '信息中心 王工',
      communicatedAt: new Date(Date.now() - 3_600_000),
      problemsHandled: ['配置审计回放的存储路径为 /data/audit'],
      remainingProblems: ['国产麒麟V10终端远程桌面分辨率无法自适应，需研发确认'],
    });
    const issue = await services.dataSource.getRepository(RemainingIssue).findOneByOrFail({ reportId: report.id });
    for (let n = 1; n <= failures; n += 1) {
      await services.remainingIssues.recordAttempt(presales, { issueId: issue.id, whatWasTried: `第${n}次：调整 xrdp 的 max_bpp 为 ${16 + n} 并重启服务`, result: '分辨率仍固定为 1024x768', succeeded: false });
    }
    return issue;
  };

  const openRndQueue = async (page: Page) => {
    await page.click('[data-testid="nav-rnd"]');
    await page.waitForSelector('[data-testid="rnd-queue"]');
  };

  it('a pre-sales files a work order; once the manager approves, the R&D manager sees it live, assigns a lead, and the lead sees it live; a log is attached and downloaded', async () => {
    const ds = suite.server.dataSource;
    const presales = await buildUser(ds, [Role.PRESALES], '张伟');
    const project = await buildProject(ds, { name: '调度数据网远程运维平台', firstPresales: presales });
    const [manager, rndManager, lead] = await Promise.all([
      buildUser(ds, [Role.PRESALES_MANAGER], '孙丽'),
      buildUser(ds, [Role.RND_MANAGER], '黄俊'),
      buildUser(ds, [Role.RND], '何明'),
      buildUser(ds, [Role.RND], '周研'),
    ]);
    const issue = await remainingIssue(project, presales, 3);
    const [presalesPage, managerPage, rndManagerPage, leadPage] = await Promise.all([signIn(presales), signIn(manager), signIn(rndManager), signIn(lead)]);
    await Promise.all([openRndQueue(rndManagerPage), openRndQueue(leadPage)]);
    await Promise.all([rndManagerPage, leadPage].map((page) => page.waitForSelector('[data-testid="nav-rnd"][data-count="0"]')));
    await Promise.all([markPage(rndManagerPage), markPage(leadPage)]);

    // The pre-sales files the order from the remaining issue, whose three failed attempts open the gate.
    await suite.openProjectTab(presalesPage, project.id, 'remaining', 'remaining-issues');
    await presalesPage.waitForSelector(`[data-testid="issue-failed-${issue.id}"][data-count="3"]`);
    expect(await presalesPage.locator(`[data-testid="issue-${issue.id}"] tr.ant-table-row`).count()).toBe(3);
    await presalesPage.click(`[data-testid="issue-work-order-${issue.id}"]`);
    await presalesPage.waitForSelector('[data-testid="submit-work-order-form"]');
    expect(await presalesPage.inputValue('#submit-work-order_title')).toBe('国产麒麟V10终端远程桌面分辨率无法自适应，需研发确认');
    await presalesPage.click('[data-testid="submit-work-order-submit"]');
    const missing = await presalesPage.waitForSelector('.ant-form-item:has(#submit-work-order_environment) .ant-form-item-explain-error');
    expect(await missing.textContent()).toBe(zhCN.validation.REQUIRED);
    await presalesPage.fill('#submit-work-order_title', '麒麟V10下远程桌面分辨率不自适应');
    await presalesPage.fill('#submit-work-order_environment', '银河麒麟V10 SP1 x86_64，管理端 5.2.1，千兆内网');
    await presalesPage.fill('#submit-work-order_steps', '1. 管理端连接麒麟终端\n2. 拖动改变管理端窗口大小');
    await presalesPage.fill('#submit-work-order_logs', 'xrdp.log: [ERROR] resize failed: RANDR extension not available');
    await presalesPage.click('[data-testid="submit-work-order-submit"]');

    // It lands on the order's page.
    await presalesPage.waitForURL(/\/work-orders\/[0-9a-f-]+$/, { timeout: 10_000 });
    const [order] = (await ds.query('SELECT id, status, title, submitted_by_id, remaining_issue_id, approval_id FROM fault_work_order')) as {
      id: string;
      status: string;
      title: string;
      submitted_by_id: string;
      remaining_issue_id: string;
      approval_id: string;
    }[];
    expect(order).toMatchObject({ status: 'PENDING_APPROVAL', title: '麒麟V10下远程桌面分辨率不自适应', submitted_by_id: presales.id, remaining_issue_id: issue.id });
    expect(presalesPage.url()).toBe(`${suite.server.url}/work-orders/${order.id}`);
    await presalesPage.waitForSelector(`[data-testid="work-order-${order.id}"][data-status="PENDING_APPROVAL"]`);
    expect(await presalesPage.textContent('[data-testid="work-order-logs"]')).toBe('xrdp.log: [ERROR] resize failed: RANDR extension not available');
    expect(await ds.query('SELECT status FROM remaining_issue WHERE id = $1', [issue.id])).toEqual([{ status: 'SENT_TO_RND' }]);
    await markPage(presalesPage);

    // A file of a type that may not be attached is refused, saying why; nothing is stored.
    const fileInput = '[data-testid="work-order-attachments"] input[type="file"]';
    await presalesPage.setInputFiles(fileInput, { name: 'setup.exe', mimeType: 'application/x-msdownload', buffer: Buffer.from('MZ\x90\x00') });
    const refusal = await presalesPage.waitForSelector('[data-testid="attachment-refusal"]', { timeout: 10_000 });
    expect(await refusal.textContent()).toContain(zhCN.errors.ATTACHMENT_TYPE_NOT_ALLOWED);
    expect(await ds.query('SELECT id FROM attachment')).toHaveLength(0);

    // A log is uploaded and downloaded again through its link.
    const log = '2026-03-02 10:15:01 xrdp[1234]: [ERROR] resize failed: RANDR extension not available\n';
    await presalesPage.setInputFiles(fileInput, { name: 'xrdp-麒麟.txt', mimeType: 'text/plain', buffer: Buffer.from(log) });
    const link = await presalesPage.waitForSelector('[data-testid^="attachment-link-"]', { timeout: 10_000 });
    expect(await link.textContent()).toBe('xrdp-麒麟.txt');
    expect(await presalesPage.locator('[data-testid="attachment-refusal"]').count()).toBe(0);
    const [attachment] = (await ds.query('SELECT id, owner_id, file_name, content_type, size, uploaded_by_id FROM attachment')) as Record<string, unknown>[];
    expect(attachment).toMatchObject({ owner_id: order.id, file_name: 'xrdp-麒麟.txt', content_type: 'text/plain', size: Buffer.byteLength(log), uploaded_by_id: presales.id });
    expect(await link.getAttribute('href')).toBe(`/attachments/${String(attachment.id)}`);
    const [download] = await Promise.all([presalesPage.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('xrdp-麒麟.txt');
    expect(await readFile(await download.path(), 'utf8')).toBe(log);

    // The PRESALES_MANAGER approves it from the inbox, where it names the order.
    await managerPage.click('[data-testid="nav-approvals"]');
    const card = await managerPage.waitForSelector(`[data-testid="approval-${order.approval_id}"]`, { timeout: 10_000 });
    expect(await card.textContent()).toContain('麒麟V10下远程桌面分辨率不自适应');
    await managerPage.click(`[data-testid="approve-${order.approval_id}"]`);
    await managerPage.waitForSelector(`[data-testid="approval-${order.approval_id}"]`, { state: 'detached', timeout: 10_000 });

    // The R&D manager's queue shows it without a reload, counted in the header.
    const queued = await rndManagerPage.waitForSelector(`[data-testid="rnd-work-orders"] [data-testid="work-order-link-${order.id}"]`, { timeout: 10_000 });
    expect(await queued.textContent()).toBe('麒麟V10下远程桌面分辨率不自适应');
    await rndManagerPage.waitForSelector('[data-testid="nav-rnd"][data-count="1"]');
    await rndManagerPage.waitForSelector(`[data-testid="work-order-status-${order.id}"][data-status="AWAITING_RND_REVIEW"]`);
    expect(await rndManagerPage.textContent('[data-testid="rnd-work-orders"]')).toContain(project.name);
    expect(await stillTheSamePage(rndManagerPage)).toBe(true);
    // Nothing for the lead yet: it is not open for claiming, nor theirs.
    expect(await leadPage.locator(`[data-testid="work-order-link-${order.id}"]`).count()).toBe(0);

    // The manager accepts it with a lead picked from the R&D engineers.
    await rndManagerPage.click(`[data-testid="work-order-accept-${order.id}"]`);
    await rndManagerPage.waitForSelector('[data-testid="review-work-order-form"]');
    await rndManagerPage.click('[data-testid="review-work-order-form"] .ant-select');
    await rndManagerPage.click(`.ant-select-item-option:has-text("${lead.name}")`);
    await rndManagerPage.click('[data-testid="review-work-order-submit"]');
    await rndManagerPage.waitForSelector('[data-testid="review-work-order-form"]', { state: 'detached', timeout: 10_000 });
    await rndManagerPage.waitForSelector(`[data-testid="work-order-status-${order.id}"][data-status="IN_PROGRESS"]`, { timeout: 10_000 });
    expect(await rndManagerPage.textContent(`[data-testid="work-order-lead-${order.id}"]`)).toBe(lead.name);

    // The lead's queue shows it without a reload, with the lead's steps.
    await leadPage.waitForSelector(`[data-testid="work-order-link-${order.id}"]`, { timeout: 10_000 });
    await leadPage.waitForSelector('[data-testid="nav-rnd"][data-count="1"]');
    await leadPage.waitForSelector(`[data-testid="work-order-REQUEST_CLOSURE-${order.id}"]`);
    expect(await leadPage.locator(`[data-testid="work-order-PROPOSE_CONVERSION-${order.id}"]`).count()).toBe(1);
    expect(await stillTheSamePage(leadPage)).toBe(true);

    // The submitter's open page follows: the lead, and no steps for them while R&D works.
    const leadShown = await presalesPage.waitForSelector(`[data-testid="work-order-${order.id}"][data-status="IN_PROGRESS"] [data-testid="work-order-lead"]`, { timeout: 10_000 });
    expect(await leadShown.textContent()).toBe(lead.name);
    expect(await presalesPage.locator(`[data-testid="work-order-actions-${order.id}"] button`).count()).toBe(0);
    expect(await stillTheSamePage(presalesPage)).toBe(true);

    expect(await ds.query('SELECT status, lead_id FROM fault_work_order WHERE id = $1', [order.id])).toEqual([{ status: 'IN_PROGRESS', lead_id: lead.id }]);
    expect(await ds.query('SELECT status FROM approval WHERE id = $1', [order.approval_id])).toEqual([{ status: 'APPROVED' }]);
    expect(await ds.query('SELECT status, decided_by_id FROM approval_step WHERE approval_id = $1', [order.approval_id])).toEqual([{ status: 'APPROVED', decided_by_id: manager.id }]);
    expect(await ds.query("SELECT user_id FROM project_member WHERE project_id = $1 AND role = 'RND'", [project.id])).toEqual([{ user_id: lead.id }]);
  }, 90_000);

  it('with fewer than three failed attempts the work order waits and says why; attempts recorded in the form open it', async () => {
    const ds = suite.server.dataSource;
    const presales = await buildUser(ds, [Role.PRESALES], '李娜');
    const project = await buildProject(ds, { firstPresales: presales });
    const issue = await remainingIssue(project, presales, 1);
    const page = await signIn(presales);
    await suite.openProjectTab(page, project.id, 'remaining', 'remaining-issues');

    const fileButton = page.locator(`[data-testid="issue-work-order-${issue.id}"]`);
    expect(await fileButton.isDisabled()).toBe(true);
    await page.hover(`[data-testid="issue-gate-${issue.id}"]`);
    const why = await page.waitForSelector('.ant-tooltip:visible', { timeout: 10_000 });
    expect(await why.textContent()).toContain('已记录 1 次失败尝试');

    for (const [n, tried] of ['改用 xorgxrdp 驱动', '在终端安装 xrandr 扩展'].entries()) {
      await page.click(`[data-testid="issue-attempt-${issue.id}"]`);
      await page.waitForSelector('[data-testid="record-attempt-form"]');
      await page.fill('#record-attempt_whatWasTried', tried);
      await page.fill('#record-attempt_result', '分辨率仍固定为 1024x768');
      await page.click('[data-testid="record-attempt-submit"]');
      await page.waitForSelector('[data-testid="record-attempt-form"]', { state: 'detached', timeout: 10_000 });
      await page.waitForSelector(`[data-testid="issue-failed-${issue.id}"][data-count="${n + 2}"]`, { timeout: 10_000 });
    }
    expect(await fileButton.isDisabled()).toBe(false);
    const attempts = (await ds.query('SELECT what_was_tried, succeeded, tried_by_id FROM issue_attempt WHERE issue_id = $1 ORDER BY created_at', [issue.id])) as Record<string, unknown>[];
    expect(attempts.slice(1)).toEqual([
      { what_was_tried: '改用 xorgxrdp 驱动', succeeded: false, tried_by_id: presales.id },
      { what_was_tried: '在终端安装 xrandr 扩展', succeeded: false, tried_by_id: presales.id },
    ]);
  }, 60_000);
});
