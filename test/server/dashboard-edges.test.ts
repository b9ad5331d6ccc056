import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import { companyDayOf } from '../../server/src/platform/company-calendar';
import { Role } from '../../server/src/modules/users/role.enum';
import type { User } from '../../server/src/modules/users/user.entity';
import { MonthlyWorkReportJob } from '../../server/src/modules/work-reports/work-report.job';
import { buildCustomer, buildUser } from '../helpers/factories';
import { type ApiClient, codes } from '../helpers/graphql-client';
import { serverSuite } from '../helpers/server-suite';

/** Review of issue 7 (reports and dashboards): each test fails on a defect named in its comment. */

const SERVICE_DESK = `query($filter: DashboardFilter!) { serviceDeskFigures(filter: $filter) { tickets } }`;
const SATISFACTION = `query($filter: DashboardFilter!) { satisfactionFigures(filter: $filter) { overall { answered } } }`;
const WORKLOAD = `query($filter: DashboardFilter!) { workloadFigures(filter: $filter) { engineerId } }`;
const RND = `query($filter: RndFilter!) { rndFigures(filter: $filter) { hoursToAssign { count } } }`;
const FIGURES = 'figures { ticketsAssigned }';
const ONE = `query($month: String!, $engineerId: ID) { workReport(month: $month, engineerId: $engineerId) { id ${FIGURES} } }`;
const GENERATE = `mutation($month: String!, $engineerId: ID) { generateWorkReport(month: $month, engineerId: $engineerId) { id scope ${FIGURES} members { engineerId ${FIGURES} } } }`;

const MARCH = { from: '2025-03-01', to: '2025-03-31' };

describe('dashboards and work reports: edges', () => {
  const suite = serverSuite();
  const { as } = suite;
  const ds = () => suite.server.dataSource;
  let creator: User;
  let customer: string;
  let policy: string;
  let count = 0;

  beforeEach(async () => {
    creator = await buildUser(ds(), [Role.PRESALES_MANAGER], '经理');
    customer = (await buildCustomer(ds())).id;
    [{ id: policy }] = (await ds().query('SELECT id FROM sla_policy WHERE is_default')) as { id: string }[];
  });

  /** A ticket assigned to `engineer`, created at `created` (an ISO instant) or now. */
  const ticket = async (engineer: User, created?: string): Promise<void> => {
    count += 1;
    await ds().query(
      `INSERT INTO ticket (number, channel, customer_id, title, description, category, priority, assignee_id, created_by_id, sla_policy_id, created_at)
       VALUES ($1, 'PHONE', $2, '题目', '描述', 'FAULT', 'MEDIUM', $3, $4, $5, coalesce($6::timestamptz, now()))`,
      [`TS-2025-${String(count).padStart(6, '0')}`, customer, engineer.id, creator.id, policy, created ?? null],
    );
  };

  const download = (client: ApiClient, name: string, params: Record<string, string>) =>
    fetch(`${suite.server.url}/exports/dashboards/${name}.xlsx?${new URLSearchParams(params).toString()}`, { headers: client.cookie ? { cookie: client.cookie } : {} });

  // Year 0 is a day in JavaScript but not in PostgreSQL: a period in it is VALIDATION (INVALID_DAY), never a
  // failed statement answered as INTERNAL_SERVER_ERROR.
  it('refuses a period in year 0 as VALIDATION, not a server error', async () => {
    const gm = await as(await buildUser(ds(), [Role.GM]));
    const period = { from: '0000-01-01', to: '0000-01-31' };
    const answers = [];
    for (const [name, query] of [['serviceDeskFigures', SERVICE_DESK], ['satisfactionFigures', SATISFACTION], ['workloadFigures', WORKLOAD], ['rndFigures', RND]]) {
      const response = await gm.request(query, { filter: period });
      answers.push({ name, codes: codes(response), fields: response.errors?.[0]?.extensions?.fields });
    }
    expect(answers).toEqual(['serviceDeskFigures', 'satisfactionFigures', 'workloadFigures', 'rndFigures'].map((name) => ({ name, codes: ['VALIDATION'], fields: { from: 'INVALID_DAY', to: 'INVALID_DAY' } })));
  });

  // GraphQL refuses U+0000 in arguments; the export's query string is checked the same way (400 VALIDATION,
  // NUL_CHARACTER) instead of reaching PostgreSQL, which cannot store it.
  it('answers a NUL in an export query string with 400 VALIDATION, not 500', async () => {
    const gm = await as(await buildUser(ds(), [Role.GM]));
    const answers = [];
    for (const name of ['sla-attainment', 'satisfaction-per-engineer', 'satisfaction-trend']) {
      const response = await download(gm, name, { ...MARCH, product: 'a\u0000b' });
      answers.push({ name, status: response.status, code: ((await response.json()) as { error: { code: string } }).error.code });
    }
    expect(answers).toEqual(['sla-attainment', 'satisfaction-per-engineer', 'satisfaction-trend'].map((name) => ({ name, status: 400, code: 'VALIDATION' })));
  });

  // An empty engineerId is not "the TEAM": it is an id that names no engineer (VALIDATION), not a uuid cast that
  // PostgreSQL refuses.
  it("refuses engineerId '' on workReport and generateWorkReport as VALIDATION, not a server error", async () => {
    const manager = await as(creator);
    const answers = [];
    for (const [name, query] of [['workReport', ONE], ['generateWorkReport', GENERATE]]) {
      answers.push({ name, codes: codes(await manager.request(query, { month: '2025-03', engineerId: '' })) });
    }
    expect(answers).toEqual([
      { name: 'workReport', codes: ['VALIDATION'] },
      { name: 'generateWorkReport', codes: ['VALIDATION'] },
    ]);
  });

  // A report made during its month (generateWorkReport for the current month) is replaced by the whole month's
  // when the job runs after the month ended; reports made after the month ended are kept, and a retry stores
  // nothing twice.
  it("replaces a report generated mid-month with the whole month's when the job runs", async () => {
    const engineer = await buildUser(ds(), [Role.PRESALES], '甲');
    const today = companyDayOf(new Date());
    const month = today.slice(0, 7);
    await ticket(engineer);
    const early = await (await as(engineer)).request<{ generateWorkReport: { figures: { ticketsAssigned: number } } }>(GENERATE, { month, engineerId: engineer.id });
    expect(early.errors).toBeUndefined();
    expect(early.data!.generateWorkReport.figures.ticketsAssigned).toBe(1);

    // More work later in the same month.
    await ticket(engineer);

    // The first working day of the next month is among its first seven days; runOn does nothing on the others.
    const [year, monthNumber] = month.split('-').map(Number);
    const next = monthNumber === 12 ? `${year + 1}-01` : `${year}-${String(monthNumber + 1).padStart(2, '0')}`;
    const job = new MonthlyWorkReportJob(ds(), suite.server.services.workReports);
    for (let day = 1; day <= 7; day += 1) await job.runOn(`${next}-0${day}`);

    const [stored] = (await ds().query(`SELECT content->'figures'->>'ticketsAssigned' AS assigned FROM work_report WHERE month = $1 AND engineer_id = $2`, [month, engineer.id])) as {
      assigned: string;
    }[];
    expect(Number(stored.assigned)).toBe(2);
  });

  // The TEAM of a past month is the PRESALES users active now or who worked that month: an engineer deactivated
  // since keeps their member line, and their work stays in the department's totals.
  it("keeps an engineer who left since in a past month's TEAM report", async () => {
    const jia = await buildUser(ds(), [Role.PRESALES], '甲');
    const yi = await buildUser(ds(), [Role.PRESALES], '乙');
    await ticket(jia, '2025-03-10T10:00:00+08:00');
    await ticket(yi, '2025-03-12T10:00:00+08:00');
    await ds().query('UPDATE app_user SET active = false WHERE id = $1', [yi.id]);

    const response = await (await as(creator)).request<{ generateWorkReport: { figures: { ticketsAssigned: number }; members: { engineerId: string }[] } }>(GENERATE, { month: '2025-03' });
    expect(response.errors).toBeUndefined();
    expect(response.data!.generateWorkReport.members.map((member) => member.engineerId)).toContain(yi.id);
    expect(response.data!.generateWorkReport.figures.ticketsAssigned).toBe(2);
  });

  // A workbook's title row and file name say what its table covers: from/to for the period tables, month only for
  // work-report, whatever else the query string carries.
  it("titles a period table's workbook with its period, not a stray month parameter", async () => {
    const gm = await as(await buildUser(ds(), [Role.GM]));
    const response = await download(gm, 'sla-attainment', { ...MARCH, month: '2024-01' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/sla-attainment-2025-03-01_2025-03-31\.xlsx/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets[0].getRow(1).getCell(1).value).toBe('SLA 达成率 · 2025-03-01 – 2025-03-31');
  });
});
