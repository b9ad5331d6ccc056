import zhCN from '../../client/src/locales/zh-CN.json';
import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import { Role } from '../../server/src/modules/users/role.enum';
import type { User } from '../../server/src/modules/users/user.entity';
import { buildCustomer, buildUser } from '../helpers/factories';
import type { ApiClient } from '../helpers/graphql-client';
import { serverSuite } from '../helpers/server-suite';

const ATTAINMENT = `query($filter: DashboardFilter!) { serviceDeskFigures(filter: $filter) {
  slaAttainment { priority tickets responseMet responseBreached responseRate resolutionMet resolutionBreached resolutionRate }
} }`;
const MARCH = { from: '2025-03-01', to: '2025-03-31' };

type Cell = ExcelJS.CellValue;

/** The workbook's rows as plain values, every row as wide as the sheet (empty cells null), and each cell's number format. */
async function readWorkbook(response: Response): Promise<{ title: Cell; rows: Cell[][]; formats: string[][] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0];
  const rows: Cell[][] = [];
  const formats: string[][] = [];
  sheet.eachRow((row) => {
    const cells = Array.from({ length: sheet.columnCount }, (_, index) => row.getCell(index + 1));
    rows.push(cells.map((cell) => cell.value ?? null));
    formats.push(cells.map((cell) => cell.numFmt ?? ''));
  });
  return { title: rows[0][0], rows, formats };
}

describe('dashboard exports (.xlsx)', () => {
  const suite = serverSuite();
  const { as } = suite;
  const ds = () => suite.server.dataSource;
  let engineer: User;
  let other: User;

  const download = (client: ApiClient | null, name: string, params: Record<string, string>) =>
    fetch(`${suite.server.url}/exports/dashboards/${name}.xlsx?${new URLSearchParams(params).toString()}`, { headers: client?.cookie ? { cookie: client.cookie } : {} });

  /** Three HIGH tickets in March 2025 (two the engineer's), one URGENT of the other engineer: clocks decided as the comments say. */
  beforeEach(async () => {
    engineer = await buildUser(ds(), [Role.PRESALES], '张伟');
    other = await buildUser(ds(), [Role.PRESALES], '李娜');
    const creator = await buildUser(ds(), [Role.PRESALES_MANAGER]);
    const customer = await buildCustomer(ds());
    const [policy] = (await ds().query('SELECT id, calendar_id FROM sla_policy WHERE is_default')) as { id: string; calendar_id: string }[];
    const tickets: [string, string, string, string][] = [
      // priority, assignee, RESPONSE, RESOLUTION
      ['HIGH', engineer.id, 'MET', 'MET'],
      ['HIGH', engineer.id, 'MET', 'BREACHED'],
      ['HIGH', other.id, 'BREACHED', 'RUNNING'],
      ['URGENT', other.id, 'MET', 'MET'],
    ];
    for (const [index, [priority, assignee, response, resolution]] of tickets.entries()) {
      const [{ id }] = (await ds().query(
        `INSERT INTO ticket (number, channel, customer_id, title, description, category, priority, assignee_id, created_by_id, sla_policy_id, created_at)
         VALUES ($1, 'PHONE', $2, '题目', '描述', 'FAULT', $3, $4, $5, $6, '2025-03-10T09:00:00+08:00') RETURNING id`,
        [`TS-2025-${String(index + 1).padStart(6, '0')}`, customer.id, priority, assignee, creator.id, policy.id],
      )) as { id: string }[];
      for (const [kind, state] of [['RESPONSE', response], ['RESOLUTION', resolution]]) {
        await ds().query(`INSERT INTO sla_clock (ticket_id, kind, state, calendar_id, target_minutes, started_at) VALUES ($1, $2, $3, $4, 60, now())`, [id, kind, state, policy.calendar_id]);
      }
    }
  });

  it('holds the figures of the screen: same rows, numbers as numbers, rates as fractions in a percent format', async () => {
    const manager = await as(await buildUser(ds(), [Role.PRESALES_MANAGER]));
    const screen = await manager.request<{ serviceDeskFigures: { slaAttainment: Record<string, unknown>[] } }>(ATTAINMENT, { filter: MARCH });
    expect(screen.errors).toBeUndefined();

    const response = await download(manager, 'sla-attainment', MARCH);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/spreadsheetml/);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="?sla-attainment-2025-03-01_2025-03-31\.xlsx/);
    const { title, rows, formats } = await readWorkbook(response);
    expect(title).toBe('SLA 达成率 · 2025-03-01 – 2025-03-31');
    expect(rows[1]).toEqual(['优先级', '工单数', '响应达标', '响应超时', '响应达成率', '解决达标', '解决超时', '解决达成率']);
    // The screen shows priorities by their labels (ticketPriority in the client's dictionary), and so does the workbook.
    const fromScreen = screen.data!.serviceDeskFigures.slaAttainment.map((row) => [
      zhCN.ticketPriority[row.priority as keyof typeof zhCN.ticketPriority], row.tickets, row.responseMet, row.responseBreached, row.responseRate, row.resolutionMet, row.resolutionBreached, row.resolutionRate,
    ]);
    expect(rows.slice(2)).toEqual(fromScreen);
    // By hand: HIGH 3 tickets, response 2 met / 1 breached → 2/3; resolution 1 met / 1 breached (one running) → 1/2.
    // URGENT: 1 ticket, both met → 1 and 1. MEDIUM and LOW: no tickets, no rate (empty cells).
    expect(rows.slice(2)).toEqual([
      ['紧急', 1, 1, 0, 1, 1, 0, 1],
      ['高', 3, 2, 1, 2 / 3, 1, 1, 0.5],
      ['中', 0, 0, 0, null, 0, 0, null],
      ['低', 0, 0, 0, null, 0, 0, null],
    ]);
    expect(formats[2]).toEqual(['', '0', '0', '0', '0.0%', '0', '0', '0.0%']);
  });

  it("narrows an engineer's workbook to their own figures, as on screen", async () => {
    const own = await as(engineer);
    // Asking for the other engineer's figures still gives their own: HIGH 2 tickets, response 2/2, resolution 1 met, 1 breached.
    const { rows } = await readWorkbook(await download(own, 'sla-attainment', { ...MARCH, engineerId: other.id }));
    expect(rows.slice(2, 4)).toEqual([
      ['紧急', 0, 0, 0, null, 0, 0, null],
      ['高', 2, 2, 0, 1, 1, 1, 0.5],
    ]);
  });

  it("writes the headers in the user's language", async () => {
    await ds().query(`UPDATE app_user SET language = 'en' WHERE id = $1`, [engineer.id]);
    const { title, rows } = await readWorkbook(await download(await as(engineer), 'sla-attainment', { ...MARCH, priority: 'HIGH' }));
    expect(title).toBe('SLA attainment · 2025-03-01 – 2025-03-31');
    expect(rows[1]).toEqual(['Priority', 'Tickets', 'Response met', 'Response breached', 'Response rate', 'Resolution met', 'Resolution breached', 'Resolution rate']);
  });

  it('answers 401 signed out, 403 for a role without the dashboard, 404 for an unknown table, 400 for a bad filter, as JSON codes', async () => {
    const signedOut = await download(null, 'sla-attainment', MARCH);
    expect(signedOut.status).toBe(401);
    expect(await signedOut.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });

    const sales = await as(await buildUser(ds(), [Role.SALES]));
    const forbidden = await download(sales, 'sla-attainment', MARCH);
    expect(forbidden.status).toBe(403);
    expect(await forbidden.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });

    const manager = await as(await buildUser(ds(), [Role.GM]));
    const unknown = await download(manager, 'salaries', MARCH);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });

    const bad = await download(manager, 'sla-attainment', { from: '2025-03-31', to: '2025-03-01', customerId: 'x' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'VALIDATION', fields: { to: 'BEFORE_FROM', customerId: 'INVALID_ID' } } });
    const badPriority = await download(manager, 'sla-attainment', { ...MARCH, priority: 'CRITICAL' });
    expect(badPriority.status).toBe(400);
    expect(await badPriority.json()).toMatchObject({ error: { code: 'VALIDATION', fields: { priority: 'INVALID' } } });
  });
});
