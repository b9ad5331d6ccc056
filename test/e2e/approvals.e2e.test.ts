import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import zhCN from '../../client/src/locales/zh-CN.json';
import { Role } from '../../server/src/modules/users/role.enum';
import { browserSuite, haveChromium, markPage, stillTheSamePage } from '../helpers/browser';
import { buildProject, buildUser } from '../helpers/factories';

describe.skipIf(!haveChromium)('resource requests through the approvals inbox in real browsers (Chromium)', () => {
  const suite = browserSuite();
  const { signIn } = suite;

  const openInbox = async (page: Page) => {
    await page.click('[data-testid="nav-approvals"]');
    await page.waitForSelector('[data-testid="approvals-inbox"]');
  };

  /** Approves the approval from the inbox and waits until it has left it. */
  const approveFromInbox = async (page: Page, approvalId: string, step: number) => {
    const card = `[data-testid="approval-${approvalId}"]`;
    await page.waitForSelector(`${card}[data-step="${step}"]`, { timeout: 10_000 });
    await page.click(`[data-testid="approve-${approvalId}"]`);
    await page.waitForSelector(card, { state: 'detached', timeout: 10_000 });
  };

  it('the first pre-sales asks for an additional pre-sales; the manager sees it arrive live; after three approvals the candidate is a member', async () => {
    const ds = suite.server.dataSource;
    const presales = await buildUser(ds, [Role.PRESALES], '李明');
    const candidate = await buildUser(ds, [Role.PRESALES], '周杰');
    const project = await buildProject(ds, { name: '调度数据网远程运维平台', firstPresales: presales });
    const [manager, techDirector, gm] = await Promise.all([
      buildUser(ds, [Role.PRESALES_MANAGER], '孙丽'),
      buildUser(ds, [Role.TECH_DIRECTOR], '钱卫国'),
      buildUser(ds, [Role.GM], '赵总'),
    ]);
    const [presalesPage, managerPage] = await Promise.all([signIn(presales), signIn(manager)]);

    await openInbox(managerPage);
    await managerPage.waitForSelector('[data-testid="approvals-empty"]');
    await markPage(managerPage);

    await presalesPage.goto(`${suite.server.url}/projects/${project.id}?tab=members`);
    await presalesPage.waitForSelector('[data-testid="members"]');
    await presalesPage.waitForSelector('[data-testid="live-status"][data-state="live"]');
    await markPage(presalesPage);
    expect(await presalesPage.locator('[data-testid="members"] tr.ant-table-row').count()).toBe(2);

    await presalesPage.click('[data-testid="request-resource"]');
    await presalesPage.waitForSelector('[data-testid="request-resource-form"]');
    // Without a reason the form says what is missing and nothing is sent.
    await presalesPage.click('[data-testid="request-resource-form"] .ant-select');
    await presalesPage.click(`.ant-select-item-option:has-text("${candidate.name}")`);
    await presalesPage.click('[data-testid="request-resource-submit"]');
    const missing = await presalesPage.waitForSelector('.ant-form-item:has(#request-resource_reason) .ant-form-item-explain-error');
    expect(await missing.textContent()).toBe(zhCN.validation.REQUIRED);
    await presalesPage.fill('#request-resource_reason', '客户要求两周内完成三个分中心的现场测试，第一、第二售前排不开');
    await presalesPage.click('[data-testid="request-resource-submit"]');
    await presalesPage.waitForSelector('[data-testid="request-resource-form"]', { state: 'detached', timeout: 10_000 });

    const [approval] = (await ds.query(`SELECT a.id FROM approval a JOIN resource_request r ON r.approval_id = a.id WHERE r.candidate_id = $1`, [candidate.id])) as { id: string }[];
    expect(approval).toBeDefined();
    await presalesPage.waitForSelector(`[data-testid="pending-resource-${approval.id}"]`, { timeout: 10_000 });

    // It arrives in the manager's inbox, and the count in the header, without a reload.
    const arrived = await managerPage.waitForSelector(`[data-testid="approval-${approval.id}"]`, { timeout: 10_000 });
    const text = (await arrived.textContent()) ?? '';
    expect(text).toContain(project.name);
    expect(text).toContain(candidate.name);
    expect(text).toContain(presales.name);
    expect(text).toContain('第一、第二售前排不开');
    expect(text).toContain(zhCN.approvalKind.RESOURCE_REQUEST);
    await managerPage.waitForSelector('[data-testid="nav-approvals"][data-count="1"]');
    expect(await stillTheSamePage(managerPage)).toBe(true);

    await approveFromInbox(managerPage, approval.id, 0);
    await managerPage.waitForSelector('[data-testid="nav-approvals"][data-count="0"]');

    const directorPage = await signIn(techDirector);
    await openInbox(directorPage);
    await approveFromInbox(directorPage, approval.id, 1);

    const gmPage = await signIn(gm);
    await openInbox(gmPage);
    await approveFromInbox(gmPage, approval.id, 2);

    // The candidate joins the members tab of the pre-sales' open page, live.
    await presalesPage.waitForSelector(`[data-testid="members"] tr[data-row-key="ADDITIONAL_PRESALES:${candidate.id}"]`, { timeout: 10_000 });
    expect(await presalesPage.locator(`[data-testid="pending-resource-${approval.id}"]`).count()).toBe(0);
    expect(await stillTheSamePage(presalesPage)).toBe(true);

    const members = (await ds.query('SELECT role FROM project_member WHERE project_id = $1 AND user_id = $2', [project.id, candidate.id])) as { role: string }[];
    expect(members).toEqual([{ role: 'ADDITIONAL_PRESALES' }]);
    const steps = (await ds.query('SELECT approver_role, status, decided_by_id FROM approval_step WHERE approval_id = $1 ORDER BY position', [approval.id])) as {
      approver_role: string;
      status: string;
      decided_by_id: string;
    }[];
    expect(steps).toEqual([
      { approver_role: 'PRESALES_MANAGER', status: 'APPROVED', decided_by_id: manager.id },
      { approver_role: 'TECH_DIRECTOR', status: 'APPROVED', decided_by_id: techDirector.id },
      { approver_role: 'GM', status: 'APPROVED', decided_by_id: gm.id },
    ]);

    // The project's approvals tab shows the whole chain with its deciders.
    await presalesPage.click('[data-testid="tab-approvals"]');
    const decided = await presalesPage.waitForSelector(`[data-testid="project-approvals"] [data-testid="approval-${approval.id}"][data-status="APPROVED"]`);
    const chain = (await decided.textContent()) ?? '';
    for (const person of [manager, techDirector, gm]) expect(chain).toContain(person.name);
  }, 60_000);

  it('a rejection needs a comment; a step someone else decided first is a conflict, said so and refreshed', async () => {
    const ds = suite.server.dataSource;
    const presales = await buildUser(ds, [Role.PRESALES]);
    const candidate = await buildUser(ds, [Role.PRESALES], '吴桐');
    const project = await buildProject(ds, { firstPresales: presales });
    const [first, second] = await Promise.all([buildUser(ds, [Role.PRESALES_MANAGER], '孙丽'), buildUser(ds, [Role.PRESALES_MANAGER], '钱敏')]);
    const presalesPage = await signIn(presales);
    await presalesPage.goto(`${suite.server.url}/projects/${project.id}?tab=members`);
    await presalesPage.click('[data-testid="request-resource"]');
    await presalesPage.click('[data-testid="request-resource-form"] .ant-select');
    await presalesPage.click(`.ant-select-item-option:has-text("${candidate.name}")`);
    await presalesPage.fill('#request-resource_reason', '客户新增数据中心迁移测试，需要一名熟悉存储的售前');
    await presalesPage.click('[data-testid="request-resource-submit"]');
    await presalesPage.waitForSelector('[data-testid="request-resource-form"]', { state: 'detached', timeout: 10_000 });
    const [approval] = (await ds.query('SELECT id FROM approval')) as { id: string }[];

    const [firstPage, secondPage] = await Promise.all([signIn(first), signIn(second)]);
    // The second manager's page stops hearing live pushes, so it still offers the step once decided.
    let muted = false;
    await secondPage.routeWebSocket(/\/graphql$/, (socket) => {
      const upstream = socket.connectToServer();
      upstream.onMessage((message) => {
        if (!(muted && typeof message === 'string' && message.includes('"type":"next"'))) socket.send(message);
      });
    });
    await secondPage.reload();
    await secondPage.waitForSelector('[data-testid="live-status"][data-state="live"]');
    await Promise.all([openInbox(firstPage), openInbox(secondPage)]);
    await Promise.all([firstPage, secondPage].map((page) => page.waitForSelector(`[data-testid="approval-${approval.id}"]`)));
    muted = true;

    await firstPage.click(`[data-testid="reject-${approval.id}"]`);
    await firstPage.waitForSelector('[data-testid="decide-approval-form"]');
    await firstPage.click('[data-testid="decide-approval-submit"]');
    const required = await firstPage.waitForSelector('[data-testid="decide-approval-form"] .ant-form-item-explain-error');
    expect(await required.textContent()).toBe(zhCN.validation.REQUIRED);
    await firstPage.fill('#decide-approval_comment', '本月存储方向人手已满，请与第二售前协调');
    await firstPage.click('[data-testid="decide-approval-submit"]');
    await firstPage.waitForSelector(`[data-testid="approval-${approval.id}"]`, { state: 'detached', timeout: 10_000 });

    await secondPage.click(`[data-testid="approve-${approval.id}"]`);
    const warning = await secondPage.waitForSelector(`.ant-message-notice:has-text("${zhCN.approvals.conflict}")`, { timeout: 10_000 });
    expect(warning).toBeTruthy();
    await secondPage.waitForSelector(`[data-testid="approval-${approval.id}"]`, { state: 'detached', timeout: 10_000 });

    const [row] = (await ds.query('SELECT status FROM approval WHERE id = $1', [approval.id])) as { status: string }[];
    expect(row.status).toBe('REJECTED');
    const [step] = (await ds.query('SELECT comment, decided_by_id FROM approval_step WHERE approval_id = $1 AND position = 0', [approval.id])) as { comment: string; decided_by_id: string }[];
    expect(step).toEqual({ comment: '本月存储方向人手已满，请与第二售前协调', decided_by_id: first.id });
    expect(await ds.query('SELECT 1 FROM project_member WHERE user_id = $1', [candidate.id])).toHaveLength(0);
  });
});
