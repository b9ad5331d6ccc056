import { describe, expect, it } from 'vitest';
import zhCN from '../../client/src/locales/zh-CN.json';
import { Role } from '../../server/src/modules/users/role.enum';
import { browserSuite, haveChromium } from '../helpers/browser';
import { buildCustomer, buildCustomerUser, buildUser, signedIn } from '../helpers/factories';
import { ApiClient } from '../helpers/graphql-client';

interface Article {
  id: string;
  version: number;
}

const CREATE = 'mutation($input: CreateKnowledgeArticleInput!) { createKnowledgeArticle(input: $input) { id version } }';
const REVIEW = 'mutation($id: ID!, $expectedVersion: Int!) { reviewKnowledgeArticle(id: $id, expectedVersion: $expectedVersion) { id version } }';
const PUBLISH = 'mutation($id: ID!, $expectedVersion: Int!) { publishKnowledgeArticle(id: $id, expectedVersion: $expectedVersion) { id version } }';

const PRINTER = {
  title: '打印机驱动安装失败',
  product: '终端管理系统 3.2',
  cause: 'Windows 10 上安装 printer driver 时报错 0x80070005，驱动签名校验失败。',
  solution: '以管理员身份运行安装程序，关闭驱动签名强制后重新安装。',
  steps: '1. 右键以管理员身份运行；2. 重新安装',
  lessons: '该型号驱动在 1.2 版本以后才签名',
};

const VPN = {
  title: 'VPN 客户端频繁掉线',
  cause: '客户端心跳间隔大于防火墙会话超时。',
  solution: '把心跳间隔调到 30 秒。',
};

describe.skipIf(!haveChromium)('the knowledge base in a real browser (Chromium)', () => {
  const suite = browserSuite({ timezoneId: 'Asia/Shanghai' });
  const { signIn } = suite;

  const run = async <T>(api: ApiClient, query: string, variables: Record<string, unknown>, field: string): Promise<T> => {
    const response = await api.request<Record<string, T>>(query, variables);
    expect(response.errors).toBeUndefined();
    return response.data![field];
  };

  it('an engineer searches in Chinese, finds the published article among the matches and opens it: text, reviewer, revisions and the internal lessons', async () => {
    const ds = suite.server.dataSource;
    const [author, senior, engineer] = await Promise.all([
      buildUser(ds, [Role.PRESALES], '王芳'),
      buildUser(ds, [Role.PRESALES], '陈高工', { senior: true }),
      buildUser(ds, [Role.PRESALES], '张伟'),
    ]);
    const [authorApi, seniorApi] = await Promise.all([signedIn(new ApiClient(suite.server), author), signedIn(new ApiClient(suite.server), senior)]);
    // One article written, reviewed and published; another left as a draft on another subject.
    let printer = await run<Article>(authorApi, CREATE, { input: PRINTER }, 'createKnowledgeArticle');
    printer = await run<Article>(seniorApi, REVIEW, { id: printer.id, expectedVersion: printer.version }, 'reviewKnowledgeArticle');
    printer = await run<Article>(seniorApi, PUBLISH, { id: printer.id, expectedVersion: printer.version }, 'publishKnowledgeArticle');
    const vpn = await run<Article>(authorApi, CREATE, { input: VPN }, 'createKnowledgeArticle');

    const page = await signIn(engineer);
    expect(await page.locator('[data-testid="nav-knowledge"]').count()).toBeGreaterThan(0);
    await page.goto(`${suite.server.url}/knowledge`);
    await page.waitForSelector(`[data-testid="knowledge-article-link-${vpn.id}"]`);

    // A Chinese query finds the printer article, ranked, and not the unrelated draft.
    await page.fill('[data-testid="knowledge-search"] input', '打印机 驱动');
    await page.press('[data-testid="knowledge-search"] input', 'Enter');
    await page.waitForURL(/\/knowledge\?q=/);
    const link = await page.waitForSelector(`[data-testid="knowledge-article-link-${printer.id}"]`);
    await page.waitForSelector(`[data-testid="knowledge-article-link-${vpn.id}"]`, { state: 'detached' });
    expect(await link.textContent()).toBe(PRINTER.title);
    expect(await page.textContent(`[data-testid="knowledge-status-${printer.id}"]`)).toBe(zhCN.articleStatus.PUBLISHED);

    // It opens on its page: the text as written, who reviewed it, its one revision, and the internal lessons.
    await link.click();
    await page.waitForURL(`${suite.server.url}/knowledge/${printer.id}`);
    await page.waitForSelector(`[data-testid="knowledge-article-${printer.id}"][data-status="PUBLISHED"]`);
    expect(await page.textContent('[data-testid="knowledge-title"]')).toBe(PRINTER.title);
    expect(await page.textContent('[data-testid="knowledge-solution"]')).toBe(PRINTER.solution);
    expect(await page.textContent('[data-testid="knowledge-lessons"]')).toBe(PRINTER.lessons);
    expect(await page.textContent('[data-testid="knowledge-reviewer"]')).toBe('陈高工');
    expect(await page.locator('[data-testid="knowledge-revision-1"]').count()).toBe(1);
    // Neither its author nor a reviewer: nothing to review or publish, only an edit (which would return it to draft).
    expect(await page.locator('[data-testid="knowledge-review"], [data-testid="knowledge-publish"]').count()).toBe(0);
    expect(await page.locator('[data-testid="knowledge-edit"]').count()).toBe(1);
  });

  it('a customer in the portal has no knowledge base, customers or SLA entries in the header', async () => {
    const ds = suite.server.dataSource;
    const customerUser = await buildCustomerUser(ds, await buildCustomer(ds, '华东电网信息中心'), '李工');
    const page = await signIn(customerUser);
    await page.waitForURL(`${suite.server.url}/portal`);
    await page.waitForSelector('[data-testid="nav-portal"]');
    for (const entry of ['nav-knowledge', 'nav-customers', 'nav-sla']) expect(await page.locator(`[data-testid="${entry}"]`).count()).toBe(0);
  });
});
