import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import zhCN from '../../client/src/locales/zh-CN.json';
import { Role } from '../../server/src/modules/users/role.enum';
import { browserSuite, haveChromium } from '../helpers/browser';
import { buildCustomer, buildUser, signedIn } from '../helpers/factories';
import { ApiClient } from '../helpers/graphql-client';

const SAVE_CONTACT = 'mutation($input: SaveContactInput!) { saveContact(input: $input) { id version } }';

/** Replaces what a form field holds. */
const retype = async (page: Page, selector: string, text: string) => {
  await page.fill(selector, '');
  await page.fill(selector, text);
};

describe.skipIf(!haveChromium)('edit collisions in real browsers (Chromium): the second saver sees what changed and reapplies', () => {
  const suite = browserSuite({ timezoneId: 'Asia/Shanghai' });
  const { signIn } = suite;

  it('a knowledge article edited by two engineers at once: the second sees the first one\'s change field by field, reapplies, and the article ends with both at version + 2', async () => {
    const ds = suite.server.dataSource;
    const [first, second] = await Promise.all([buildUser(ds, [Role.PRESALES], '王芳'), buildUser(ds, [Role.PRESALES], '张伟')]);
    const article = await suite.server.services.knowledge.create(first, {
      title: 'VPN 客户端频繁掉线',
      cause: '客户端心跳间隔大于防火墙会话超时。',
      solution: '把心跳间隔调到 30 秒。',
    });
    const [firstPage, secondPage] = await Promise.all([signIn(first), signIn(second)]);
    for (const page of [firstPage, secondPage]) {
      await page.goto(`${suite.server.url}/knowledge/${article.id}`);
      await page.waitForSelector(`[data-testid="knowledge-article-${article.id}"]`);
      await page.click('[data-testid="knowledge-edit"]');
      await page.waitForSelector('[data-testid="edit-article-form"]');
    }

    // Both edit the version on screen: the first the title and the solution, the second the solution and the lessons.
    await retype(firstPage, '#edit-article_title', 'VPN 客户端每隔几分钟掉线');
    await retype(firstPage, '#edit-article_solution', '把心跳间隔调到 20 秒。');
    await retype(secondPage, '#edit-article_solution', '把心跳间隔调到 30 秒，并把防火墙会话超时调到 120 秒。');
    await retype(secondPage, '#edit-article_lessons', '先查防火墙的会话超时');

    await firstPage.click('[data-testid="edit-article-submit"]');
    await firstPage.waitForSelector('[data-testid="edit-article-form"]', { state: 'detached', timeout: 10_000 });

    // The second save meets the newer version: the dialog shows what changed, beside the second's own edit.
    await secondPage.click('[data-testid="edit-article-submit"]');
    const dialog = await secondPage.waitForSelector('[data-testid="conflict-dialog"]', { timeout: 10_000 });
    expect(await dialog.getAttribute('data-version')).toBe(String(article.version + 1));
    const changedBy = (field: string) => secondPage.getAttribute(`[data-testid="conflict-field-${field}"]`, 'data-changed-by');
    expect(await changedBy('title')).toBe('them');
    expect(await changedBy('solution')).toBe('both');
    expect(await changedBy('lessons')).toBe('me');
    expect(await secondPage.locator('[data-testid="conflict-field-cause"]').count()).toBe(0);
    expect(await secondPage.textContent('[data-testid="conflict-title-current"]')).toBe('VPN 客户端每隔几分钟掉线');
    expect(await secondPage.textContent('[data-testid="conflict-solution-base"]')).toBe('把心跳间隔调到 30 秒。');
    expect(await secondPage.textContent('[data-testid="conflict-solution-current"]')).toBe('把心跳间隔调到 20 秒。');
    expect(await secondPage.textContent('[data-testid="conflict-solution-mine"]')).toBe('把心跳间隔调到 30 秒，并把防火墙会话超时调到 120 秒。');
    expect(await secondPage.textContent('[data-testid="conflict-field-title"]')).toContain(zhCN.knowledge.title);
    // Nothing was overwritten meanwhile.
    const [unchanged] = (await ds.query('SELECT solution, version FROM knowledge_article WHERE id = $1', [article.id])) as { solution: string; version: number }[];
    expect(unchanged).toEqual({ solution: '把心跳间隔调到 20 秒。', version: article.version + 1 });

    await secondPage.click('[data-testid="conflict-reapply"]');
    await secondPage.waitForSelector('[data-testid="conflict-dialog"]', { state: 'detached', timeout: 10_000 });
    await secondPage.waitForSelector('[data-testid="edit-article-form"]', { state: 'detached' });

    // The first one's title stays; the second one's solution and lessons are on top, as one more version.
    const [saved] = (await ds.query('SELECT title, solution, lessons, version FROM knowledge_article WHERE id = $1', [article.id])) as Record<string, unknown>[];
    expect(saved).toEqual({ title: 'VPN 客户端每隔几分钟掉线', solution: '把心跳间隔调到 30 秒，并把防火墙会话超时调到 120 秒。', lessons: '先查防火墙的会话超时', version: article.version + 2 });
    await secondPage.waitForFunction((text) => document.querySelector('[data-testid="knowledge-solution"]')?.textContent === text, '把心跳间隔调到 30 秒，并把防火墙会话超时调到 120 秒。');
  });

  it('a customer contact changed by two people at once: the second one\'s e-mail goes on top of the first one\'s phone, never over it', async () => {
    const ds = suite.server.dataSource;
    const customer = await buildCustomer(ds, '华东电网信息中心');
    const [first, second] = await Promise.all([buildUser(ds, [Role.SALES], '赵磊'), buildUser(ds, [Role.PRESALES], '李娜')]);
    const api = await signedIn(new ApiClient(suite.server), first);
    const created = await api.request<{ saveContact: { id: string; version: number } }>(SAVE_CONTACT, { input: { customerId: customer.id, name: '王经理', phone: '021-5555 0001' } });
    expect(created.errors).toBeUndefined();
    const contact = created.data!.saveContact;

    const [firstPage, secondPage] = await Promise.all([signIn(first), signIn(second)]);
    for (const page of [firstPage, secondPage]) {
      await page.goto(`${suite.server.url}/customers/${customer.id}`);
      await page.click(`[data-testid="customer-contacts-edit-${contact.id}"]`);
      await page.waitForSelector('[data-testid="contact-form"]');
    }
    await retype(firstPage, '#contact_phone', '021-5555 0002');
    await retype(secondPage, '#contact_email', 'wang@example.com');
    await firstPage.click('[data-testid="contact-submit"]');
    await firstPage.waitForSelector('[data-testid="contact-form"]', { state: 'detached', timeout: 10_000 });

    await secondPage.click('[data-testid="contact-submit"]');
    await secondPage.waitForSelector('[data-testid="conflict-dialog"]', { timeout: 10_000 });
    expect(await secondPage.getAttribute('[data-testid="conflict-field-phone"]', 'data-changed-by')).toBe('them');
    expect(await secondPage.textContent('[data-testid="conflict-phone-current"]')).toBe('021-5555 0002');
    expect(await secondPage.getAttribute('[data-testid="conflict-field-email"]', 'data-changed-by')).toBe('me');
    await secondPage.click('[data-testid="conflict-reapply"]');
    await secondPage.waitForSelector('[data-testid="conflict-dialog"]', { state: 'detached', timeout: 10_000 });

    const [saved] = (await ds.query('SELECT phone, email, version FROM contact WHERE id = $1', [contact.id])) as Record<string, unknown>[];
    expect(saved).toEqual({ phone: '021-5555 0002', email: 'wang@example.com', version: contact.version + 2 });
  });
});
