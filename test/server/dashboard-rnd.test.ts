import zhCN from '../../client/src/locales/zh-CN.json';
import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import { BACKFILL_WORK_ORDER_TIMES } from '../../server/src/migrations/1795380000000-WorkOrderTimes';
import { Decision } from '../../server/src/modules/approvals/approval.enums';
import { companyDayOf } from '../../server/src/platform/company-calendar';
import { Role } from '../../server/src/modules/users/role.enum';
import type { User } from '../../server/src/modules/users/user.entity';
import { FaultWorkOrder } from '../../server/src/modules/work-orders/fault-work-order.entity';
import { WorkOrderAction, WorkOrderReview } from '../../server/src/modules/work-orders/work-order.enums';
import { buildProject, buildUser } from '../helpers/factories';
import { type ApiClient, codes, validationFields } from '../helpers/graphql-client';
import { serverSuite } from '../helpers/server-suite';

interface StateFigure {
  status: string;
  count: number;
  averageAgeDays: number | null;
  oldestAgeDays: number | null;
}
interface Distribution {
  count: number;
  median: number | null;
  p90: number | null;
}
interface ProjectCost {
  projectId: string;
  projectName: string;
  improvementRequests: number;
  openImprovementRequests: number;
  rndHours: number;
  thresholdHours: number;
  bonusAfterRndCost: boolean;
}
interface Figures {
  workOrdersByState: StateFigure[];
  hoursToAssign: Distribution;
  hoursToClose: Distribution;
  projectCosts: ProjectCost[];
}

const FIGURES = `query($filter: RndFilter!) { rndFigures(filter: $filter) {
  workOrdersByState { status count averageAgeDays oldestAgeDays }
  hoursToAssign { count median p90 } hoursToClose { count median p90 }
  projectCosts { projectId projectName improvementRequests openImprovementRequests rndHours thresholdHours bonusAfterRndCost }
} }`;

/** When a row was created: an ISO instant with its offset, or so many days before the database's now(). */
type Created = string | { daysAgo: number };
interface OrderSpec {
  project: string;
  status: string;
  created: Created;
  lead?: string | null;
  /** Hours after creation. */
  assignedAfter?: number | null;
  closedAfter?: number | null;
}
interface RequestSpec {
  project: string;
  status: string;
  created: Created;
  lead?: string | null;
}

const DAY_MS = 86_400_000;
/** A company day so many days before now (the data set's dates move with the clock, so that ages are known). */
const daysAgo = (days: number) => companyDayOf(new Date(Date.now() - days * DAY_MS));
/** Thresholds are a setting; 10 hours (600 minutes) keeps the arithmetic small. */
const THRESHOLD_HOURS = 10;
const MARCH = { from: '2025-03-01', to: '2025-03-31' };
const STATUSES: (keyof typeof zhCN.workOrderStatus)[] = [
  'PENDING_APPROVAL',
  'REJECTED_BY_MANAGER',
  'AWAITING_RND_REVIEW',
  'RETURNED',
  'OPEN_FOR_CLAIM',
  'IN_PROGRESS',
  'CLOSURE_REQUESTED',
  'CONVERSION_PROPOSED',
  'CLOSED',
  'CONVERTED',
  'WITHDRAWN',
];

describe('R&D figures (SPEC §9, issue 7)', () => {
  const suite = serverSuite({ rndCostFlagHours: THRESHOLD_HOURS });
  const { as } = suite;
  const ds = () => suite.server.dataSource;
  let submitter: User;
  let sequence = 0;

  beforeEach(async () => {
    submitter = await buildUser(ds(), [Role.PRESALES], '提交人');
  });

  const instant = (created: Created): [string | null, number | null] => (typeof created === 'string' ? [created, null] : [null, created.daysAgo]);

  /** Inserts a fault work order as the spec says; its times are computed by PostgreSQL from the same instant. */
  const order = async (spec: OrderSpec): Promise<void> => {
    await ds().query(
      `INSERT INTO fault_work_order (project_id, remaining_issue_id, title, environment, steps, symptoms, status, submitted_by_id, lead_id, created_at, assigned_at, closed_at)
       SELECT $1, gen_random_uuid(), '题目', '环境', '步骤', '现象', $2, $3, $4, c.at, c.at + $7::float8 * interval '1 hour', c.at + $8::float8 * interval '1 hour'
         FROM (SELECT coalesce($5::timestamptz, now() - $6::float8 * interval '1 day') AS at) c`,
      [spec.project, spec.status, submitter.id, spec.lead ?? null, ...instant(spec.created), spec.assignedAfter ?? null, spec.closedAfter ?? null],
    );
  };
  /** Inserts an improvement request; returns its id. */
  const request = async (spec: RequestSpec): Promise<string> => {
    sequence += 1;
    const [{ id }] = (await ds().query(
      `INSERT INTO improvement_request (project_id, sequence, title, description, status, issued_by_id, rnd_lead_id, created_at)
       VALUES ($1, $2, '改进', '描述', $3, $4, $5, coalesce($6::timestamptz, now() - $7::float8 * interval '1 day')) RETURNING id`,
      [spec.project, sequence, spec.status, submitter.id, spec.lead ?? null, ...instant(spec.created)],
    )) as { id: string }[];
    return id;
  };
  /** Logs R&D minutes on a request for a company day. */
  const time = async (projectId: string, requestId: string, userId: string, minutes: number, workedOn: string): Promise<void> => {
    await ds().query(`INSERT INTO rnd_time_entry (project_id, improvement_request_id, user_id, minutes, worked_on) VALUES ($1, $2, $3, $4, $5)`, [projectId, requestId, userId, minutes, workedOn]);
  };

  const figures = async (client: ApiClient, filter: Record<string, unknown>): Promise<Figures> => {
    const response = await client.request<{ rndFigures: Figures }>(FIGURES, { filter });
    expect(response.errors).toBeUndefined();
    return response.data!.rndFigures;
  };
  const stateOf = (result: Figures, status: string) => result.workOrdersByState.find((row) => row.status === status)!;
  /** count, and the ages in days to within a minute (the data set is placed relative to now()). */
  const expectState = (result: Figures, status: string, count: number, averageAgeDays: number | null, oldestAgeDays: number | null) => {
    const row = stateOf(result, status);
    expect(row.count, status).toBe(count);
    for (const [actual, expected] of [[row.averageAgeDays, averageAgeDays], [row.oldestAgeDays, oldestAgeDays]] as const) {
      if (expected === null) expect(actual, status).toBeNull();
      else expect(actual, status).toBeCloseTo(expected, 3);
    }
  };
  const total = (result: Figures) => result.workOrdersByState.reduce((sum, row) => sum + row.count, 0);

  /**
   * The hand-built period: the last 60 company days. Projects P1…P4, R&D leads L1 and L2;
   * "days" are days before now(), hours are after creation.
   *
   * Work orders:
   *   #   proj lead status               days  assigned  closed
   *   1   P1   L1   IN_PROGRESS          10    4         -
   *   2   P1   L1   IN_PROGRESS          4     2         -
   *   3   P1   L2   CLOSURE_REQUESTED    20    10        -
   *   4   P2   L2   CLOSED               30    6         48
   *   5   P2   L1   CONVERTED            25    20        120
   *   6   P1   -    OPEN_FOR_CLAIM       6     -         -
   *   7   P2   -    AWAITING_RND_REVIEW  2     -         -
   *   8   P1   -    PENDING_APPROVAL     1     -         -
   *   9   P2   -    REJECTED_BY_MANAGER  15    -         -
   *   10  P1   -    WITHDRAWN            12    -         -
   *   11  P2   L2   CLOSED               40    1         24
   *   12  P2   -    RETURNED             8     -         -
   *   13  P1   L1   IN_PROGRESS          100 (before the period)  3  -
   *
   * Improvement requests:               R&D time (minutes, day worked):
   *   R1  P1  ACCEPTED  L1  5 days          E1  R1  L1  300  5 days ago
   *   R2  P1  DONE      L1  20 days         E2  R2  L1  240  19 days ago
   *   R3  P1  ISSUED    -   3 days          E3  R2  L1  120  80 days ago (before the period)
   *   R4  P2  REJECTED  -   10 days         E4  R5  L2  300  90 days ago (before the period)
   *   R5  P3  ACCEPTED  L2  100 days (out)  E5  R5  L2  180  30 days ago
   *   R6  P2  AWAITING_SALES_AGREEMENT - 100 days (out)
   * P4 has nothing.
   */
  const period = async () => {
    const lead1 = await buildUser(ds(), [Role.RND], '研发甲');
    const L1 = lead1.id;
    const L2 = (await buildUser(ds(), [Role.RND], '研发乙')).id;
    const [P1, P2, P3, P4] = await Promise.all(['一号项目', '二号项目', '三号项目', '四号项目'].map((name) => buildProject(ds(), { name })));
    const rows: OrderSpec[] = [
      { project: P1.id, lead: L1, status: 'IN_PROGRESS', created: { daysAgo: 10 }, assignedAfter: 4 },
      { project: P1.id, lead: L1, status: 'IN_PROGRESS', created: { daysAgo: 4 }, assignedAfter: 2 },
      { project: P1.id, lead: L2, status: 'CLOSURE_REQUESTED', created: { daysAgo: 20 }, assignedAfter: 10 },
      { project: P2.id, lead: L2, status: 'CLOSED', created: { daysAgo: 30 }, assignedAfter: 6, closedAfter: 48 },
      { project: P2.id, lead: L1, status: 'CONVERTED', created: { daysAgo: 25 }, assignedAfter: 20, closedAfter: 120 },
      { project: P1.id, status: 'OPEN_FOR_CLAIM', created: { daysAgo: 6 } },
      { project: P2.id, status: 'AWAITING_RND_REVIEW', created: { daysAgo: 2 } },
      { project: P1.id, status: 'PENDING_APPROVAL', created: { daysAgo: 1 } },
      { project: P2.id, status: 'REJECTED_BY_MANAGER', created: { daysAgo: 15 } },
      { project: P1.id, status: 'WITHDRAWN', created: { daysAgo: 12 } },
      { project: P2.id, lead: L2, status: 'CLOSED', created: { daysAgo: 40 }, assignedAfter: 1, closedAfter: 24 },
      { project: P2.id, status: 'RETURNED', created: { daysAgo: 8 } },
      { project: P1.id, lead: L1, status: 'IN_PROGRESS', created: { daysAgo: 100 }, assignedAfter: 3 },
    ];
    for (const row of rows) await order(row);
    const R1 = await request({ project: P1.id, status: 'ACCEPTED', lead: L1, created: { daysAgo: 5 } });
    const R2 = await request({ project: P1.id, status: 'DONE', lead: L1, created: { daysAgo: 20 } });
    await request({ project: P1.id, status: 'ISSUED', created: { daysAgo: 3 } });
    await request({ project: P2.id, status: 'REJECTED', created: { daysAgo: 10 } });
    const R5 = await request({ project: P3.id, status: 'ACCEPTED', lead: L2, created: { daysAgo: 100 } });
    await request({ project: P2.id, status: 'AWAITING_SALES_AGREEMENT', created: { daysAgo: 100 } });
    await time(P1.id, R1, L1, 300, daysAgo(5));
    await time(P1.id, R2, L1, 240, daysAgo(19));
    await time(P1.id, R2, L1, 120, daysAgo(80));
    await time(P3.id, R5, L2, 300, daysAgo(90));
    await time(P3.id, R5, L2, 180, daysAgo(30));
    return { lead1, L1, L2, P1, P2, P3, P4, filter: { from: daysAgo(60), to: daysAgo(0) } };
  };

  it('computes every figure of the period by hand', async () => {
    const { P1, P2, P3, filter } = await period();
    const result = await figures(await as(await buildUser(ds(), [Role.RND_MANAGER])), filter);

    // Every status, in the order of WorkOrderStatus; #1…#12 are in the period, #13 is not.
    expect(result.workOrdersByState.map((row) => row.status)).toEqual(STATUSES);
    expect(total(result)).toBe(12);
    // Open ones: age = days since creation. IN_PROGRESS #1 (10) #2 (4): average 7, oldest 10.
    expectState(result, 'PENDING_APPROVAL', 1, 1, 1);
    expectState(result, 'AWAITING_RND_REVIEW', 1, 2, 2);
    expectState(result, 'RETURNED', 1, 8, 8);
    expectState(result, 'OPEN_FOR_CLAIM', 1, 6, 6);
    expectState(result, 'IN_PROGRESS', 2, 7, 10);
    expectState(result, 'CLOSURE_REQUESTED', 1, 20, 20);
    expectState(result, 'CONVERSION_PROPOSED', 0, null, null);
    // Final ones have no age.
    expectState(result, 'CLOSED', 2, null, null);
    expectState(result, 'CONVERTED', 1, null, null);
    expectState(result, 'WITHDRAWN', 1, null, null);
    expectState(result, 'REJECTED_BY_MANAGER', 1, null, null);

    // Hours to assign, orders with a lead: #1 4, #2 2, #3 10, #4 6, #5 20, #11 1 → [1, 2, 4, 6, 10, 20], n = 6.
    // median: position 5·0.5 = 2.5 → (4 + 6)/2 = 5. p90: position 5·0.9 = 4.5 → 10 + 0.5·(20 − 10) = 15.
    expect(result.hoursToAssign.count).toBe(6);
    expect(result.hoursToAssign.median).toBeCloseTo(5, 6);
    expect(result.hoursToAssign.p90).toBeCloseTo(15, 6);
    // Hours to close: #4 48, #5 120, #11 24 → [24, 48, 120]. median 48; p90: position 1.8 → 48 + 0.8·72 = 105.6.
    expect(result.hoursToClose.count).toBe(3);
    expect(result.hoursToClose.median).toBeCloseTo(48, 6);
    expect(result.hoursToClose.p90).toBeCloseTo(105.6, 6);

    // Costs, threshold 10 h = 600 min; the flag is the project's all-time total, the hours the period's.
    //   P1: requests R1 R2 R3 (open: R1 ACCEPTED, R3 ISSUED); hours (300 + 240)/60 = 9; all-time 300 + 240 + 120 = 660 > 600 → flagged.
    //   P3: no request in the period (R5 is older); hours 180/60 = 3; all-time 300 + 180 = 480 ≤ 600 → not flagged.
    //   P2: request R4 (REJECTED, not open; R6 is older); no hours; all-time 0.
    //   P4: nothing → not listed. Most hours first.
    expect(result.projectCosts).toEqual([
      { projectId: P1.id, projectName: '一号项目', improvementRequests: 3, openImprovementRequests: 2, rndHours: 9, thresholdHours: 10, bonusAfterRndCost: true },
      { projectId: P3.id, projectName: '三号项目', improvementRequests: 0, openImprovementRequests: 0, rndHours: 3, thresholdHours: 10, bonusAfterRndCost: false },
      { projectId: P2.id, projectName: '二号项目', improvementRequests: 1, openImprovementRequests: 0, rndHours: 0, thresholdHours: 10, bonusAfterRndCost: false },
    ]);
  });

  it('filters by lead and by project', async () => {
    const { L1, P1, P2, P3, filter } = await period();
    const manager = await as(await buildUser(ds(), [Role.PRESALES_MANAGER]));

    // Lead L1: #1 #2 (IN_PROGRESS, ages 10 and 4) and #5 (CONVERTED); #13 is before the period.
    // Assign [2, 4, 20]: median 4, p90 at 1.8 → 4 + 0.8·16 = 16.8. Close [120].
    // Costs: requests L1 leads (R1 R2, P1; one open) and time L1 logged in the period (E1 E2: 9 h); P1's flag stays its all-time one.
    const lead = await figures(manager, { ...filter, leadId: L1 });
    expect(total(lead)).toBe(3);
    expectState(lead, 'IN_PROGRESS', 2, 7, 10);
    expectState(lead, 'CONVERTED', 1, null, null);
    expect(lead.hoursToAssign.count).toBe(3);
    expect(lead.hoursToAssign.median).toBeCloseTo(4, 6);
    expect(lead.hoursToAssign.p90).toBeCloseTo(16.8, 6);
    expect(lead.hoursToClose).toEqual({ count: 1, median: 120, p90: 120 });
    expect(lead.projectCosts).toEqual([
      { projectId: P1.id, projectName: '一号项目', improvementRequests: 2, openImprovementRequests: 1, rndHours: 9, thresholdHours: 10, bonusAfterRndCost: true },
    ]);

    // Project P2: #4 #5 #7 #9 #11 #12. Assign [1, 6, 20]: median 6, p90 at 1.8 → 6 + 0.8·14 = 17.2. Close [24, 48, 120] as above.
    const p2 = await figures(manager, { ...filter, projectId: P2.id });
    expect(total(p2)).toBe(6);
    expectState(p2, 'CLOSED', 2, null, null);
    expectState(p2, 'RETURNED', 1, 8, 8);
    expectState(p2, 'AWAITING_RND_REVIEW', 1, 2, 2);
    expectState(p2, 'IN_PROGRESS', 0, null, null);
    expect(p2.hoursToAssign.median).toBeCloseTo(6, 6);
    expect(p2.hoursToAssign.p90).toBeCloseTo(17.2, 6);
    expect(p2.hoursToClose.p90).toBeCloseTo(105.6, 6);
    expect(p2.projectCosts.map((row) => row.projectId)).toEqual([P2.id]);

    // Project P3: no work order; 3 h in the period, below the threshold all-time.
    const p3 = await figures(manager, { ...filter, projectId: P3.id });
    expect(total(p3)).toBe(0);
    expect(p3.hoursToAssign).toEqual({ count: 0, median: null, p90: null });
    expect(p3.hoursToClose).toEqual({ count: 0, median: null, p90: null });
    expect(p3.projectCosts).toEqual([{ projectId: P3.id, projectName: '三号项目', improvementRequests: 0, openImprovementRequests: 0, rndHours: 3, thresholdHours: 10, bonusAfterRndCost: false }]);

    // Filters combine: P1 and L1 → #1 #2; costs as for L1 alone.
    const both = await figures(manager, { ...filter, projectId: P1.id, leadId: L1 });
    expect(total(both)).toBe(2);
    expect(both.projectCosts.map((row) => row.projectId)).toEqual([P1.id]);
  });

  it('counts the period in Shanghai days, not UTC days', async () => {
    const P = (await buildProject(ds(), { name: '边界项目' })).id;
    const lead = (await buildUser(ds(), [Role.RND])).id;
    const instants = [
      '2025-02-28T23:59:59+08:00', // 15:59:59Z on 02-28: February in Shanghai
      '2025-03-01T00:00:00+08:00', // 16:00:00Z on 02-28 (UTC February): March in Shanghai
      '2025-03-31T23:59:59+08:00', // 15:59:59Z on 03-31: March
      '2025-04-01T00:00:00+08:00', // 16:00:00Z on 03-31 (UTC March): April in Shanghai
    ];
    let requestId = '';
    for (const created of instants) {
      await order({ project: P, status: 'CLOSED', created });
      requestId = await request({ project: P, status: 'ACCEPTED', lead, created });
    }
    // R&D time is logged for company days: 1 h on 02-28, 2 h on 03-01, 4 h on 03-31, 8 h on 04-01.
    for (const [day, hours] of [['2025-02-28', 1], ['2025-03-01', 2], ['2025-03-31', 4], ['2025-04-01', 8]] as const) await time(P, requestId, lead, hours * 60, day);

    const gm = await as(await buildUser(ds(), [Role.GM]));
    const cases: [Record<string, string>, number, number][] = [
      // filter, orders and requests, hours
      [MARCH, 2, 2 + 4],
      [{ from: '2025-02-28', to: '2025-02-28' }, 1, 1],
      [{ from: '2025-03-31', to: '2025-04-01' }, 2, 4 + 8],
      [{ from: '2025-02-28', to: '2025-04-01' }, 4, 15],
    ];
    for (const [filter, created, hours] of cases) {
      const result = await figures(gm, filter);
      expect(total(result)).toBe(created);
      // All 15 h ever logged exceed the 10 h threshold, whatever the period.
      expect(result.projectCosts).toEqual([{ projectId: P, projectName: '边界项目', improvementRequests: created, openImprovementRequests: created, rndHours: hours, thresholdHours: 10, bonusAfterRndCost: true }]);
    }
  });

  it('lets the managers see all, an RND engineer only the orders they lead and no costs, and nobody else', async () => {
    const { lead1, L2, filter } = await period();
    for (const role of [Role.RND_MANAGER, Role.PRESALES_MANAGER, Role.TECH_DIRECTOR, Role.GM]) {
      const result = await figures(await as(await buildUser(ds(), [role])), filter);
      expect(total(result)).toBe(12);
      expect(result.projectCosts).toHaveLength(3);
    }
    // L1 leads #1 #2 #5, even when asking for everyone or for L2; the costs are bonus-related (SPEC §1).
    const engineer = await as(lead1);
    for (const asked of [filter, { ...filter, leadId: L2 }]) {
      const own = await figures(engineer, asked);
      expect(total(own)).toBe(3);
      expectState(own, 'IN_PROGRESS', 2, 7, 10);
      expect(own.hoursToClose).toEqual({ count: 1, median: 120, p90: 120 });
      expect(own.projectCosts).toEqual([]);
    }
    // An engineer who is also the RND_MANAGER sees what a manager sees.
    expect((await figures(await as(await buildUser(ds(), [Role.RND, Role.RND_MANAGER])), filter)).projectCosts).toHaveLength(3);

    for (const role of [Role.SALES, Role.SALES_DIRECTOR, Role.PRESALES, Role.TESTER, Role.CUSTOMER]) {
      const response = await (await as(await buildUser(ds(), [role]))).request(FIGURES, { filter });
      expect(codes(response)).toEqual(['FORBIDDEN']);
      expect(response.data).toBeNull();
    }
    expect(codes(await (await as(null)).request(FIGURES, { filter }))).toEqual(['UNAUTHENTICATED']);
  });

  it('validates the period and the ids', async () => {
    const gm = await as(await buildUser(ds(), [Role.GM]));
    const fieldsOf = (filter: Record<string, unknown>) => validationFields(gm, FIGURES, { filter });
    expect(await fieldsOf({ from: '2025-02-30', to: '2025-03-01' })).toEqual({ from: 'INVALID_DAY' });
    expect(await fieldsOf({ from: '2025-03-01', to: '3/31/2025' })).toEqual({ to: 'INVALID_DAY' });
    expect(await fieldsOf({ from: '2025-03-02', to: '2025-03-01' })).toEqual({ to: 'BEFORE_FROM' });
    // 2023-01-01 … 2024-01-02 is 365 + 2 = 367 days.
    expect(await fieldsOf({ from: '2023-01-01', to: '2024-01-02' })).toEqual({ to: 'PERIOD_TOO_LONG' });
    expect(await fieldsOf({ ...MARCH, projectId: 'nope', leadId: '42' })).toEqual({ projectId: 'INVALID_ID', leadId: 'INVALID_ID' });
    // 366 days is allowed, and one day; nothing there: every status at zero, empty distributions, no costs.
    for (const filter of [{ from: '2023-01-01', to: '2024-01-01' }, { from: '2025-03-01', to: '2025-03-01' }]) {
      const empty = await figures(gm, filter);
      expect(empty.workOrdersByState).toEqual(STATUSES.map((status) => ({ status, count: 0, averageAgeDays: null, oldestAgeDays: null })));
      expect(empty.hoursToAssign).toEqual({ count: 0, median: null, p90: null });
      expect(empty.projectCosts).toEqual([]);
    }
  });

  it('exports both tables with the screen’s figures and scoping', async () => {
    const { lead1, P1, filter } = await period();
    const download = async (cookie: string | undefined, name: string, params: Record<string, string>) =>
      fetch(`${suite.server.url}/exports/dashboards/${name}.xlsx?${new URLSearchParams(params).toString()}`, { headers: cookie ? { cookie } : {} });
    const rowsOf = async (response: Response): Promise<unknown[][]> => {
      expect(response.status).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ExcelJS.Buffer);
      const rows: unknown[][] = [];
      workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      return rows;
    };

    const manager = await as(await buildUser(ds(), [Role.TECH_DIRECTOR]));
    const costs = await rowsOf(await download(manager.cookie, 'rnd-project-costs', filter));
    expect(costs[1]).toEqual(['项目', '改进申请', '未完成改进申请', '研发工时（小时）', '工时阈值（小时）', '奖金']);
    expect(costs.slice(2)).toEqual([
      ['一号项目', 3, 2, 9, 10, '扣除研发成本后计奖'],
      ['三号项目', 0, 0, 3, 10, '正常计奖'],
      ['二号项目', 1, 0, 0, 10, '正常计奖'],
    ]);
    const states = await rowsOf(await download(manager.cookie, 'rnd-work-orders', { ...filter, projectId: P1.id }));
    // P1: #1 #2 #3 #6 #8 #10; ages left to the screen test, counts here.
    expect(states.slice(2).map((row) => [row[0], row[1]])).toEqual(STATUSES.map((status) => [zhCN.workOrderStatus[status], ({ PENDING_APPROVAL: 1, OPEN_FOR_CLAIM: 1, IN_PROGRESS: 2, CLOSURE_REQUESTED: 1, WITHDRAWN: 1 } as Record<string, number>)[status] ?? 0]));

    // The engineer's export is their own, as on screen; the costs are not theirs to export.
    const engineer = await as(lead1);
    const own = await rowsOf(await download(engineer.cookie, 'rnd-work-orders', filter));
    expect(own.slice(2).reduce((sum, row) => sum + (row[1] as number), 0)).toBe(3);
    const forbidden = await download(engineer.cookie, 'rnd-project-costs', filter);
    expect(forbidden.status).toBe(403);
    expect(await forbidden.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
    const bad = await download(manager.cookie, 'rnd-work-orders', { ...filter, leadId: '42' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'VALIDATION', fields: { leadId: 'INVALID_ID' } } });
  });

  describe('assigned_at and closed_at, through the work-order service', () => {
    const services = () => suite.server.services;
    const FORM = { title: '麒麟V10下远程桌面分辨率不自适应', environment: '银河麒麟V10 SP1', steps: '拖动改变窗口大小', symptoms: '分辨率固定为1024x768' };

    /** The times as PostgreSQL holds them (text, to the microsecond). */
    const stamps = async (orderId: string) =>
      ((await ds().query('SELECT assigned_at::text AS assigned, closed_at::text AS closed FROM fault_work_order WHERE id = $1', [orderId])) as { assigned: string | null; closed: string | null }[])[0];
    /** When the step `action` was recorded: the same transaction, so the same now(). */
    const eventAt = async (orderId: string, action: string) =>
      ((await ds().query(`SELECT created_at::text AS at FROM event WHERE entity_id = $1 AND type = 'WORK_ORDER_CHANGED' AND payload->>'action' = $2`, [orderId, action])) as { at: string }[]).map(
        (event) => event.at,
      );

    /** A project, its people, and a work order approved by the PRESALES_MANAGER, awaiting R&D's review. */
    const awaitingReview = async () => {
      const project = await buildProject(ds());
      const author = project.parts.firstPresales;
      const [{ id: issueId }] = (await ds().query(`INSERT INTO remaining_issue (project_id, description, owner_id, severe_bug) VALUES ($1, '远程桌面分辨率无法自适应', $2, true) RETURNING id`, [
        project.id,
        author.id,
      ])) as { id: string }[];
      const submitted = await services().workOrders.submit(author, { remainingIssueId: issueId, ...FORM });
      const manager = await buildUser(ds(), [Role.PRESALES_MANAGER]);
      await services().approvals.decide(manager, { approvalId: submitted.approvalId!, step: 0, decision: Decision.APPROVE });
      const order = await ds().getRepository(FaultWorkOrder).findOneByOrFail({ id: submitted.id });
      expect(order.status).toBe('AWAITING_RND_REVIEW');
      expect(await stamps(order.id)).toEqual({ assigned: null, closed: null });
      return { order, author, rndManager: await buildUser(ds(), [Role.RND_MANAGER]), lead: await buildUser(ds(), [Role.RND]) };
    };
    const act = (viewer: User, order: FaultWorkOrder, action: WorkOrderAction, text?: string) =>
      services().workOrders.act(viewer, { workOrderId: order.id, expectedVersion: order.version, action, text });

    it('review with a lead → closure disputed → requested again → confirmed: assigned once, closed at the confirmation', async () => {
      const { order, author, rndManager, lead } = await awaitingReview();
      const assigned = await services().workOrders.review(rndManager, { workOrderId: order.id, expectedVersion: order.version, review: WorkOrderReview.ACCEPT, leadId: lead.id });
      const [assignedAt] = await eventAt(order.id, 'LEAD_ASSIGNED');
      expect(await stamps(order.id)).toEqual({ assigned: assignedAt, closed: null });

      const requested = await act(lead, assigned, WorkOrderAction.REQUEST_CLOSURE, '升级xrdp至0.9.24');
      const disputed = await act(author, requested, WorkOrderAction.DISPUTE_CLOSURE, '双屏终端上仍不自适应');
      expect(disputed.status).toBe('IN_PROGRESS');
      // Back in progress with the same lead: still the first assignment, and not closed.
      expect(await stamps(order.id)).toEqual({ assigned: assignedAt, closed: null });

      const again = await act(lead, disputed, WorkOrderAction.REQUEST_CLOSURE, '升级xrdp并开启xrandr多显示器支持');
      const closed = await act(author, again, WorkOrderAction.CONFIRM_CLOSURE);
      expect(closed.status).toBe('CLOSED');
      const [closedAt] = await eventAt(order.id, 'CONFIRM_CLOSURE');
      expect(await stamps(order.id)).toEqual({ assigned: assignedAt, closed: closedAt });
      expect(closedAt > assignedAt).toBe(true);
    });

    it('open for claim → claimed → lead replaced → converted: assigned at the claim, closed at the conversion; the backfill agrees', async () => {
      const { order, author, rndManager, lead } = await awaitingReview();
      const open = await services().workOrders.review(rndManager, { workOrderId: order.id, expectedVersion: order.version, review: WorkOrderReview.ACCEPT });
      expect(open.status).toBe('OPEN_FOR_CLAIM');
      expect(await stamps(order.id)).toEqual({ assigned: null, closed: null });

      const claimed = await act(lead, open, WorkOrderAction.CLAIM);
      const [claimedAt] = await eventAt(order.id, 'CLAIM');
      expect(await stamps(order.id)).toEqual({ assigned: claimedAt, closed: null });

      const other = await buildUser(ds(), [Role.RND]);
      const replaced = await services().workOrders.assignLead(rndManager, { workOrderId: order.id, expectedVersion: claimed.version, leadId: other.id });
      expect(await stamps(order.id)).toEqual({ assigned: claimedAt, closed: null }); // a new lead keeps the first time

      const proposed = await act(other, replaced, WorkOrderAction.PROPOSE_CONVERSION, '需作为定制需求开发');
      await act(author, proposed, WorkOrderAction.ACCEPT_CONVERSION);
      const [convertedAt] = await eventAt(order.id, 'ACCEPT_CONVERSION');
      const live = await stamps(order.id);
      expect(live).toEqual({ assigned: claimedAt, closed: convertedAt });

      // The migration's backfill reads the same times from the event log.
      await ds().query('UPDATE fault_work_order SET assigned_at = NULL, closed_at = NULL');
      await ds().query(BACKFILL_WORK_ORDER_TIMES);
      expect(await stamps(order.id)).toEqual(live);
    });
  });
});
