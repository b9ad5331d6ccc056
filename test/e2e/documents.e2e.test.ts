import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import zhCN from '../../client/src/locales/zh-CN.json';
import { SupportType } from '../../server/src/modules/projects/support-type';
import { Role } from '../../server/src/modules/users/role.enum';
import { browserSuite, haveChromium, markPage, stillTheSamePage } from '../helpers/browser';
import { buildProject, buildUser } from '../helpers/factories';

describe.skipIf(!haveChromium)('project documents in real browsers (Chromium)', () => {
  const suite = browserSuite();
  const { signIn } = suite;
  const openDocumentsTab = (page: Page, projectId: string) => suite.openProjectTab(page, projectId, 'documents', 'documents');

  it('the pre-sales submits a test plan; the sales rejects it live with a reason; the pre-sales sees why, rewrites and resubmits; the sales approves', async () => {
    const ds = suite.server.dataSource;
    const presales = await buildUser(ds, [Role.PRESALES], '李明');
    const sales = await buildUser(ds, [Role.SALES], '王海涛');
    const project = await buildProject(ds, { name: '研发网络远程控制试点', sales, firstPresales: presales, supportTypes: [SupportType.PRODUCT_TEST] });
    const [salesPage, presalesPage] = await Promise.all([signIn(sales), signIn(presales)]);
    await Promise.all([openDocumentsTab(salesPage, project.id), openDocumentsTab(presalesPage, project.id)]);
    // The sales starts no document on a project that asked only for a product test.
    expect(await salesPage.locator('[data-testid="new-document"]').count()).toBe(0);
    await Promise.all([markPage(salesPage), markPage(presalesPage)]);

    const firstDraft = '环境：麒麟 V10 终端 20 台；功能项：远程控制、文件传输。';
    await presalesPage.click('[data-testid="new-document"]');
    await presalesPage.waitForSelector('[data-testid="edit-document-form"]');
    await presalesPage.click('[data-testid="edit-document-form"] .ant-select');
    await presalesPage.click(`.ant-select-item-option:has-text("${zhCN.documentKind.TEST_PLAN}")`);
    await presalesPage.fill('#edit-document_title', '测试预案：国产操作系统兼容性');
    await presalesPage.fill('#edit-document_body', firstDraft);
    await presalesPage.click('[data-testid="edit-document-submit"]');
    await presalesPage.waitForSelector('[data-testid="edit-document-form"]', { state: 'detached', timeout: 10_000 });

    const [created] = (await ds.query('SELECT id, kind, status, internal FROM project_document WHERE project_id = $1', [project.id])) as {
      id: string;
      kind: string;
      status: string;
      internal: boolean;
    }[];
    expect(created).toMatchObject({ kind: 'TEST_PLAN', status: 'DRAFT', internal: true });
    const card = `[data-testid="document-${created.id}"]`;
    await presalesPage.click(`[data-testid="document-submit-${created.id}"]`);
    await presalesPage.waitForSelector(`${card}[data-status="SUBMITTED"][data-revision="1"]`, { timeout: 10_000 });

    // The sales sees it arrive for review without a reload, and rejects it with a reason.
    await salesPage.waitForSelector(`${card}[data-status="SUBMITTED"] [data-testid="document-reject-${created.id}"]`, { timeout: 10_000 });
    expect(await salesPage.locator(`${card} [data-testid="document-edit-${created.id}"]`).count()).toBe(0);
    await salesPage.click(`[data-testid="document-reject-${created.id}"]`);
    await salesPage.waitForSelector('[data-testid="reject-document-form"]');
    await salesPage.click('[data-testid="reject-document-submit"]');
    const required = await salesPage.waitForSelector('[data-testid="reject-document-form"] .ant-form-item-explain-error');
    expect(await required.textContent()).toBe(zhCN.validation.REQUIRED);
    const reason = '缺少统信 UOS 终端的测试项，请补充权限策略的验证步骤';
    await salesPage.fill('#reject-document_text', reason);
    await salesPage.click('[data-testid="reject-document-submit"]');
    await salesPage.waitForSelector('[data-testid="reject-document-form"]', { state: 'detached', timeout: 10_000 });
    await salesPage.waitForSelector(`${card}[data-status="REJECTED"]`, { timeout: 10_000 });

    // The pre-sales sees the reason live, rewrites the plan and resubmits it.
    const shown = await presalesPage.waitForSelector(`[data-testid="document-rejection-${created.id}"]`, { timeout: 10_000 });
    expect(await shown.textContent()).toBe(reason);
    await presalesPage.click(`[data-testid="document-edit-${created.id}"]`);
    await presalesPage.waitForSelector('[data-testid="edit-document-form"]');
    const rewritten = '环境：麒麟 V10 终端 20 台、统信 UOS 终端 10 台；功能项：远程控制、文件传输、权限策略。';
    await presalesPage.fill('#edit-document_body', rewritten);
    await presalesPage.click('[data-testid="edit-document-submit"]');
    await presalesPage.waitForSelector('[data-testid="edit-document-form"]', { state: 'detached', timeout: 10_000 });
    await presalesPage.click(`[data-testid="document-submit-${created.id}"]`);
    await presalesPage.waitForSelector(`${card}[data-status="SUBMITTED"][data-revision="2"]`, { timeout: 10_000 });

    await salesPage.waitForSelector(`${card}[data-status="SUBMITTED"][data-revision="2"]`, { timeout: 10_000 });
    expect(await salesPage.locator(`${card}`).textContent()).toContain(rewritten);
    await salesPage.click(`[data-testid="document-approve-${created.id}"]`);
    await presalesPage.waitForSelector(`${card}[data-status="APPROVED"]`, { timeout: 10_000 });
    expect(await Promise.all([stillTheSamePage(salesPage), stillTheSamePage(presalesPage)])).toEqual([true, true]);

    // Both revisions are kept, each with its outcome, and shown in the history.
    const document: unknown = await ds.query('SELECT status, revision, rejection_reason, body FROM project_document WHERE id = $1', [created.id]);
    expect(document).toEqual([{ status: 'APPROVED', revision: 2, rejection_reason: null, body: rewritten }]);
    const revisions: unknown = await ds.query(
      'SELECT revision, outcome, rejection_reason, body, submitted_by_id FROM document_revision WHERE document_id = $1 ORDER BY revision',
      [created.id],
    );
    expect(revisions).toEqual([
      { revision: 1, outcome: 'REJECTED', rejection_reason: reason, body: firstDraft, submitted_by_id: presales.id },
      { revision: 2, outcome: 'APPROVED', rejection_reason: null, body: rewritten, submitted_by_id: presales.id },
    ]);
    await presalesPage.click(`[data-testid="document-revisions-${created.id}"] .ant-collapse-header`);
    const history = presalesPage.locator(`[data-testid="document-revisions-${created.id}"] tr.ant-table-row`);
    await history.first().waitFor();
    expect(await history.count()).toBe(2);
    expect(await history.nth(1).textContent()).toContain(reason);

    // The timeline names each step of the review.
    await presalesPage.click('[data-testid="tab-timeline"]');
    const timeline = (await presalesPage.locator('[data-testid="timeline"]').textContent()) ?? '';
    for (const action of ['CREATED', 'SUBMITTED', 'REJECTED', 'EDITED', 'APPROVED'] as const) expect(timeline).toContain(zhCN.documentAction[action]);
  }, 60_000);
});
