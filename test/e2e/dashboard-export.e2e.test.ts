import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import type { DataSource } from 'typeorm';
import { describe, expect, it } from 'vitest';
import zhCN from '../../client/src/locales/zh-CN.json';
import { Role } from '../../server/src/modules/users/role.enum';
import type { User } from '../../server/src/modules/users/user.entity';
import { browserSuite, haveChromium } from '../helpers/browser';
import { buildCustomer, buildProject, buildUser } from '../helpers/factories';

/** The text of every data cell of a table on screen, row by row (the total row of a summary too). */
const tableCells = (page: Page, testId: string): Promise<string[][]> =>
  page.$$eval(`[data-testid="${testId}"] tr.ant-table-row, [data-testid="${testId}"] .ant-table-summary tr`, (rows) =>
    rows.map((row) => Array.from(row.querySelectorAll('td')).map((cell) => (cell.textContent ?? '').trim())),
  );

/** Clicks an Export button and reads the workbook it downloads: its data rows (after the title and header rows), each cell as the screen shows it. */
async function exportedRows(page: Page, exportTestId: string, text: Record<number, (value: string) => string> = {}): Promise<string[][]> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid="${exportTestId}"]`)]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.worksheets[0];
  const rows: string[][] = [];
  sheet.eachRow((row, number) => {
    if (number <= 2) return; // the title and the header
    rows.push(Array.from({ length: sheet.columnCount }, (_, index) => asOnScreen(row.getCell(index + 1), text[index])));
  });
  return rows;
}

/** A workbook cell formatted the way the dashboards format it: rates as percent with one decimal, decimals with two, nothing as a dash. */
function asOnScreen(cell: ExcelJS.Cell, text: (value: string) => string = (value) => value): string {
  const { value } = cell;
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'number') {
    if (cell.numFmt === '0.0%') return `${Math.round(value * 1000) / 10}%`;
    if (cell.numFmt === '0.00') return value.toFixed(2);
    return text(String(value));
  }
  return text(String(value));
}

/** The screen's label of a priority code, and its performance level with a true minus sign. */
const priorityLabel = (code: string) => zhCN.ticketPriority[code as keyof typeof zhCN.ticketPriority];
const levelLabel = (level: string) => level.replace('-', '−');

/**
 * This month's small world (Shanghai): 张伟 and 李娜 work tickets with decided SLA clocks, one
 * answered survey, a late report with its tracking entry, an upheld complaint, and two projects.
 */
async function seedMonth(ds: DataSource): Promise<{ manager: User; zhang: User; li: User }> {
  const [manager, zhang, li, sales] = await Promise.all([
    buildUser(ds, [Role.PRESALES_MANAGER], '刘经理'),
    buildUser(ds, [Role.PRESALES], '张伟'),
    buildUser(ds, [Role.PRESALES], '李娜'),
    buildUser(ds, [Role.SALES], '王销售'),
  ]);
  const customer = await buildCustomer(ds, '华东电网信息中心');
  const first = await buildProject(ds, { customer, sales, firstPresales: zhang, secondPresales: li, name: '电网终端准入项目' });
  await buildProject(ds, { customer, sales, firstPresales: li, name: '电网运维审计项目' });
  const [policy] = (await ds.query('SELECT id, calendar_id FROM sla_policy WHERE is_default')) as { id: string; calendar_id: string }[];

  const tickets: [priority: string, status: string, assignee: User, response: string, resolution: string][] = [
    ['HIGH', 'IN_PROGRESS', zhang, 'MET', 'BREACHED'],
    ['HIGH', 'RESOLVED', li, 'MET', 'MET'],
    ['HIGH', 'RESOLVED', zhang, 'BREACHED', 'MET'],
    ['URGENT', 'NEW', zhang, 'BREACHED', 'RUNNING'],
    ['LOW', 'ACKNOWLEDGED', li, 'MET', 'RUNNING'],
  ];
  const ticketIds: string[] = [];
  for (const [index, [priority, status, assignee, response, resolution]] of tickets.entries()) {
    const resolved = status === 'RESOLVED';
    const [{ id }] = (await ds.query(
      `INSERT INTO ticket (number, channel, customer_id, title, description, category, priority, status, assignee_id, created_by_id, sla_policy_id, acknowledged_at, resolved_at)
       VALUES ($1, 'PHONE', $2, '运维平台登录后白屏', '登录后页面一直白屏', 'FAULT', $3, $4, $5, $6, $7, now(), $8) RETURNING id`,
      [`TS-E2E-${String(index + 1).padStart(6, '0')}`, customer.id, priority, status, assignee.id, manager.id, policy.id, resolved ? new Date() : null],
    )) as { id: string }[];
    ticketIds.push(id);
    for (const [kind, state] of [['RESPONSE', response], ['RESOLUTION', resolution]]) {
      await ds.query(`INSERT INTO sla_clock (ticket_id, kind, state, calendar_id, target_minutes, started_at) VALUES ($1, $2, $3, $4, 60, now())`, [id, kind, state, policy.calendar_id]);
    }
  }
  await ds.query(
    `INSERT INTO satisfaction_survey (ticket_id, engineer_id, token_hash, response_speed, resolution, professionalism, attitude, answered_at) VALUES ($1, $2, 'e2e-survey', 5, 4, 4, 3, now())`,
    [ticketIds[1], li.id],
  );
  // A written report filed two days after the talk (late), and the tracking entry it made.
  const [{ id: reportId }] = (await ds.query(
    `INSERT INTO communication_report (project_id, author_id, title, result, method, channel, communicator, communicated_at, problems_handled, remaining_problems, created_at)
     VALUES ($1, $2, '客户沟通', 'SUCCESS', 'EMAIL', 'WRITTEN', '刘工', now() - interval '2 days', '{解决vista下远程控制网络参数设置}', '{}', now()) RETURNING id`,
    [first.id, zhang.id],
  )) as { id: string }[];
  await ds.query(
    `INSERT INTO tracking_entry (owner_id, supporter_id, support_role, project_id, report_id, entry_date, content) VALUES ($1, $1, 'FIRST', $2, $3, (now() AT TIME ZONE 'Asia/Shanghai')::date, '解决远程控制参数设置')`,
    [zhang.id, first.id, reportId],
  );
  await ds.query(`INSERT INTO complaint (project_id, complainant_id, respondent_id, title, description, status, created_at) VALUES ($1, $2, $3, '投诉-项目沟通问题', '沟通后没有汇报', 'UPHELD', now())`, [
    first.id,
    sales.id,
    zhang.id,
  ]);
  return { manager, zhang, li };
}

/** Picks a month (YYYY-MM) in the work-report month picker. */
async function pickMonth(page: Page, month: string): Promise<void> {
  const input = page.locator('[data-testid="work-report-month"] input, input[data-testid="work-report-month"]').first();
  await input.click();
  await input.fill(month);
  await input.press('Enter');
}

const thisMonth = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(new Date());

describe.skipIf(!haveChromium)('dashboard exports in a real browser and a real xlsx reader (Chromium, exceljs)', () => {
  const suite = browserSuite({ timezoneId: 'Asia/Shanghai' });

  it('Exports open in a real xlsx reader with the same figures as the screen', async () => {
    const { manager } = await seedMonth(suite.server.dataSource);
    const page = await suite.signIn(manager);

    // SLA attainment: every priority, counts and rates.
    await page.goto(`${suite.server.url}/dashboards/service-desk`);
    await page.waitForFunction(() => document.querySelector('[data-testid="sla-HIGH-tickets"]')?.textContent === '3', undefined, { timeout: 10_000 });
    const sla = await tableCells(page, 'sla-table');
    expect(sla.map((row) => row[0])).toEqual(['URGENT', 'HIGH', 'MEDIUM', 'LOW'].map(priorityLabel));
    expect(sla[1]).toEqual([priorityLabel('HIGH'), '3', '2', '1', '66.7%', '2', '1', '66.7%']);
    // The workbook labels priorities as the screen does.
    expect(await exportedRows(page, 'sla-attainment-export')).toEqual(sla);

    // Workload: one row per engineer, the late report and the performance level as the screen shows them.
    await page.click('[data-testid="dashboard-tab-workload"]');
    await page.waitForSelector('[data-testid="workload-table"] tr.ant-table-row');
    const workload = await tableCells(page, 'workload-table');
    expect(workload.map((row) => row[0])).toEqual(expect.arrayContaining(['张伟', '李娜']));
    const zhangRow = workload.find((row) => row[0] === '张伟');
    // Open tickets 2 (IN_PROGRESS, NEW), first on one project, a late report, one complaint upheld.
    expect(zhangRow?.slice(0, 4)).toEqual(['张伟', '2', '1', '0']);
    expect(zhangRow?.slice(5, 7)).toEqual(['1', '1']);
    expect(await exportedRows(page, 'workload-export', { 10: levelLabel })).toEqual(workload);

    // The team's work report of this month, generated on the page: each member's line and the total.
    await page.click('[data-testid="dashboard-tab-work-reports"]');
    await page.waitForSelector('[data-testid="work-report-month"]');
    await pickMonth(page, thisMonth());
    await page.click('[data-testid="work-report-generate"]');
    await page.waitForSelector('[data-testid="work-report"][data-scope="TEAM"] [data-testid="work-report-members"] tr.ant-table-row');
    const members = await tableCells(page, 'work-report-members');
    expect(members.at(-1)?.[0]).toBe(zhCN.dashboard.workReports.total);
    expect(members.map((row) => row[0])).toEqual(expect.arrayContaining(['张伟', '李娜']));
    expect(await exportedRows(page, 'work-report-export', { 15: levelLabel })).toEqual(members);
  });
});
