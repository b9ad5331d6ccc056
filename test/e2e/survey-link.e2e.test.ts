import { type Browser, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../client/src/locales/en.json';
import zhCN from '../../client/src/locales/zh-CN.json';
import { TicketAction, TicketCategory, TicketChannel, TicketPriority } from '../../server/src/modules/tickets/ticket.enums';
import { Role } from '../../server/src/modules/users/role.enum';
import { browserSuite, haveChromium } from '../helpers/browser';
import { buildCustomer, buildUser } from '../helpers/factories';

interface SurveyRow {
  response_speed: number | null;
  resolution: number | null;
  professionalism: number | null;
  attitude: number | null;
  comment: string | null;
  answered: boolean;
}

describe.skipIf(!haveChromium)('the mailed satisfaction survey link, without signing in (Chromium)', () => {
  const suite = browserSuite({ timezoneId: 'Asia/Shanghai' });
  // The suite's pages are signed in; the survey's reader is a customer's contact with no account,
  // so this file has a Chromium of its own for pages with no session at all.
  let anonymousBrowser: Browser | undefined;
  beforeAll(async () => {
    anonymousBrowser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
    });
  });
  afterAll(async () => {
    await anonymousBrowser?.close();
  });
  /** A page in a fresh context: no session cookie, no stored language (Chinese, the default). */
  const anonymousPage = async (): Promise<Page> => {
    const context = await anonymousBrowser!.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: 'Asia/Shanghai' });
    return context.newPage();
  };

  /** A ticket of a contact with an e-mail address, taken to CLOSED; the token is read from the mail the contact is sent. */
  const closedTicketMailed = async (title: string) => {
    const ds = suite.server.dataSource;
    const { tickets } = suite.server.services;
    const engineer = await buildUser(ds, [Role.PRESALES], '张伟');
    const customer = await buildCustomer(ds, '华东电网信息中心');
    const [{ id: contactId }] = (await ds.query(`INSERT INTO contact (customer_id, name, email) VALUES ($1, '王工', 'wang@customer.test') RETURNING id`, [customer.id])) as { id: string }[];
    let ticket = await tickets.create(engineer, { channel: TicketChannel.PHONE, customerId: customer.id, contactId, title, description: '今天上午起登录后一直白屏', category: TicketCategory.FAULT, priority: TicketPriority.MEDIUM });
    const step = (action: TicketAction, extra: Record<string, string> = {}) => tickets.step(engineer, { ticketId: ticket.id, expectedVersion: ticket.version, action, ...extra });
    ticket = await step(TicketAction.ACKNOWLEDGE);
    ticket = await step(TicketAction.RESOLVE, { solution: '清除浏览器缓存后恢复' });
    ticket = await step(TicketAction.CLOSE, { cause: '前端缓存了旧版本脚本' });
    const mails = (await ds.query(`SELECT "to", body FROM outgoing_mail WHERE rule = 'SATISFACTION_SURVEY'`)) as { to: string[]; body: string }[];
    expect(mails).toHaveLength(1);
    expect(mails[0]!.to).toEqual(['wang@customer.test']);
    const token = /\/survey\/([\w-]+)/.exec(mails[0]!.body)?.[1];
    if (!token) throw new Error(`no survey link in the mail: ${mails[0]!.body}`);
    return { ticket, token };
  };

  const surveyRow = async (ticketId: string): Promise<SurveyRow> => {
    const [row] = (await suite.server.dataSource.query(
      'SELECT response_speed, resolution, professionalism, attitude, comment, answered_at IS NOT NULL AS answered FROM satisfaction_survey WHERE ticket_id = $1',
      [ticketId],
    )) as SurveyRow[];
    return row!;
  };

  /** Clicks the `stars`-th star of a rating. */
  const rate = (page: Page, score: string, stars: number) => page.click(`[data-testid="survey-link-${score}"] li.ant-rate-star:nth-child(${stars}) > div`);

  it('the contact opens the mailed link with no account, rates and comments, and is thanked; the link then says it was answered; a made-up link is not valid, in either language', async () => {
    const { ticket, token } = await closedTicketMailed('运维平台登录后白屏');
    const page = await anonymousPage();
    await page.goto(`${suite.server.url}/survey/${token}`);

    // No sign-in: the page stays on the link, with the ticket it is about.
    await page.waitForSelector('[data-testid="survey-link-form"]', { timeout: 15_000 });
    expect(page.url()).toBe(`${suite.server.url}/survey/${token}`);
    expect(await page.locator('[data-testid="live-status"]').count()).toBe(0);
    expect(await page.textContent('[data-testid="survey-link-ticket-number"]')).toBe(ticket.number);
    expect(await page.textContent('[data-testid="survey-link-ticket-title"]')).toBe('运维平台登录后白屏');
    expect(await page.textContent('.survey-link-card')).toContain(zhCN.surveyLink.title);

    // Every rating is required.
    await page.click('[data-testid="survey-link-submit"]');
    await page.waitForSelector('.ant-form-item-explain-error');
    expect(await page.locator('.ant-form-item-explain-error').allTextContents()).toEqual(Array(4).fill(zhCN.survey.rateRequired));
    expect((await surveyRow(ticket.id)).answered).toBe(false);

    await rate(page, 'responseSpeed', 5);
    await rate(page, 'resolution', 4);
    await rate(page, 'professionalism', 5);
    await rate(page, 'attitude', 3);
    await page.fill('[data-testid="survey-link-comment"]', '  处理很及时，电话回访也很耐心。  ');
    await page.click('[data-testid="survey-link-submit"]');
    const thanks = await page.waitForSelector('[data-testid="survey-link-thanks"]', { timeout: 10_000 });
    expect(await thanks.textContent()).toContain(zhCN.surveyLink.thanksTitle);
    expect(await page.locator('[data-testid="survey-link-form"]').count()).toBe(0);
    expect(await surveyRow(ticket.id)).toEqual({ response_speed: 5, resolution: 4, professionalism: 5, attitude: 3, comment: '处理很及时，电话回访也很耐心。', answered: true });

    // Opened again, the link says it was answered, with no form.
    await page.reload();
    const answered = await page.waitForSelector('[data-testid="survey-link-answered"]', { timeout: 10_000 });
    expect(await answered.textContent()).toContain(zhCN.surveyLink.answeredTitle);
    expect(await page.textContent('[data-testid="survey-link-ticket-number"]')).toBe(ticket.number);
    expect(await page.locator('[data-testid="survey-link-form"]').count()).toBe(0);

    // A token that is none: not valid, also after switching to English.
    await page.goto(`${suite.server.url}/survey/bogus`);
    const invalid = await page.waitForSelector('[data-testid="survey-link-invalid"]', { timeout: 10_000 });
    expect(await invalid.textContent()).toContain(zhCN.surveyLink.invalidTitle);
    expect(page.url()).toBe(`${suite.server.url}/survey/bogus`);
    await page.click('[data-testid="language-switch"]');
    await page.click(`.ant-dropdown-menu-item:has-text("${zhCN.language.en}")`);
    await page.waitForSelector('[data-testid="language-switch"][data-language="en"]');
    expect(await page.textContent('[data-testid="survey-link-invalid"]')).toContain(en.surveyLink.invalidTitle);
    expect(await page.textContent('.survey-link-card')).toContain(en.surveyLink.title);
    expect(await surveyRow(ticket.id)).toMatchObject({ response_speed: 5, attitude: 3 });
  });

  it('an answer sent through the same link meanwhile wins: the page that sends second says the survey was answered already', async () => {
    const { ticket, token } = await closedTicketMailed('打印机驱动安装失败');
    const page = await anonymousPage();
    await page.goto(`${suite.server.url}/survey/${token}`);
    await page.waitForSelector('[data-testid="survey-link-form"]', { timeout: 15_000 });

    await suite.server.services.satisfaction.answerByToken({ token, responseSpeed: 2, resolution: 2, professionalism: 2, attitude: 2 });
    for (const score of ['responseSpeed', 'resolution', 'professionalism', 'attitude']) await rate(page, score, 5);
    await page.click('[data-testid="survey-link-submit"]');
    const answered = await page.waitForSelector('[data-testid="survey-link-answered"]', { timeout: 10_000 });
    expect(await answered.textContent()).toContain(zhCN.surveyLink.answeredTitle);
    expect(await surveyRow(ticket.id)).toMatchObject({ response_speed: 2, attitude: 2, answered: true });
  });
});
