import type { Page } from 'playwright-core';
import type { DataSource } from 'typeorm';
import { describe, expect, it } from 'vitest';
import en from '../../client/src/locales/en.json';
import zhCN from '../../client/src/locales/zh-CN.json';
import { TicketCategory, TicketChannel, TicketPriority } from '../../server/src/modules/tickets/ticket.enums';
import { Role } from '../../server/src/modules/users/role.enum';
import type { User } from '../../server/src/modules/users/user.entity';
import { browserSuite, haveChromium, markPage, stillTheSamePage } from '../helpers/browser';
import { buildCustomer, buildUser } from '../helpers/factories';

type Translation = typeof zhCN;

/** Each dashboard page: its tab, what it shows once loaded, and its title. */
const PAGES = [
  { page: 'service-desk', content: 'sla-table', title: (l: Translation) => l.dashboard.title },
  { page: 'satisfaction', content: 'satisfaction-table', title: (l: Translation) => l.dashboard.satisfactionPage.title },
  { page: 'workload', content: 'workload-table', title: (l: Translation) => l.dashboard.workload.title },
  { page: 'rnd', content: 'rnd-costs-table', title: (l: Translation) => l.dashboard.rnd.title },
  { page: 'work-reports', content: 'work-report-missing', title: (l: Translation) => l.dashboard.workReports.title },
] as const;

/** The engineers' names in the first column of a table on screen. */
const firstColumn = (page: Page, testId: string): Promise<string[]> =>
  page.$$eval(`[data-testid="${testId}"] tr.ant-table-row`, (rows) => rows.map((row) => (row.querySelector('td')?.textContent ?? '').trim()));

/** Waits until the workload table's cell of an engineer's open tickets reads `text`. */
const waitForOpenTickets = (page: Page, engineer: User, text: string) =>
  page.waitForFunction(
    ([id, want]) => document.querySelector(`[data-testid="workload-table"] tr[data-row-key="${id}"] td:nth-child(2)`)?.textContent === want,
    [engineer.id, text] as const,
    { timeout: 10_000 },
  );

/** Last month in Shanghai, YYYY-MM: the month the work reports open on. */
function lastMonth(): string {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(new Date()).split('-').map(Number);
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

/** An answered survey of a fresh ticket of `engineer`, created now. */
async function answeredTicket(ds: DataSource, engineer: User, creator: User, number: string): Promise<void> {
  const customer = await buildCustomer(ds);
  const [policy] = (await ds.query('SELECT id FROM sla_policy WHERE is_default')) as { id: string }[];
  const [{ id }] = (await ds.query(
    `INSERT INTO ticket (number, channel, customer_id, title, description, category, priority, status, assignee_id, created_by_id, sla_policy_id)
     VALUES ($1, 'PHONE', $2, '审计回放无法播放', '回放页面一直加载', 'FAULT', 'MEDIUM', 'IN_PROGRESS', $3, $4, $5) RETURNING id`,
    [number, customer.id, engineer.id, creator.id, policy.id],
  )) as { id: string }[];
  await ds.query(
    `INSERT INTO satisfaction_survey (ticket_id, engineer_id, token_hash, response_speed, resolution, professionalism, attitude, answered_at) VALUES ($1, $2, $3, 4, 4, 5, 5, now())`,
    [id, engineer.id, `e2e-${number}`],
  );
}

describe.skipIf(!haveChromium)('the dashboards in real browsers (Chromium)', () => {
  const suite = browserSuite({ timezoneId: 'Asia/Shanghai' });
  const ds = () => suite.server.dataSource;

  it('shows every page to a manager, in Chinese and after switching, in English', async () => {
    const manager = await buildUser(ds(), [Role.PRESALES_MANAGER], '刘经理');
    const page = await suite.signIn(manager);
    expect(await page.locator('[data-testid="nav-dashboards"]').count()).toBe(1);

    await page.goto(`${suite.server.url}/dashboards`);
    await page.waitForURL(/\/dashboards\/service-desk$/);
    for (const language of [zhCN, en]) {
      if (language === en) {
        await page.click('[data-testid="language-switch"]');
        await page.click(`.ant-dropdown-menu-item:has-text("${zhCN.language.en}")`);
        await page.waitForSelector('[data-testid="language-switch"][data-language="en"]');
      }
      for (const { page: name, content, title } of PAGES) {
        await page.click(`[data-testid="dashboard-tab-${name}"]`);
        expect(await page.textContent(`[data-testid="dashboard-tab-${name}"]`)).toBe(language.dashboard.pages[name]);
        await page.waitForSelector(`[data-testid="${content}"]`);
        await page.waitForFunction((want) => document.querySelector('.dashboard h3')?.textContent === want, title(language), { timeout: 10_000 });
      }
    }
    // The work report of last month is not generated yet: the team's, with a choice of engineer.
    expect(await page.textContent('[data-testid="work-report-missing"]')).toContain(en.dashboard.workReports.generate);
    expect(await page.locator('[data-testid="work-report-engineer"]').count()).toBe(1);
  });

  it("shows an engineer their own row only, and no R&D page", async () => {
    const [manager, zhang, li] = await Promise.all([buildUser(ds(), [Role.PRESALES_MANAGER], '刘经理'), buildUser(ds(), [Role.PRESALES], '张伟'), buildUser(ds(), [Role.PRESALES], '李娜')]);
    await answeredTicket(ds(), zhang, manager, 'TS-E2E-000001');
    await answeredTicket(ds(), li, manager, 'TS-E2E-000002');
    const page = await suite.signIn(zhang);

    await page.goto(`${suite.server.url}/dashboards/workload`);
    await page.waitForSelector('[data-testid="workload-table"] tr.ant-table-row');
    expect(await firstColumn(page, 'workload-table')).toEqual(['张伟']);
    await page.click('[data-testid="dashboard-tab-satisfaction"]');
    await page.waitForSelector('[data-testid="satisfaction-table"] tr.ant-table-row');
    expect(await firstColumn(page, 'satisfaction-table')).toEqual(['张伟']);
    expect(await page.locator('[data-testid="dashboard-tab-rnd"]').count()).toBe(0);
    expect(await page.locator('[data-testid="workload-table"]').count()).toBe(0);

    // The R&D dashboard is refused by its address too.
    await page.goto(`${suite.server.url}/dashboards/rnd`);
    await page.waitForSelector(`.ant-result-title:has-text("${zhCN.dashboard.notAllowed}")`);
  });

  it("generates an engineer's work report on the page and shows it, with who generated it", async () => {
    const zhang = await buildUser(ds(), [Role.PRESALES], '张伟');
    const page = await suite.signIn(zhang);
    await page.goto(`${suite.server.url}/dashboards/work-reports`);
    await page.waitForSelector('[data-testid="work-report-missing"]');
    expect(await page.locator('[data-testid="work-report-engineer"]').count()).toBe(0);

    await page.click('[data-testid="work-report-generate"]');
    const report = await page.waitForSelector('[data-testid="work-report"][data-scope="ENGINEER"]', { timeout: 10_000 });
    expect(await report.textContent()).toContain(`张伟 · ${lastMonth()}`);
    expect(await page.textContent('[data-testid="work-report-generated"]')).toContain('张伟');
    expect(await page.textContent('[data-testid="work-report-ticketsAssigned"]')).toBe('0');
    expect(await page.textContent('[data-testid="work-report-problems"]')).toContain(zhCN.dashboard.workReports.noProblems);
    expect(await page.textContent('[data-testid="work-report-generate"]')).toContain(zhCN.dashboard.workReports.regenerate);
    await page.waitForSelector(`.ant-message:has-text("${zhCN.dashboard.workReports.generated.replace('{{month}}', lastMonth())}")`);
  });

  it('moves the workload table of a manager who has it open when a ticket is assigned, without a reload', async () => {
    const [manager, zhang] = await Promise.all([buildUser(ds(), [Role.PRESALES_MANAGER], '刘经理'), buildUser(ds(), [Role.PRESALES], '张伟')]);
    const customer = await buildCustomer(ds(), '华东电网信息中心');
    const page = await suite.signIn(manager);
    await page.goto(`${suite.server.url}/dashboards/workload`);
    await waitForOpenTickets(page, zhang, '0');
    await page.waitForFunction((id) => (document.querySelector('[data-testid="workload-chart"]')?.getAttribute('data-values') ?? '').includes(`${id}:0/`), zhang.id);
    await markPage(page);

    const { tickets } = suite.server.services;
    const ticket = await tickets.create(manager, { channel: TicketChannel.PHONE, customerId: customer.id, title: '运维平台登录后白屏', description: '登录后页面一直白屏', category: TicketCategory.FAULT, priority: TicketPriority.HIGH });
    await tickets.assign(manager, { ticketId: ticket.id, expectedVersion: ticket.version, assigneeId: zhang.id });

    await waitForOpenTickets(page, zhang, '1');
    await page.waitForFunction((id) => (document.querySelector('[data-testid="workload-chart"]')?.getAttribute('data-values') ?? '').includes(`${id}:1/`), zhang.id);
    expect(await stillTheSamePage(page)).toBe(true);
  });
});
