import type { Page } from 'playwright-core';
import type { DataSource } from 'typeorm';
import { describe, expect, it } from 'vitest';
import zhCN from '../../client/src/locales/zh-CN.json';
import { Role } from '../../server/src/modules/users/role.enum';
import { browserSuite, haveChromium, markPage, stillTheSamePage } from '../helpers/browser';
import { buildCustomer, buildCustomerUser, buildUser } from '../helpers/factories';

interface TicketRow {
  id: string;
  number: string;
  status: string;
  channel: string;
  priority: string;
  customer_id: string;
  created_by_id: string;
  assignee_id: string | null;
}

const ticketRows = async (ds: DataSource): Promise<TicketRow[]> =>
  (await ds.query('SELECT id, number, status, channel, priority, customer_id, created_by_id, assignee_id FROM ticket')) as TicketRow[];

/** Waits until the text of `selector` differs from `before`: the clock ticks on its own. */
const waitForTick = (page: Page, selector: string, before: string) =>
  page.waitForFunction(([sel, text]) => document.querySelector(sel)?.textContent !== text, [selector, before] as const, { timeout: 5_000 });

describe.skipIf(!haveChromium)('the service desk in real browsers (Chromium)', () => {
  const suite = browserSuite({ timezoneId: 'Asia/Shanghai' });
  const { signIn } = suite;

  it('a customer files a ticket in the portal; the open queue shows it live with its response clock running; the engineer acknowledges and the customer sees it without a reload', async () => {
    const ds = suite.server.dataSource;
    const customer = await buildCustomer(ds, '华东电网信息中心');
    const [customerUser, engineer] = await Promise.all([buildCustomerUser(ds, customer, '李工'), buildUser(ds, [Role.PRESALES], '张伟')]);
    const [customerPage, engineerPage] = await Promise.all([signIn(customerUser), signIn(engineer)]);

    // The customer lands in the portal, with no staff pages in the header; the engineer opens the queue.
    await customerPage.waitForURL(`${suite.server.url}/portal`);
    await customerPage.waitForSelector('[data-testid="portal-tickets"]');
    expect(await customerPage.locator('[data-testid="nav-portal"]').count()).toBe(1);
    expect(await customerPage.locator('[data-testid="nav-tickets"]').count()).toBe(0);
    // (The header's last entries may sit in its overflow menu: the queue is opened by its address.)
    expect(await engineerPage.locator('[data-testid="nav-tickets"]').count()).toBeGreaterThan(0);
    await engineerPage.goto(`${suite.server.url}/tickets`);
    await engineerPage.waitForSelector('[data-testid="ticket-queue"]');
    await engineerPage.waitForSelector('[data-testid="live-status"][data-state="live"]');
    await engineerPage.waitForSelector('[data-testid="nav-tickets"][data-count="0"]', { state: 'attached' });
    await markPage(engineerPage);

    // The customer files a ticket: no channel, customer or project to pick; the description is required.
    await customerPage.click('[data-testid="portal-new-ticket"]');
    await customerPage.waitForSelector('[data-testid="ticket-intake-form"]');
    for (const field of ['channel', 'customerId', 'projectId']) expect(await customerPage.locator(`#ticket-intake_${field}`).count()).toBe(0);
    await customerPage.fill('#ticket-intake_title', '运维平台登录后白屏');
    await customerPage.click('[data-testid="ticket-intake-submit"]');
    const missing = await customerPage.waitForSelector('.ant-form-item:has(#ticket-intake_description) .ant-form-item-explain-error');
    expect(await missing.textContent()).toBe(zhCN.validation.REQUIRED);
    await customerPage.fill('#ticket-intake_description', '今天上午起，运维人员登录远程运维平台后页面一直白屏，影响全部运维人员。');
    await customerPage.click('[data-testid="ticket-priority-URGENT"]');
    await customerPage.fill('#ticket-intake_errorText', 'Uncaught TypeError: Cannot read properties of undefined');
    await customerPage.click('[data-testid="ticket-intake-submit"]');

    // It opens on the customer's ticket page, filed through the portal for their organisation.
    await customerPage.waitForURL(/\/portal\/tickets\/[0-9a-f-]+$/, { timeout: 10_000 });
    const [ticket] = await ticketRows(ds);
    expect(ticket).toMatchObject({ status: 'NEW', channel: 'WEB_PORTAL', priority: 'URGENT', customer_id: customer.id, created_by_id: customerUser.id, assignee_id: null });
    expect(customerPage.url()).toBe(`${suite.server.url}/portal/tickets/${ticket.id}`);
    await customerPage.waitForSelector(`[data-testid="ticket-${ticket.id}"][data-status="NEW"]`);
    expect(await customerPage.textContent('[data-testid="ticket-number"]')).toBe(ticket.number);
    expect(await customerPage.textContent('[data-testid="portal-status-hint"]')).toBe(zhCN.portal.statusHint.NEW);
    await markPage(customerPage);

    // The engineer's open queue shows it without a reload, its response clock running and counting down.
    const link = await engineerPage.waitForSelector(`[data-testid="ticket-link-${ticket.id}"]`, { timeout: 10_000 });
    expect(await link.textContent()).toBe(ticket.number);
    const clock = `[data-testid="ticket-row-${ticket.id}"] [data-testid="sla-clock-RESPONSE-${ticket.id}"]`;
    await engineerPage.waitForSelector(`${clock}[data-state="RUNNING"]`);
    const shown = (await engineerPage.textContent(clock)) ?? '';
    expect(shown).toContain(zhCN.slaKind.RESPONSE);
    expect(shown).toMatch(/剩余 \d+:\d{2}(:\d{2})?|剩余 \d+天\d+小时/);
    if (!shown.includes('天')) await waitForTick(engineerPage, clock, shown);
    await engineerPage.waitForSelector(`[data-testid="ticket-row-${ticket.id}"] [data-testid="sla-clock-RESOLUTION-${ticket.id}"][data-state="RUNNING"]`);
    await engineerPage.waitForSelector(`[data-testid="ticket-status-${ticket.id}"][data-status="NEW"]`);
    await engineerPage.waitForSelector('[data-testid="nav-tickets"][data-count="1"]', { state: 'attached' });
    expect(await stillTheSamePage(engineerPage)).toBe(true);

    // The engineer opens it and acknowledges: the response clock is met and the ticket is theirs.
    await link.click();
    await engineerPage.waitForSelector(`[data-testid="ticket-${ticket.id}"][data-status="NEW"]`);
    expect(await engineerPage.textContent('[data-testid="ticket-error-text"]')).toBe('Uncaught TypeError: Cannot read properties of undefined');
    await engineerPage.click('[data-testid="ticket-action-ACKNOWLEDGE"]');
    await engineerPage.waitForSelector(`[data-testid="ticket-${ticket.id}"][data-status="ACKNOWLEDGED"]`, { timeout: 10_000 });
    await engineerPage.waitForSelector(`[data-testid="sla-clock-RESPONSE-${ticket.id}"][data-state="MET"]`);
    expect(await engineerPage.textContent('[data-testid="ticket-assignee"]')).toBe(engineer.name);
    expect(await ds.query('SELECT status, assignee_id FROM ticket WHERE id = $1', [ticket.id])).toEqual([{ status: 'ACKNOWLEDGED', assignee_id: engineer.id }]);

    // The customer's page follows without a reload: the new status, its words, and who is on it.
    await customerPage.waitForSelector(`[data-testid="ticket-${ticket.id}"][data-status="ACKNOWLEDGED"]`, { timeout: 10_000 });
    expect(await customerPage.textContent('[data-testid="ticket-status"]')).toBe(zhCN.ticketStatus.ACKNOWLEDGED);
    expect(await customerPage.textContent('[data-testid="portal-status-hint"]')).toBe(zhCN.portal.statusHint.ACKNOWLEDGED);
    expect(await stillTheSamePage(customerPage)).toBe(true);

    // An internal note stays with the staff; a reply reaches the customer live.
    await engineerPage.click('[data-testid="reply-internal"]');
    await engineerPage.fill('[data-testid="reply-text"]', '怀疑是前端缓存了旧版本脚本，先让客户清缓存');
    await engineerPage.click('[data-testid="reply-send"]');
    await engineerPage.waitForSelector('[data-testid^="ticket-message-"][data-internal="true"]', { timeout: 10_000 });
    await engineerPage.click('[data-testid="reply-internal"]');
    await engineerPage.fill('[data-testid="reply-text"]', '请按 Ctrl+F5 强制刷新后再试一次。');
    await engineerPage.click('[data-testid="reply-send"]');
    const reply = await customerPage.waitForSelector('[data-testid^="ticket-message-"]:has-text("Ctrl+F5")', { timeout: 10_000 });
    expect(await reply.getAttribute('data-internal')).toBe('false');
    expect(await customerPage.locator('[data-testid="ticket-conversation"]').textContent()).not.toContain('前端缓存');
    expect(await customerPage.locator('[data-testid="reply-internal"]').count()).toBe(0);
    expect(await stillTheSamePage(customerPage)).toBe(true);
  });
});
