import { beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/src/config';
import { workloadFigures } from '../../server/src/modules/dashboards/workload-figures';
import { ProjectStage } from '../../server/src/modules/projects/project-stage';
import { Role } from '../../server/src/modules/users/role.enum';
import type { User } from '../../server/src/modules/users/user.entity';
import { statementsSent } from '../../server/src/platform/db/query-counter';
import { buildCustomer, buildProject, buildUser } from '../helpers/factories';
import { type ApiClient, codes, validationFields } from '../helpers/graphql-client';
import { serverSuite } from '../helpers/server-suite';
import { untilDispatched } from '../helpers/wait';

interface Workload {
  engineerId: string;
  engineerName: string;
  openTickets: number;
  firstPresalesProjects: number;
  secondPresalesProjects: number;
  trackingEntries: number;
  reportsFiled: number;
  reportsLate: number;
  reportsMissing: number;
  complaintsFiled: number;
  complaintsUpheld: number;
  performanceLevel: number;
}

const FIELDS = [
  'openTickets',
  'firstPresalesProjects',
  'secondPresalesProjects',
  'trackingEntries',
  'reportsFiled',
  'reportsLate',
  'reportsMissing',
  'complaintsFiled',
  'complaintsUpheld',
  'performanceLevel',
] as const;
const WORKLOAD = `query($filter: DashboardFilter!) { workloadFigures(filter: $filter) { engineerId engineerName ${FIELDS.join(' ')} } }`;

type Figures = [open: number, first: number, second: number, tracking: number, filed: number, late: number, missing: number, complaints: number, upheld: number, level: number];
/** A row in the order of FIELDS, as the hand table reads. */
const row = (engineer: User, figures: Figures): Workload => ({
  engineerId: engineer.id,
  engineerName: engineer.name,
  ...(Object.fromEntries(FIELDS.map((field, index) => [field, figures[index]])) as Omit<Workload, 'engineerId' | 'engineerName'>),
});

const MARCH = { from: '2025-03-01', to: '2025-03-31' };
const SETTINGS = { complaintsPerMonthlyLevel: 2, complaintsPerPermanentLevel: 4, reportLateAfterHours: 24 };

describe('workload per engineer (SPEC §9)', () => {
  const suite = serverSuite(SETTINGS);
  const { as } = suite;
  const ds = () => suite.server.dataSource;
  let count = 0;
  let creator: User;
  let policy: string;
  let customer: string;

  beforeEach(async () => {
    creator = await buildUser(ds(), [Role.SALES], '销售');
    [{ id: policy }] = (await ds().query('SELECT id FROM sla_policy WHERE is_default')) as { id: string }[];
    customer = (await buildCustomer(ds())).id;
  });

  const ticket = async (assignee: User | null, status: string) => {
    count += 1;
    await ds().query(
      `INSERT INTO ticket (number, channel, customer_id, title, description, category, priority, status, assignee_id, created_by_id, sla_policy_id)
       VALUES ($1, 'PHONE', $2, '题目', '描述', 'FAULT', 'MEDIUM', $3, $4, $5, $6)`,
      [`TS-2025-${String(count).padStart(6, '0')}`, customer, status, assignee?.id ?? null, creator.id, policy],
    );
  };
  /** A report; `writtenAsked`: the sales asked for the written one. Times are ISO instants with their offset. */
  const report = async (author: User, project: string, spec: { channel: 'PHONE' | 'WRITTEN'; talked: string; filed: string; writtenAsked?: boolean }): Promise<string> => {
    const [{ id }] = (await ds().query(
      `INSERT INTO communication_report (project_id, author_id, title, result, method, channel, communicator, communicated_at, problems_handled, remaining_problems, written_requested_at, created_at)
       VALUES ($1, $2, '客户沟通', 'SUCCESS', $3, $4, '刘工', $5, '{解决vista下远程控制网络参数设置}', '{}', $6, $7) RETURNING id`,
      [project, author.id, spec.channel === 'PHONE' ? 'PHONE' : 'EMAIL', spec.channel, spec.talked, spec.writtenAsked ? spec.filed : null, spec.filed],
    )) as { id: string }[];
    return id;
  };
  const tracking = (owner: User, supporter: User, project: string, reportId: string, day: string) =>
    ds().query(
      `INSERT INTO tracking_entry (owner_id, supporter_id, support_role, project_id, report_id, entry_date, content) VALUES ($1, $2, $3, $4, $5, $6, '解决远程控制参数设置')`,
      [owner.id, supporter.id, owner.id === supporter.id ? 'FIRST' : 'SECOND', project, reportId, day],
    );
  const complaint = (respondent: User, project: string, status: 'FILED' | 'UPHELD' | 'DISMISSED', filed: string) =>
    ds().query(`INSERT INTO complaint (project_id, complainant_id, respondent_id, title, description, status, created_at) VALUES ($1, $2, $3, '投诉-项目沟通问题', '沟通后没有汇报', $4, $5)`, [
      project,
      creator.id,
      respondent.id,
      status,
      filed,
    ]);

  const workload = async (client: ApiClient, filter: Record<string, unknown>): Promise<Workload[]> => {
    const response = await client.request<{ workloadFigures: Workload[] }>(WORKLOAD, { filter });
    expect(response.errors).toBeUndefined();
    return response.data!.workloadFigures;
  };

  /**
   * The hand-built team. Active PRESALES: Bai, Chen (also PRESALES_MANAGER) and Zhou — by name
   * Bai, Chen, Zhou. Not rows: Gone (PRESALES, inactive), a PRESALES_MANAGER without PRESALES,
   * the SALES users. Times are Shanghai.
   *
   * Projects (stage; first / second pre-sales):  P1 IMPLEMENTATION Bai/Zhou (Chen ADDITIONAL);  P2 INITIATED Bai/-;
   *   P3 CLOSED Bai/Zhou (not counted);  P4 AFTER_SALES Zhou/Bai;  P5 LOST Zhou/-.
   *   → Bai first P1 P2 = 2, second P4 = 1;  Zhou first P4 P5 = 2, second P1 = 1;  Chen 0 / 0 (ADDITIONAL is neither).
   * Tickets now: Bai NEW, IN_PROGRESS, WAITING_RND, RESOLVED, CLOSED → 3 open; Zhou ACKNOWLEDGED, CLOSED → 1;
   *   one NEW unassigned and one NEW of Gone: nobody's row.
   *
   * Reports (author, channel, talked → filed, written asked):           March?  late (> 24 h)?  missing (phone + asked)?
   *   R1 Bai   WRITTEN 02-28 23:00 → 03-01 00:00:00 (UTC 02-28)              yes     no (1 h)        no
   *   R2 Bai   PHONE   03-02 09:00 → 03-03 09:00:00, asked                   yes     no (24 h exactly) yes
   *   R3 Bai   WRITTEN 03-02 09:00 → 03-03 09:00:01                          yes     yes (24 h 1 s)  no
   *   R4 Bai   PHONE   02-20 10:00 → 03-10 10:00                             yes     yes (18 days)   no (not asked)
   *   R5 Bai   PHONE   02-28 20:00 → 02-28 23:59:59 (UTC 15:59:59), asked    no (Feb)
   *   R6 Bai   WRITTEN 03-31 20:00 → 04-01 00:00:00 (UTC 03-31), -           no (Apr)
   *   R7 Bai   PHONE   03-31 22:00 → 03-31 23:59:59, asked                   yes     no (2 h)        yes
   *   R8 Zhou  PHONE   03-05 10:00 → 03-05 11:00, asked                      yes     no              yes
   *   R9 Zhou  WRITTEN 03-06 10:00 → 03-08 10:00                             yes     yes (48 h)      no
   *   → March: Bai filed 5 (R1 R2 R3 R4 R7), late 2 (R3 R4), missing 2 (R2 R7); Zhou filed 2, late 1, missing 1.
   *
   * Tracking entries (owner, supporter, day): Bai's own on 02-28, 03-01, 03-15, 03-31, 04-01 → March 3;
   *   Zhou's table on 03-10 with Bai's support (SECOND) and 02-28 → March 1 for Zhou, none more for Bai.
   *
   * Complaints (respondent, status, filed):
   *   Zhou: C1 UPHELD 2025-01-10; C2 UPHELD 02-15; C3 UPHELD 03-01 00:00:00 (UTC 02-28); C4 UPHELD 03-20;
   *         C5 DISMISSED 03-21; C6 FILED 03-22; C7 UPHELD 04-01 00:00:00 (UTC 03-31).
   *   Bai:  C8 UPHELD 03-31 23:59:59; C9 DISMISSED 02-27; C10 UPHELD 2024-12-05; C11 UPHELD 02-01; C12 UPHELD 02-02.
   *   Chen: C13 UPHELD 03-05; C14 UPHELD 03-06.
   *   → March filed / upheld: Zhou C3–C6 = 4 / C3 C4 = 2; Bai C8 = 1 / 1; Chen 2 / 2.
   *
   * Performance level for the month of `to` (2 upheld in the month: one level; 4 upheld up to it: one level):
   *   2025-03  Zhou: month C3 C4 = 2 → 1, total C1–C4 = 4 → 1: −2.   Bai: month C8 = 1 → 0, total C8 C10 C11 C12 = 4 → 1: −1.
   *            Chen: month 2 → 1, total 2 → 0: −1.
   */
  const team = async () => {
    const bai = await buildUser(ds(), [Role.PRESALES], 'Bai Lin 白林');
    const chen = await buildUser(ds(), [Role.PRESALES, Role.PRESALES_MANAGER], 'Chen Jie 陈杰');
    const zhou = await buildUser(ds(), [Role.PRESALES], 'Zhou Yu 周瑜');
    const gone = await buildUser(ds(), [Role.PRESALES], 'Gone 离职');
    await ds().query('UPDATE app_user SET active = false WHERE id = $1', [gone.id]);
    const manager = await buildUser(ds(), [Role.PRESALES_MANAGER], 'Manager 经理');

    const P1 = (await buildProject(ds(), { stage: ProjectStage.IMPLEMENTATION, firstPresales: bai, secondPresales: zhou })).id;
    await buildProject(ds(), { stage: ProjectStage.INITIATED, firstPresales: bai });
    await buildProject(ds(), { stage: ProjectStage.CLOSED, firstPresales: bai, secondPresales: zhou });
    await buildProject(ds(), { stage: ProjectStage.AFTER_SALES, firstPresales: zhou, secondPresales: bai });
    await buildProject(ds(), { stage: ProjectStage.LOST, firstPresales: zhou });
    await ds().query(`INSERT INTO project_member (project_id, user_id, role) VALUES ($1, $2, 'ADDITIONAL_PRESALES')`, [P1, chen.id]);

    for (const status of ['NEW', 'IN_PROGRESS', 'WAITING_RND', 'RESOLVED', 'CLOSED']) await ticket(bai, status);
    for (const status of ['ACKNOWLEDGED', 'CLOSED']) await ticket(zhou, status);
    await ticket(null, 'NEW');
    await ticket(gone, 'NEW');

    const R1 = await report(bai, P1, { channel: 'WRITTEN', talked: '2025-02-28T23:00:00+08:00', filed: '2025-03-01T00:00:00+08:00' });
    await report(bai, P1, { channel: 'PHONE', talked: '2025-03-02T09:00:00+08:00', filed: '2025-03-03T09:00:00+08:00', writtenAsked: true });
    await report(bai, P1, { channel: 'WRITTEN', talked: '2025-03-02T09:00:00+08:00', filed: '2025-03-03T09:00:01+08:00' });
    await report(bai, P1, { channel: 'PHONE', talked: '2025-02-20T10:00:00+08:00', filed: '2025-03-10T10:00:00+08:00' });
    await report(bai, P1, { channel: 'PHONE', talked: '2025-02-28T20:00:00+08:00', filed: '2025-02-28T23:59:59+08:00', writtenAsked: true });
    await report(bai, P1, { channel: 'WRITTEN', talked: '2025-03-31T20:00:00+08:00', filed: '2025-04-01T00:00:00+08:00' });
    await report(bai, P1, { channel: 'PHONE', talked: '2025-03-31T22:00:00+08:00', filed: '2025-03-31T23:59:59+08:00', writtenAsked: true });
    await report(zhou, P1, { channel: 'PHONE', talked: '2025-03-05T10:00:00+08:00', filed: '2025-03-05T11:00:00+08:00', writtenAsked: true });
    await report(zhou, P1, { channel: 'WRITTEN', talked: '2025-03-06T10:00:00+08:00', filed: '2025-03-08T10:00:00+08:00' });

    for (const day of ['2025-02-28', '2025-03-01', '2025-03-15', '2025-03-31', '2025-04-01']) await tracking(bai, bai, P1, R1, day);
    await tracking(zhou, bai, P1, R1, '2025-03-10');
    await tracking(zhou, zhou, P1, R1, '2025-02-28');

    const complaints: [User, 'FILED' | 'UPHELD' | 'DISMISSED', string][] = [
      [zhou, 'UPHELD', '2025-01-10T10:00:00+08:00'],
      [zhou, 'UPHELD', '2025-02-15T10:00:00+08:00'],
      [zhou, 'UPHELD', '2025-03-01T00:00:00+08:00'],
      [zhou, 'UPHELD', '2025-03-20T10:00:00+08:00'],
      [zhou, 'DISMISSED', '2025-03-21T10:00:00+08:00'],
      [zhou, 'FILED', '2025-03-22T10:00:00+08:00'],
      [zhou, 'UPHELD', '2025-04-01T00:00:00+08:00'],
      [bai, 'UPHELD', '2025-03-31T23:59:59+08:00'],
      [bai, 'DISMISSED', '2025-02-27T10:00:00+08:00'],
      [bai, 'UPHELD', '2024-12-05T10:00:00+08:00'],
      [bai, 'UPHELD', '2025-02-01T10:00:00+08:00'],
      [bai, 'UPHELD', '2025-02-02T10:00:00+08:00'],
      [chen, 'UPHELD', '2025-03-05T10:00:00+08:00'],
      [chen, 'UPHELD', '2025-03-06T10:00:00+08:00'],
    ];
    for (const [respondent, status, filed] of complaints) await complaint(respondent, P1, status, filed);
    return { bai, chen, zhou, gone, manager };
  };

  it('computes every figure of March by hand, one row per active PRESALES by name', async () => {
    const { bai, chen, zhou } = await team();
    const gm = await as(await buildUser(ds(), [Role.GM]));
    expect(await workload(gm, MARCH)).toEqual([
      // [open, first, second, tracking, filed, late, missing, complaints, upheld, level]
      row(bai, [3, 2, 1, 3, 5, 2, 2, 1, 1, -1]),
      row(chen, [0, 0, 0, 0, 0, 0, 0, 2, 2, -1]),
      row(zhou, [1, 2, 1, 1, 2, 1, 1, 4, 2, -2]),
    ]);
  });

  it('counts the period in Shanghai days and takes the performance level of the month of `to`', async () => {
    const { bai, chen, zhou } = await team();
    const gm = await as(await buildUser(ds(), [Role.GM]));

    // 2025-03-01 alone. Bai: tracking 03-01; R1 (filed 00:00:00, UTC 02-28). Zhou: C3 (00:00:00, UTC 02-28), upheld.
    // Levels as for March.
    expect(await workload(gm, { from: '2025-03-01', to: '2025-03-01' })).toEqual([
      row(bai, [3, 2, 1, 1, 1, 0, 0, 0, 0, -1]),
      row(chen, [0, 0, 0, 0, 0, 0, 0, 0, 0, -1]),
      row(zhou, [1, 2, 1, 0, 0, 0, 0, 1, 1, -2]),
    ]);

    // 2025-02-28 alone. Bai: tracking 02-28; R5 (23:59:59), phone and asked: missing, 4 h: not late.
    // Zhou: tracking 02-28; C3 is not February in Shanghai.
    // Levels for 2025-02: Bai month C11 C12 = 2 → 1, total C10 C11 C12 = 3 → 0: −1. Zhou month C2 = 1 → 0, total C1 C2 = 2 → 0: 0. Chen 0.
    expect(await workload(gm, { from: '2025-02-28', to: '2025-02-28' })).toEqual([
      row(bai, [3, 2, 1, 1, 1, 0, 1, 0, 0, -1]),
      row(chen, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
      row(zhou, [1, 2, 1, 1, 0, 0, 0, 0, 0, 0]),
    ]);

    // April. Bai: tracking 04-01; R6 (00:00:00, UTC 03-31), 4 h. Zhou: C7 (00:00:00, UTC 03-31), upheld.
    // Levels for 2025-04: Bai month 0, total 4 → 1: −1. Zhou month C7 = 1 → 0, total C1–C4 C7 = 5 → 1: −1. Chen month 0, total 2: 0.
    expect(await workload(gm, { from: '2025-04-01', to: '2025-04-30' })).toEqual([
      row(bai, [3, 2, 1, 1, 1, 0, 0, 0, 0, -1]),
      row(chen, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
      row(zhou, [1, 2, 1, 0, 0, 0, 0, 1, 1, -1]),
    ]);

    // The level is exactly the performanceLevel query's, for every engineer and month.
    for (const month of ['2025-02', '2025-03', '2025-04']) {
      const rows = await workload(gm, { from: `${month}-01`, to: `${month}-28` });
      for (const engineer of [bai, chen, zhou]) {
        const response = await gm.request<{ performanceLevel: { level: number } }>('query($userId: ID!, $month: String!) { performanceLevel(userId: $userId, month: $month) { level } }', {
          userId: engineer.id,
          month,
        });
        expect(rows.find((each) => each.engineerId === engineer.id)?.performanceLevel, `${engineer.name} ${month}`).toBe(response.data!.performanceLevel.level);
      }
    }
  });

  it('counts a report late after REPORT_LATE_AFTER_HOURS, whatever it is set to', async () => {
    const { bai, zhou } = await team();
    // At 48 h: R3 (24 h 1 s) is on time, R4 (18 days) late; R9 (48 h exactly) on time.
    const rows = await workloadFigures(ds(), { ...SETTINGS, reportLateAfterHours: 48 }, MARCH);
    expect(rows.map((each) => [each.engineerName, each.reportsLate])).toEqual([
      [bai.name, 1],
      ['Chen Jie 陈杰', 0],
      [zhou.name, 0],
    ]);
    expect(loadConfig({}).reportLateAfterHours).toBe(24);
    expect(loadConfig({ REPORT_LATE_AFTER_HOURS: '720' }).reportLateAfterHours).toBe(720);
    for (const bad of ['0', '721', '1.5', 'day']) expect(() => loadConfig({ REPORT_LATE_AFTER_HOURS: bad })).toThrow(ConfigError);
  });

  it('filters by engineer: one row, or none for someone who is not an active PRESALES', async () => {
    const { zhou, gone, manager } = await team();
    const gm = await as(await buildUser(ds(), [Role.GM]));
    expect(await workload(gm, { ...MARCH, engineerId: zhou.id })).toEqual([row(zhou, [1, 2, 1, 1, 2, 1, 1, 4, 2, -2])]);
    expect(await workload(gm, { ...MARCH, engineerId: gone.id })).toEqual([]);
    expect(await workload(gm, { ...MARCH, engineerId: manager.id })).toEqual([]);
    // Priority, customer and product do not apply to workload.
    const other = (await buildCustomer(ds())).id;
    expect(await workload(gm, { ...MARCH, engineerId: zhou.id, priority: 'LOW', customerId: other, product: 'P9' })).toEqual([row(zhou, [1, 2, 1, 1, 2, 1, 1, 4, 2, -2])]);
  });

  it('lets managers see every row, an engineer only their own, and nobody else', async () => {
    const { bai, zhou, manager } = await team();
    for (const user of [manager, await buildUser(ds(), [Role.TECH_DIRECTOR]), await buildUser(ds(), [Role.GM])]) {
      expect((await workload(await as(user), MARCH)).map((each) => each.engineerName)).toEqual(['Bai Lin 白林', 'Chen Jie 陈杰', 'Zhou Yu 周瑜']);
    }
    const own = await as(bai);
    for (const filter of [MARCH, { ...MARCH, engineerId: zhou.id }]) expect(await workload(own, filter)).toEqual([row(bai, [3, 2, 1, 3, 5, 2, 2, 1, 1, -1])]);

    for (const role of [Role.SALES, Role.RND, Role.CUSTOMER]) {
      const response = await (await as(await buildUser(ds(), [role]))).request(WORKLOAD, { filter: MARCH });
      expect(codes(response)).toEqual(['FORBIDDEN']);
      expect(response.data).toBeNull();
    }
    expect(codes(await (await as(null)).request(WORKLOAD, { filter: MARCH }))).toEqual(['UNAUTHENTICATED']);
  });

  it('validates the period and the ids', async () => {
    const gm = await as(await buildUser(ds(), [Role.GM]));
    const fieldsOf = (filter: Record<string, unknown>) => validationFields(gm, WORKLOAD, { filter });
    expect(await fieldsOf({ from: '2025-03-01', to: '2025-04-31' })).toEqual({ to: 'INVALID_DAY' });
    expect(await fieldsOf({ from: '2025-03-31', to: '2025-03-01' })).toEqual({ to: 'BEFORE_FROM' });
    expect(await fieldsOf({ from: '2023-01-01', to: '2024-01-02' })).toEqual({ to: 'PERIOD_TOO_LONG' });
    expect(await fieldsOf({ ...MARCH, engineerId: 'me' })).toEqual({ engineerId: 'INVALID_ID' });
  });

  it('sends the same number of SQL statements for 2 engineers as for 6 (no N+1)', async () => {
    const gm = await as(await buildUser(ds(), [Role.GM]));
    /** An engineer with a project, an open ticket, a report, a tracking entry and an upheld complaint. */
    const busyEngineer = async () => {
      const engineer = await buildUser(ds(), [Role.PRESALES]);
      const project = (await buildProject(ds(), { firstPresales: engineer })).id;
      await ticket(engineer, 'NEW');
      const reportId = await report(engineer, project, { channel: 'PHONE', talked: '2025-03-05T10:00:00+08:00', filed: '2025-03-07T10:00:00+08:00', writtenAsked: true });
      await tracking(engineer, engineer, project, reportId, '2025-03-05');
      await complaint(engineer, project, 'UPHELD', '2025-03-06T10:00:00+08:00');
    };
    const measure = async () => {
      await untilDispatched(ds());
      const before = statementsSent();
      const rows = await workload(gm, MARCH);
      return { statements: statementsSent() - before, rows: rows.length, busy: rows.every((each) => each.reportsLate === 1 && each.performanceLevel === 0) };
    };
    for (let i = 0; i < 2; i += 1) await busyEngineer();
    const small = await measure();
    for (let i = 0; i < 4; i += 1) await busyEngineer();
    const large = await measure();
    expect([small, large].map(({ rows, busy }) => [rows, busy])).toEqual([
      [2, true],
      [6, true],
    ]);
    // The session's look-up and the one workload statement.
    expect(large.statements).toBe(small.statements);
    expect(large.statements).toBeLessThanOrEqual(3);
  });
});
