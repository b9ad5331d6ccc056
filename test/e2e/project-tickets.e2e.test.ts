import { describe, expect, it } from 'vitest';
import zhCN from '../../client/src/locales/zh-CN.json';
import { Role } from '../../server/src/modules/users/role.enum';
import { browserSuite, haveChromium, markPage, stillTheSamePage } from '../helpers/browser';
import { buildCustomer, buildProject, buildUser, signedIn } from '../helpers/factories';
import { ApiClient } from '../helpers/graphql-client';

const CREATE = 'mutation($input: CreateTicketInput!) { createTicket(input: $input) { id number version } }';
const STEP = 'mutation($input: TicketStepInput!) { ticketStep(input: $input) { id version status } }';

interface Filed {
  id: string;
  number: string;
  version: number;
}

describe.skipIf(!haveChromium)("a project's tickets and a ticket's priority in real browsers (Chromium)", () => {
  const suite = browserSuite({ timezoneId: 'Asia/Shanghai' });
  const { signIn } = suite;

  const file = async (api: ApiClient, input: Record<string, unknown>): Promise<Filed> => {
    const created = await api.request<{ createTicket: Filed }>(CREATE, { input: { channel: 'PHONE', category: 'FAULT', priority: 'HIGH', description: '运维人员登录后页面一直白屏', ...input } });
    expect(created.errors).toBeUndefined();
    return created.data!.createTicket;
  };

  const step = async (api: ApiClient, ticketId: string, expectedVersion: number, action: string, details: Record<string, unknown> = {}): Promise<number> => {
    const moved = await api.request<{ ticketStep: { version: number } }>(STEP, { input: { ticketId, expectedVersion, action, ...details } });
    expect(moved.errors).toBeUndefined();
    return moved.data!.ticketStep.version;
  };

  /** A pre-sales, the first of a project of a customer, signed in through the API. */
  const engineerOnProject = async () => {
    const ds = suite.server.dataSource;
    const customer = await buildCustomer(ds, '华东电网信息中心');
    const engineer = await buildUser(ds, [Role.PRESALES], '张伟');
    const project = await buildProject(ds, { customer, firstPresales: engineer, name: '运维审计平台' });
    const api = await signedIn(new ApiClient(suite.server), engineer);
    return { ds, customer, engineer, project, api };
  };

  it("the pre-sales' header keeps its work in sight at 1440 px; the board card and the project's tickets tab follow new tickets live, with their clocks", async () => {
    const { customer, engineer, project, api } = await engineerOnProject();
    const page = await signIn(engineer);

    // Every entry of the header is in sight (none in the overflow menu); the service desk is a group.
    for (const entry of ['nav-tasks', 'nav-tracking', 'nav-uninitiated', 'nav-complaints', 'nav-testing', 'nav-service-desk']) expect(await page.isVisible(`[data-testid="${entry}"]`), entry).toBe(true);
    expect(await page.locator('[data-testid="nav-tickets"]').count()).toBeGreaterThan(0);
    await page.waitForSelector(`[data-testid="card-${project.id}"]`);
    await markPage(page);

    // A ticket on the project: the board card counts it, live.
    const first = await file(api, { customerId: customer.id, projectId: project.id, title: '登录后白屏' });
    await page.waitForSelector(`[data-testid="card-${project.id}-openTickets"][data-count="1"]`, { timeout: 10_000 });
    expect(await stillTheSamePage(page)).toBe(true);

    // The project's tickets tab lists it with its clocks running, and the customer's name opens the customer.
    await suite.openProjectTab(page, project.id, 'tickets', 'project-tickets');
    expect(await page.getAttribute('[data-testid="project-customer"]', 'href')).toBe(`/customers/${customer.id}`);
    expect(await page.textContent(`[data-testid="project-ticket-${first.id}"]`)).toBe(first.number);
    await page.waitForSelector(`[data-testid="project-ticket-row-${first.id}"] [data-testid="sla-clock-RESPONSE-${first.id}"][data-state="RUNNING"]`);
    await markPage(page);

    // Another one, filed elsewhere, appears without a reload; a step shows on it live.
    const second = await file(api, { customerId: customer.id, projectId: project.id, title: '审计回放卡顿', priority: 'MEDIUM' });
    await page.waitForSelector(`[data-testid="project-ticket-${second.id}"]`, { timeout: 10_000 });
    await step(api, second.id, second.version, 'ACKNOWLEDGE');
    await page.waitForSelector(`[data-testid="project-ticket-status-${second.id}"][data-status="ACKNOWLEDGED"]`, { timeout: 10_000 });
    await page.waitForSelector(`[data-testid="sla-clock-RESPONSE-${second.id}"][data-state="MET"]`);
    expect(await stillTheSamePage(page)).toBe(true);
  });

  it('a ticket filed from the project has the project and its customer chosen; the timeline names the tickets\' steps and opens them', async () => {
    const { ds, customer, engineer, project, api } = await engineerOnProject();
    const ticket = await file(api, { customerId: customer.id, projectId: project.id, title: '登录后白屏' });
    await step(api, ticket.id, ticket.version, 'ACKNOWLEDGE');
    const page = await signIn(engineer);
    await suite.openProjectTab(page, project.id, 'tickets', 'project-tickets');

    // A new ticket from the project: the intake form has the customer and the project chosen.
    await page.click('[data-testid="project-new-ticket"]');
    await page.waitForSelector('[data-testid="ticket-intake-form"]');
    expect(new URL(page.url()).searchParams.get('projectId')).toBe(project.id);
    await page.fill('#ticket-intake_title', '录像导出失败');
    await page.fill('#ticket-intake_description', '导出审计录像时提示磁盘空间不足');
    await page.click('[data-testid="ticket-intake-submit"]');
    await page.waitForURL(/\/tickets\/[0-9a-f-]+$/, { timeout: 10_000 });
    const [fromProject] = (await ds.query('SELECT id, customer_id, project_id FROM ticket WHERE title = $1', ['录像导出失败'])) as { id: string; customer_id: string; project_id: string }[];
    expect(fromProject).toMatchObject({ customer_id: customer.id, project_id: project.id });
    await page.waitForSelector(`[data-testid="ticket-${fromProject.id}"]`);

    // The timeline names the tickets' steps; an entry opens its ticket.
    await suite.openProjectTab(page, project.id, 'timeline', 'timeline');
    const timeline = (await page.textContent('[data-testid="timeline"]')) ?? '';
    for (const label of [zhCN.ticketEvent.CREATED, zhCN.ticketEvent.ACKNOWLEDGE]) expect(timeline).toContain(label);
    expect(timeline).toContain(`${ticket.number}：${zhCN.ticketStatus.ACKNOWLEDGED}`);
    const links = page.locator(`[data-testid="timeline"] a[href="/tickets/${ticket.id}"]`);
    expect(await links.count()).toBe(2);
    await links.first().click();
    await page.waitForSelector(`[data-testid="ticket-${ticket.id}"]`);
  });

  it('a new priority needs a reason and a change (UNCHANGED said on the field); it is kept as an internal note; a stale version is a conflict, said and reloaded; once closed, the write-up shows its own solution', async () => {
    const ds = suite.server.dataSource;
    const customer = await buildCustomer(ds, '华东电网信息中心');
    const engineer = await buildUser(ds, [Role.PRESALES], '张伟');
    const api = await signedIn(new ApiClient(suite.server), engineer);
    const ticket = await file(api, { customerId: customer.id, title: '登录后白屏' });
    const version = await step(api, ticket.id, ticket.version, 'ACKNOWLEDGE');

    const page = await signIn(engineer);
    // The page may stop hearing live pushes, so that it still shows the version it saw.
    let muted = false;
    await page.routeWebSocket(/\/graphql$/, (socket) => {
      const upstream = socket.connectToServer();
      upstream.onMessage((message) => {
        if (!(muted && typeof message === 'string' && message.includes('"type":"next"'))) socket.send(message);
      });
    });
    await page.goto(`${suite.server.url}/tickets/${ticket.id}`);
    await page.waitForSelector(`[data-testid="ticket-${ticket.id}"][data-status="ACKNOWLEDGED"]`);
    await page.waitForSelector('[data-testid="live-status"][data-state="live"]');
    const header = `[data-testid="ticket-${ticket.id}"] .ticket-page__title`;

    await page.click('[data-testid="ticket-change-priority"]');
    await page.waitForSelector('[data-testid="change-ticket-priority-form"]');
    await page.click('[data-testid="change-ticket-priority-submit"]');
    const required = await page.waitForSelector('.ant-form-item:has(#change-ticket-priority_reason) .ant-form-item-explain-error');
    expect(await required.textContent()).toBe(zhCN.validation.REQUIRED);
    await page.fill('#change-ticket-priority_reason', '核心业务中断，影响全部运维人员');
    await page.click('[data-testid="change-ticket-priority-submit"]');
    const unchanged = await page.waitForSelector('.ant-form-item:has(#change-ticket-priority_priority) .ant-form-item-explain-error', { timeout: 10_000 });
    expect(await unchanged.textContent()).toBe(zhCN.validation.UNCHANGED);

    await page.click('[data-testid="ticket-priority-URGENT"]');
    await page.click('[data-testid="change-ticket-priority-submit"]');
    await page.waitForSelector('[data-testid="change-ticket-priority-form"]', { state: 'detached', timeout: 10_000 });
    await page.waitForSelector(`${header} [data-priority="URGENT"]`, { timeout: 10_000 });
    const note = await page.waitForSelector('[data-testid^="ticket-message-"]:has-text("核心业务中断")', { timeout: 10_000 });
    expect(await note.getAttribute('data-internal')).toBe('true');
    const [changed] = (await ds.query('SELECT priority, version FROM ticket WHERE id = $1', [ticket.id])) as { priority: string; version: number }[];
    expect(changed).toEqual({ priority: 'URGENT', version: version + 1 });

    // Someone else moves it on while this page is deaf: changing the priority now is a conflict.
    muted = true;
    const started = await step(api, ticket.id, changed.version, 'START');
    await page.click('[data-testid="ticket-change-priority"]');
    await page.click('[data-testid="ticket-priority-LOW"]');
    await page.fill('#change-ticket-priority_reason', '客户说明只是咨询');
    await page.click('[data-testid="change-ticket-priority-submit"]');
    await page.waitForSelector(`.ant-message-notice:has-text("${zhCN.tickets.conflict}")`, { timeout: 10_000 });
    await page.waitForSelector('[data-testid="change-ticket-priority-form"]', { state: 'detached' });
    await page.waitForSelector(`[data-testid="ticket-${ticket.id}"][data-status="IN_PROGRESS"][data-version="${started}"]`, { timeout: 10_000 });
    expect(await ds.query('SELECT priority FROM ticket WHERE id = $1', [ticket.id])).toEqual([{ priority: 'URGENT' }]);

    // Closed with a write-up whose solution differs from the customer's: both are shown.
    muted = false;
    const resolved = await step(api, ticket.id, started, 'RESOLVE', { solution: '请按 Ctrl+F5 强制刷新' });
    await step(api, ticket.id, resolved, 'CLOSE', { cause: '前端缓存了旧版本脚本', solution: '发布时为脚本加版本号，客户侧强制刷新', steps: '1. 强制刷新\n2. 重新登录' });
    await page.reload();
    await page.waitForSelector(`[data-testid="ticket-${ticket.id}"][data-status="CLOSED"]`, { timeout: 10_000 });
    expect(await page.textContent('[data-testid="ticket-solution-text"]')).toBe('请按 Ctrl+F5 强制刷新');
    expect(await page.textContent('[data-testid="ticket-record-solution"]')).toBe('发布时为脚本加版本号，客户侧强制刷新');
    expect(await page.textContent('[data-testid="ticket-cause"]')).toBe('前端缓存了旧版本脚本');
    expect(await page.locator('[data-testid="ticket-change-priority"]').count()).toBe(0);
  });
});
