import ExcelJS from 'exceljs';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { companyDayOf } from '../../server/src/platform/company-calendar';
import { statementsSent } from '../../server/src/platform/db/query-counter';
import { Role } from '../../server/src/modules/users/role.enum';
import type { User } from '../../server/src/modules/users/user.entity';
import { buildCustomer, buildProject, buildUser } from '../helpers/factories';
import { type ApiClient, codes, validationFields } from '../helpers/graphql-client';
import { serverSuite } from '../helpers/server-suite';
import { untilDispatched } from '../helpers/wait';

interface Figures {
  ticketsAssigned: number;
  ticketsResolved: number;
  responseMet: number;
  responseBreached: number;
  resolutionMet: number;
  resolutionBreached: number;
  satisfactionAnswered: number;
  satisfactionAverage: number | null;
  reportsFiled: number;
  trackingEntries: number;
  projectsSupported: number;
  workOrdersSubmitted: number;
  improvementRequests: number;
  complaintsUpheld: number;
  performanceLevel: number;
}
interface Problem {
  kind: string;
  count: number;
  detail: string;
}
interface Report {
  id: string;
  month: string;
  scope: 'ENGINEER' | 'TEAM';
  engineerId: string | null;
  engineerName: string | null;
  generatedAt: string;
  generatedBy: string | null;
  figures: Figures;
  problems: Problem[];
  members: { engineerId: string; engineerName: string; figures: Figures }[];
}

const FIGURES = `ticketsAssigned ticketsResolved responseMet responseBreached resolutionMet resolutionBreached satisfactionAnswered satisfactionAverage
  reportsFiled trackingEntries projectsSupported workOrdersSubmitted improvementRequests complaintsUpheld performanceLevel`;
const REPORT = `id month scope engineerId engineerName generatedAt generatedBy figures { ${FIGURES} } problems { kind count detail }
  members { engineerId engineerName figures { ${FIGURES} } }`;
const GENERATE = `mutation($month: String!, $engineerId: ID) { generateWorkReport(month: $month, engineerId: $engineerId) { ${REPORT} } }`;
const ONE = `query($month: String!, $engineerId: ID) { workReport(month: $month, engineerId: $engineerId) { ${REPORT} } }`;
const LIST = `query($month: String!) { workReports(month: $month) { id scope engineerId engineerName } }`;
const LEVEL = `query($userId: ID!, $month: String!) { performanceLevel(userId: $userId, month: $month) { level } }`;

const MARCH = '2025-03';
const ZERO: Figures = {
  ticketsAssigned: 0,
  ticketsResolved: 0,
  responseMet: 0,
  responseBreached: 0,
  resolutionMet: 0,
  resolutionBreached: 0,
  satisfactionAnswered: 0,
  satisfactionAverage: null,
  reportsFiled: 0,
  trackingEntries: 0,
  projectsSupported: 0,
  workOrdersSubmitted: 0,
  improvementRequests: 0,
  complaintsUpheld: 0,
  performanceLevel: 0,
};
const ticketNumber = (n: number) => `TS-2025-${String(n).padStart(6, '0')}`;

type ClockState = 'RUNNING' | 'PAUSED' | 'MET' | 'BREACHED';
type Scores = readonly [number, number, number, number];

describe('monthly work reports (工作报告)', () => {
  const suite = serverSuite();
  const { as } = suite;
  const ds = () => suite.server.dataSource;
  let manager: User;
  let sales: User;
  let defaults: { customer: string; policy: string; calendar: string };
  let sequence = 0;

  beforeEach(async () => {
    manager = await buildUser(ds(), [Role.PRESALES_MANAGER], '经理');
    sales = await buildUser(ds(), [Role.SALES], '销售');
    const [policy] = (await ds().query('SELECT id, calendar_id FROM sla_policy WHERE is_default')) as { id: string; calendar_id: string }[];
    defaults = { customer: (await buildCustomer(ds())).id, policy: policy.id, calendar: policy.calendar_id };
  });

  /** Inserts one row (timestamps as ISO strings with their offset) and returns its id. */
  const insert = async (table: string, row: Record<string, unknown>): Promise<string> => {
    const columns = Object.keys(row);
    const [{ id }] = (await ds().query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id`, Object.values(row))) as {
      id: string;
    }[];
    return id;
  };
  const ticket = async (n: number, engineer: User, created: string, resolved: string | null, response: ClockState, resolution: ClockState): Promise<string> => {
    const id = await insert('ticket', {
      number: ticketNumber(n),
      channel: 'PHONE',
      customer_id: defaults.customer,
      title: '题目',
      description: '描述',
      category: 'FAULT',
      priority: 'MEDIUM',
      status: resolved ? 'RESOLVED' : 'IN_PROGRESS',
      assignee_id: engineer.id,
      created_by_id: manager.id,
      sla_policy_id: defaults.policy,
      created_at: created,
      resolved_at: resolved,
    });
    for (const [kind, state] of [['RESPONSE', response], ['RESOLUTION', resolution]]) {
      await insert('sla_clock', { ticket_id: id, kind, state, calendar_id: defaults.calendar, target_minutes: 60, started_at: created });
    }
    return id;
  };
  const survey = (ticketId: string, engineer: User, answered: string, [speed, resolution, professionalism, attitude]: Scores) =>
    insert('satisfaction_survey', { ticket_id: ticketId, engineer_id: engineer.id, token_hash: `hash-${ticketId}`, response_speed: speed, resolution, professionalism, attitude, answered_at: answered });
  const report = (author: User, projectId: string, created: string) =>
    insert('communication_report', {
      project_id: projectId,
      author_id: author.id,
      title: '客户沟通',
      result: 'SUCCESS',
      method: 'PHONE',
      channel: 'WRITTEN',
      communicator: '王工',
      communicated_at: created,
      problems_handled: ['解决vista下远程控制网络参数设置'],
      remaining_problems: [],
      created_at: created,
    });
  const tracking = (owner: User, projectId: string, day: string, reportId: string) =>
    insert('tracking_entry', { owner_id: owner.id, project_id: projectId, supporter_id: owner.id, support_role: 'FIRST', report_id: reportId, entry_date: day, content: '远程支持' });
  const issue = (owner: User, projectId: string, status: string, created: string) =>
    insert('remaining_issue', { project_id: projectId, description: '审计回放偶发卡顿', owner_id: owner.id, status, created_at: created });
  const workOrder = (submitter: User, projectId: string, issueId: string, created: string) =>
    insert('fault_work_order', {
      project_id: projectId,
      remaining_issue_id: issueId,
      title: '故障',
      environment: 'Windows Server 2019',
      steps: '重启服务',
      symptoms: '连接中断',
      status: 'PENDING_APPROVAL',
      submitted_by_id: submitter.id,
      created_at: created,
    });
  const improvement = (issuer: User, projectId: string, created: string) =>
    insert('improvement_request', { project_id: projectId, sequence: (sequence += 1), title: '改进', description: '增加批量导出', status: 'ISSUED', issued_by_id: issuer.id, created_at: created });
  const complaint = (respondent: User, projectId: string, status: string, created: string) =>
    insert('complaint', { project_id: projectId, complainant_id: sales.id, respondent_id: respondent.id, title: '投诉', description: '沟通后没有汇报', status, created_at: created });

  /**
   * The hand-built month, March 2025, all times Shanghai (+08:00). Engineers 甲 and 乙 (PRESALES,
   * active), 丙 (active, nothing done) and 丁 (inactive now, but worked in March: in March's TEAM). 甲 is first pre-sales of
   * Alpha and Beta, 乙 of Gamma.
   *
   * Tickets (a survey's score is the mean of its four):
   *  #   eng created       resolved      RESPONSE  RESOLUTION survey answered, scores → mean
   *  1   甲  03-05 10:00   03-06 10:00   MET       MET        03-07 10:00  5,5,4,4 → 4.5
   *  2   甲  03-10 10:00   03-20 10:00   MET       BREACHED   03-21 10:00  2,3,2,1 → 2.0 (low: below 3)
   *  3   甲  02-25 10:00   03-02 10:00   BREACHED  MET        -
   *  4   甲  03-28 10:00   -             RUNNING   RUNNING    -
   *  5   甲  03-01 00:05   03-01 08:00   MET       MET        04-01 00:30 (April)  1,1,1,1
   *  6   甲  03-15 10:00   04-01 07:00   MET       BREACHED   -     resolved 03-31 23:00 UTC, but April in Shanghai
   *  7   甲  04-01 00:10   04-01 01:00   BREACHED  BREACHED   -     created 03-31 16:10 UTC, April in Shanghai
   *  8   乙  03-03 10:00   03-04 10:00   BREACHED  BREACHED   03-05 10:00  3,3,3,3 → 3.0 (not low: 3 is not below 3)
   *  9   乙  03-12 10:00   03-13 10:00   MET       MET        03-14 10:00  4,4,5,5 → 4.5
   *  10  乙  03-20 10:00   -             RUNNING   PAUSED     -
   *  11  乙  02-27 10:00   02-28 23:30   MET       MET        03-01 00:30 (02-28 16:30 UTC: March)  1,2,2,1 → 1.5 (low)
   *  12  丁  03-10 10:00   03-11 10:00   MET       MET        -
   *
   *  丁: assigned #12 = 1, resolved 1, response and resolution MET 1 each; nothing else.
   *  甲: assigned #1 #2 #4 #5 #6 = 5; resolved #1 #2 #3 #5 = 4; response MET #1 #2 #5 = 3, BREACHED #3 = 1;
   *      resolution MET #1 #3 #5 = 3, BREACHED #2 = 1; surveys #1 #2 = 2, average (4.5 + 2.0) / 2 = 3.25.
   *  乙: assigned #8 #9 #10 = 3; resolved #8 #9 = 2; response 1 MET (#9) 1 BREACHED (#8); resolution the same;
   *      surveys #8 #9 #11 = 3, average (3.0 + 4.5 + 1.5) / 3 = 3.0.
   *
   * Other records (created_at, or entry_date for tracking rows):
   *  reports filed     甲: 03-01 00:30, 03-15, 03-31 23:59 = 3 (02-28 23:59 and 04-01 00:00 out)    乙: 03-05, 03-25 = 2
   *  tracking rows     甲: Alpha 03-03, Alpha 03-10, Beta 03-15 = 3, projects 2 (Alpha 04-01, Beta 02-28 out)
   *                    乙: Gamma 03-05, Gamma 03-31 = 2, projects 1
   *  work orders       甲: 03-12 = 1 (02-20 out)    乙: 03-01 00:10, 03-25 = 2
   *  improvements      甲: 03-08, 03-18 = 2         乙: 04-01 00:00 out = 0
   *  complaints        甲: UPHELD 03-05 Alpha, UPHELD 03-20 Beta, DISMISSED 03-10, UPHELD 01-15, UPHELD 02-15, UPHELD 04-01 00:00 (April)
   *                        → upheld in March 2, up to March's end 4: ⌊2/2⌋ + ⌊4/4⌋ = 2 levels off → −2
   *                    乙: UPHELD 01-05, 02-10, 02-20, FILED 03-15, UPHELD 03-31 23:59 Gamma
   *                        → in March 1, up to its end 4: ⌊1/2⌋ + ⌊4/4⌋ = 1 → −1
   *  remaining issues  open and opened before 04-01 00:00 − 30 days = 03-02 00:00:
   *                    甲: OPEN 02-20 Alpha ✓, OPEN 03-01 23:59 Beta ✓, OPEN 03-02 00:00 Beta ✗, RESOLVED 01-10 ✗, SENT_TO_RND 01-10 ✗
   *                    乙: OPEN 02-01 Gamma ✓, OPEN 03-20 Gamma ✗
   */
  const month = async () => {
    const jia = await buildUser(ds(), [Role.PRESALES], '甲');
    const yi = await buildUser(ds(), [Role.PRESALES], '乙');
    const bing = await buildUser(ds(), [Role.PRESALES], '丙');
    const ding = await buildUser(ds(), [Role.PRESALES], '丁');
    await ds().query('UPDATE app_user SET active = false WHERE id = $1', [ding.id]);
    const alpha = (await buildProject(ds(), { name: 'Alpha 项目', sales, firstPresales: jia })).id;
    const beta = (await buildProject(ds(), { name: 'Beta 项目', sales, firstPresales: jia })).id;
    const gamma = (await buildProject(ds(), { name: 'Gamma 项目', sales, firstPresales: yi })).id;

    const t1 = await ticket(1, jia, '2025-03-05T10:00:00+08:00', '2025-03-06T10:00:00+08:00', 'MET', 'MET');
    const t2 = await ticket(2, jia, '2025-03-10T10:00:00+08:00', '2025-03-20T10:00:00+08:00', 'MET', 'BREACHED');
    await ticket(3, jia, '2025-02-25T10:00:00+08:00', '2025-03-02T10:00:00+08:00', 'BREACHED', 'MET');
    await ticket(4, jia, '2025-03-28T10:00:00+08:00', null, 'RUNNING', 'RUNNING');
    const t5 = await ticket(5, jia, '2025-03-01T00:05:00+08:00', '2025-03-01T08:00:00+08:00', 'MET', 'MET');
    await ticket(6, jia, '2025-03-15T10:00:00+08:00', '2025-04-01T07:00:00+08:00', 'MET', 'BREACHED');
    await ticket(7, jia, '2025-04-01T00:10:00+08:00', '2025-04-01T01:00:00+08:00', 'BREACHED', 'BREACHED');
    const t8 = await ticket(8, yi, '2025-03-03T10:00:00+08:00', '2025-03-04T10:00:00+08:00', 'BREACHED', 'BREACHED');
    const t9 = await ticket(9, yi, '2025-03-12T10:00:00+08:00', '2025-03-13T10:00:00+08:00', 'MET', 'MET');
    await ticket(10, yi, '2025-03-20T10:00:00+08:00', null, 'RUNNING', 'PAUSED');
    const t11 = await ticket(11, yi, '2025-02-27T10:00:00+08:00', '2025-02-28T23:30:00+08:00', 'MET', 'MET');
    await ticket(12, ding, '2025-03-10T10:00:00+08:00', '2025-03-11T10:00:00+08:00', 'MET', 'MET');
    await survey(t1, jia, '2025-03-07T10:00:00+08:00', [5, 5, 4, 4]);
    await survey(t2, jia, '2025-03-21T10:00:00+08:00', [2, 3, 2, 1]);
    await survey(t5, jia, '2025-04-01T00:30:00+08:00', [1, 1, 1, 1]);
    await survey(t8, yi, '2025-03-05T10:00:00+08:00', [3, 3, 3, 3]);
    await survey(t9, yi, '2025-03-14T10:00:00+08:00', [4, 4, 5, 5]);
    await survey(t11, yi, '2025-03-01T00:30:00+08:00', [1, 2, 2, 1]);

    const jiaReport = await report(jia, alpha, '2025-03-01T00:30:00+08:00');
    await report(jia, beta, '2025-03-15T10:00:00+08:00');
    await report(jia, alpha, '2025-03-31T23:59:00+08:00');
    await report(jia, alpha, '2025-02-28T23:59:00+08:00');
    await report(jia, alpha, '2025-04-01T00:00:00+08:00');
    const yiReport = await report(yi, gamma, '2025-03-05T10:00:00+08:00');
    await report(yi, gamma, '2025-03-25T10:00:00+08:00');
    await tracking(jia, alpha, '2025-03-03', jiaReport);
    await tracking(jia, alpha, '2025-03-10', jiaReport);
    await tracking(jia, beta, '2025-03-15', jiaReport);
    await tracking(jia, alpha, '2025-04-01', jiaReport);
    await tracking(jia, beta, '2025-02-28', jiaReport);
    await tracking(yi, gamma, '2025-03-05', yiReport);
    await tracking(yi, gamma, '2025-03-31', yiReport);

    const staleAlpha = await issue(jia, alpha, 'OPEN', '2025-02-20T10:00:00+08:00');
    await issue(jia, beta, 'OPEN', '2025-03-01T23:59:00+08:00');
    await issue(jia, beta, 'OPEN', '2025-03-02T00:00:00+08:00');
    await issue(jia, alpha, 'RESOLVED', '2025-01-10T10:00:00+08:00');
    await issue(jia, beta, 'SENT_TO_RND', '2025-01-10T10:00:00+08:00');
    const staleGamma = await issue(yi, gamma, 'OPEN', '2025-02-01T10:00:00+08:00');
    await issue(yi, gamma, 'OPEN', '2025-03-20T10:00:00+08:00');
    await workOrder(jia, alpha, staleAlpha, '2025-03-12T10:00:00+08:00');
    await workOrder(jia, alpha, staleAlpha, '2025-02-20T10:00:00+08:00');
    await workOrder(yi, gamma, staleGamma, '2025-03-01T00:10:00+08:00');
    await workOrder(yi, gamma, staleGamma, '2025-03-25T10:00:00+08:00');
    await improvement(jia, alpha, '2025-03-08T10:00:00+08:00');
    await improvement(jia, beta, '2025-03-18T10:00:00+08:00');
    await improvement(yi, gamma, '2025-04-01T00:00:00+08:00');

    await complaint(jia, alpha, 'UPHELD', '2025-03-05T10:00:00+08:00');
    await complaint(jia, beta, 'UPHELD', '2025-03-20T10:00:00+08:00');
    await complaint(jia, alpha, 'DISMISSED', '2025-03-10T10:00:00+08:00');
    await complaint(jia, alpha, 'UPHELD', '2025-01-15T10:00:00+08:00');
    await complaint(jia, beta, 'UPHELD', '2025-02-15T10:00:00+08:00');
    await complaint(jia, alpha, 'UPHELD', '2025-04-01T00:00:00+08:00');
    for (const created of ['2025-01-05T10:00:00+08:00', '2025-02-10T10:00:00+08:00', '2025-02-20T10:00:00+08:00', '2025-03-31T23:59:00+08:00']) {
      await complaint(yi, gamma, 'UPHELD', created);
    }
    await complaint(yi, gamma, 'FILED', '2025-03-15T10:00:00+08:00');
    return { jia, yi, bing, ding };
  };

  const DING: Figures = { ...ZERO, ticketsAssigned: 1, ticketsResolved: 1, responseMet: 1, resolutionMet: 1 };
  const JIA: Figures = {
    ticketsAssigned: 5,
    ticketsResolved: 4,
    responseMet: 3,
    responseBreached: 1,
    resolutionMet: 3,
    resolutionBreached: 1,
    satisfactionAnswered: 2,
    satisfactionAverage: 3.25,
    reportsFiled: 3,
    trackingEntries: 3,
    projectsSupported: 2,
    workOrdersSubmitted: 1,
    improvementRequests: 2,
    complaintsUpheld: 2,
    performanceLevel: -2,
  };
  const YI: Figures = {
    ticketsAssigned: 3,
    ticketsResolved: 2,
    responseMet: 1,
    responseBreached: 1,
    resolutionMet: 1,
    resolutionBreached: 1,
    satisfactionAnswered: 3,
    satisfactionAverage: 3,
    reportsFiled: 2,
    trackingEntries: 2,
    projectsSupported: 1,
    workOrdersSubmitted: 2,
    improvementRequests: 0,
    complaintsUpheld: 1,
    performanceLevel: -1,
  };

  const generate = async (client: ApiClient, month: string, engineerId: string | null): Promise<Report> => {
    const response = await client.request<{ generateWorkReport: Report }>(GENERATE, { month, engineerId });
    expect(response.errors).toBeUndefined();
    return response.data!.generateWorkReport;
  };

  it("computes every figure and problem of an engineer's month by hand", async () => {
    const { jia, yi, bing } = await month();
    const client = await as(manager);

    const jiaReport = await generate(client, MARCH, jia.id);
    expect(jiaReport).toMatchObject({ month: MARCH, scope: 'ENGINEER', engineerId: jia.id, engineerName: '甲', generatedBy: '经理', members: [] });
    expect(jiaReport.figures).toEqual(JIA);
    expect(jiaReport.problems).toEqual([
      { kind: 'SLA_BREACHED', count: 2, detail: `${ticketNumber(2)}, ${ticketNumber(3)}` },
      { kind: 'COMPLAINT_UPHELD', count: 2, detail: 'Alpha 项目, Beta 项目' },
      { kind: 'REMAINING_ISSUE_OPEN', count: 2, detail: 'Alpha 项目, Beta 项目' },
      { kind: 'LOW_SATISFACTION', count: 1, detail: ticketNumber(2) },
    ]);

    const yiReport = await generate(client, MARCH, yi.id);
    expect(yiReport.figures).toEqual(YI);
    expect(yiReport.problems).toEqual([
      { kind: 'SLA_BREACHED', count: 1, detail: ticketNumber(8) },
      { kind: 'COMPLAINT_UPHELD', count: 1, detail: 'Gamma 项目' },
      { kind: 'REMAINING_ISSUE_OPEN', count: 1, detail: 'Gamma 项目' },
      { kind: 'LOW_SATISFACTION', count: 1, detail: ticketNumber(11) },
    ]);

    // Nothing done: zeros, no average, the normal level, no problems.
    const bingReport = await generate(client, MARCH, bing.id);
    expect(bingReport.figures).toEqual(ZERO);
    expect(bingReport.problems).toEqual([]);

    // The level is the performanceLevel query's.
    for (const [engineer, level] of [[jia, -2], [yi, -1]] as const) {
      const response = await client.request<{ performanceLevel: { level: number } }>(LEVEL, { userId: engineer.id, month: MARCH });
      expect(response.data!.performanceLevel.level).toBe(level);
    }
  });

  it("sums the members' figures in the TEAM report: every engineer of the month, the average over all surveys, the lowest level", async () => {
    const { jia, yi, bing, ding } = await month();
    // 戊 left before March and did nothing in it: not a member.
    const wu = await buildUser(ds(), [Role.PRESALES], '戊');
    await ds().query('UPDATE app_user SET active = false WHERE id = $1', [wu.id]);
    const team = await generate(await as(manager), MARCH, null);

    expect(team).toMatchObject({ month: MARCH, scope: 'TEAM', engineerId: null, engineerName: null, generatedBy: '经理' });
    // By name in pinyin (bǐng, dīng, jiǎ, yǐ); 丁 is inactive now but worked in March (#12), so a member.
    expect(team.members).toEqual([
      { engineerId: bing.id, engineerName: '丙', figures: ZERO },
      { engineerId: ding.id, engineerName: '丁', figures: DING },
      { engineerId: jia.id, engineerName: '甲', figures: JIA },
      { engineerId: yi.id, engineerName: '乙', figures: YI },
    ]);
    expect(team.members.map((member) => member.engineerId)).not.toContain(wu.id);
    // Sums of 丁 + 甲 + 乙 (+ 丙's zeros). Satisfaction over the five surveys: (4.5 + 2.0 + 3.0 + 4.5 + 1.5) / 5 = 3.1,
    // not the members' averages averaged ((3.25 + 3) / 2 = 3.125). Level: the lowest, min(−2, −1, 0, 0) = −2.
    expect(team.figures).toEqual({
      ticketsAssigned: 9,
      ticketsResolved: 7,
      responseMet: 5,
      responseBreached: 2,
      resolutionMet: 5,
      resolutionBreached: 2,
      satisfactionAnswered: 5,
      satisfactionAverage: expect.closeTo(3.1, 10),
      reportsFiled: 5,
      trackingEntries: 5,
      projectsSupported: 3,
      workOrdersSubmitted: 3,
      improvementRequests: 2,
      complaintsUpheld: 3,
      performanceLevel: -2,
    });
    expect(team.problems).toEqual([
      { kind: 'SLA_BREACHED', count: 3, detail: [2, 3, 8].map(ticketNumber).join(', ') },
      { kind: 'COMPLAINT_UPHELD', count: 3, detail: 'Alpha 项目, Beta 项目, Gamma 项目' },
      { kind: 'REMAINING_ISSUE_OPEN', count: 3, detail: 'Alpha 项目, Beta 项目, Gamma 项目' },
      { kind: 'LOW_SATISFACTION', count: 2, detail: [2, 11].map(ticketNumber).join(', ') },
    ]);

    // An inactive engineer's own report can still be had (a past month of someone who left): #12.
    expect((await generate(await as(manager), MARCH, ding.id)).figures).toMatchObject({ ticketsAssigned: 1, ticketsResolved: 1, responseMet: 1, resolutionMet: 1 });
  });

  it('counts months in Shanghai time, not UTC', async () => {
    const { jia, yi } = await month();
    const client = await as(manager);
    // February for 乙: #11 created 02-27 and resolved 02-28 23:30 (15:30 UTC); its survey was answered in March.
    expect((await generate(client, '2025-02', yi.id)).figures).toMatchObject({ ticketsAssigned: 1, ticketsResolved: 1, satisfactionAnswered: 0, satisfactionAverage: null });
    // April for 甲: #7 created 04-01 00:10 (03-31 16:10 UTC); resolved #6 (04-01 07:00, 03-31 23:00 UTC: MET, BREACHED)
    // and #7 (BREACHED, BREACHED); #5's survey answered 04-01 00:30 (1,1,1,1); the report of 04-01 00:00; the Alpha
    // row of 04-01; the complaint of 04-01 00:00 upheld: 1 in April, 5 up to its end → ⌊1/2⌋ + ⌊5/4⌋ = 1 → −1.
    expect((await generate(client, '2025-04', jia.id)).figures).toEqual({
      ticketsAssigned: 1,
      ticketsResolved: 2,
      responseMet: 1,
      responseBreached: 1,
      resolutionMet: 0,
      resolutionBreached: 2,
      satisfactionAnswered: 1,
      satisfactionAverage: 1,
      reportsFiled: 1,
      trackingEntries: 1,
      projectsSupported: 1,
      workOrdersSubmitted: 0,
      improvementRequests: 0,
      complaintsUpheld: 1,
      performanceLevel: -1,
    });
  });

  it('lets managers see and generate every report, an engineer only their own, and nobody else', async () => {
    const { jia, yi } = await month();
    const managerClient = await as(manager);
    const team = await generate(managerClient, MARCH, null);
    await generate(managerClient, MARCH, yi.id);

    // The engineer generates and reads their own; their list holds only theirs.
    const engineer = await as(jia);
    const own = await generate(engineer, MARCH, jia.id);
    expect(own).toMatchObject({ engineerId: jia.id, generatedBy: '甲' });
    expect((await engineer.request<{ workReport: Report }>(ONE, { month: MARCH, engineerId: jia.id })).data!.workReport.id).toBe(own.id);
    expect((await engineer.request<{ workReports: Report[] }>(LIST, { month: MARCH })).data!.workReports.map((report) => report.id)).toEqual([own.id]);
    // Not a colleague's nor the TEAM's, to read or to generate.
    for (const engineerId of [yi.id, null]) {
      expect(codes(await engineer.request(ONE, { month: MARCH, engineerId }))).toEqual(['FORBIDDEN']);
      expect(codes(await engineer.request(GENERATE, { month: MARCH, engineerId }))).toEqual(['FORBIDDEN']);
    }

    // Every manager sees all three: the TEAM first, then by name.
    for (const role of [Role.PRESALES_MANAGER, Role.TECH_DIRECTOR, Role.GM]) {
      const client = await as(await buildUser(ds(), [role]));
      const list = (await client.request<{ workReports: Report[] }>(LIST, { month: MARCH })).data!.workReports;
      expect(list.map((report) => [report.scope, report.engineerName])).toEqual([['TEAM', null], ['ENGINEER', '甲'], ['ENGINEER', '乙']]);
      expect((await client.request<{ workReport: Report }>(ONE, { month: MARCH, engineerId: null })).data!.workReport.id).toBe(team.id);
    }

    for (const role of [Role.SALES, Role.RND, Role.CUSTOMER]) {
      const client = await as(await buildUser(ds(), [role]));
      expect(codes(await client.request(LIST, { month: MARCH }))).toEqual(['FORBIDDEN']);
      expect(codes(await client.request(ONE, { month: MARCH, engineerId: jia.id }))).toEqual(['FORBIDDEN']);
      expect(codes(await client.request(GENERATE, { month: MARCH, engineerId: jia.id }))).toEqual(['FORBIDDEN']);
    }
    const anonymous = await as(null);
    expect(codes(await anonymous.request(LIST, { month: MARCH }))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await anonymous.request(GENERATE, { month: MARCH, engineerId: null }))).toEqual(['UNAUTHENTICATED']);
  });

  it('validates the month and the engineer', async () => {
    const client = await as(manager);
    const engineer = await buildUser(ds(), [Role.PRESALES]);
    const fieldsOf = (query: string, variables: Record<string, unknown>) => validationFields(client, query, variables);
    for (const month of ['2025-13', '2025-00', '2025-3', '0000-01', 'March', '2025-03-01']) {
      expect(await fieldsOf(GENERATE, { month, engineerId: engineer.id })).toEqual({ month: 'INVALID_MONTH' });
      expect(await fieldsOf(LIST, { month })).toEqual({ month: 'INVALID_MONTH' });
    }
    // The month after the current one in Shanghai; the current one (so far) is allowed.
    const [year, current] = companyDayOf(new Date()).split('-').map(Number);
    const next = current === 12 ? `${year + 1}-01` : `${year}-${String(current + 1).padStart(2, '0')}`;
    expect(await fieldsOf(GENERATE, { month: next, engineerId: null })).toEqual({ month: 'FUTURE_MONTH' });
    expect(await fieldsOf(ONE, { month: next, engineerId: null })).toEqual({ month: 'FUTURE_MONTH' });
    expect((await generate(client, companyDayOf(new Date()).slice(0, 7), engineer.id)).figures).toEqual(ZERO);

    for (const engineerId of [sales.id, manager.id, '00000000-0000-4000-8000-000000000000', 'nope']) {
      expect(await fieldsOf(GENERATE, { month: MARCH, engineerId })).toEqual({ engineerId: 'NOT_AN_ENGINEER' });
      expect(await fieldsOf(ONE, { month: MARCH, engineerId })).toEqual({ engineerId: 'NOT_AN_ENGINEER' });
    }
  });

  it('regenerating replaces the stored report (one row, same id) and logs each generation', async () => {
    const engineer = await buildUser(ds(), [Role.PRESALES], '甲');
    const own = await as(engineer);
    expect((await own.request<{ workReport: Report | null }>(ONE, { month: MARCH, engineerId: engineer.id })).data!.workReport).toBeNull();
    await ticket(1, engineer, '2025-03-05T10:00:00+08:00', null, 'RUNNING', 'RUNNING');
    const first = await generate(own, MARCH, engineer.id);
    expect(first).toMatchObject({ generatedBy: '甲', figures: { ticketsAssigned: 1 } });

    await ticket(2, engineer, '2025-03-06T10:00:00+08:00', null, 'RUNNING', 'RUNNING');
    const second = await generate(await as(manager), MARCH, engineer.id);
    expect(second).toMatchObject({ id: first.id, generatedBy: '经理', figures: { ticketsAssigned: 2 } });
    expect(Date.parse(second.generatedAt)).toBeGreaterThanOrEqual(Date.parse(first.generatedAt));
    expect((await own.request<{ workReport: Report }>(ONE, { month: MARCH, engineerId: engineer.id })).data!.workReport.figures.ticketsAssigned).toBe(2);

    // The TEAM's is upserted by its own index.
    const team = await generate(await as(manager), MARCH, null);
    expect((await generate(await as(manager), MARCH, null)).id).toBe(team.id);
    expect(await ds().query('SELECT scope, count(*)::int AS count FROM work_report GROUP BY scope ORDER BY scope')).toEqual([
      { scope: 'ENGINEER', count: 1 },
      { scope: 'TEAM', count: 1 },
    ]);
    const events = (await ds().query(`SELECT entity_id, actor_id, project_id FROM event WHERE type = 'WORK_REPORT_GENERATED' ORDER BY seq`)) as Record<string, unknown>[];
    expect(events).toEqual([
      { entity_id: first.id, actor_id: engineer.id, project_id: null },
      { entity_id: first.id, actor_id: manager.id, project_id: null },
      { entity_id: team.id, actor_id: manager.id, project_id: null },
      { entity_id: team.id, actor_id: manager.id, project_id: null },
    ]);
  });

  describe('statement count', () => {
    // Polls the dispatcher on a connection of its own, so that the polls are not counted.
    let observer: pg.Client;
    beforeAll(async () => {
      observer = new pg.Client({ connectionString: inject('databaseUrl') });
      await observer.connect();
    });
    afterAll(() => observer.end());
    const settled = () => untilDispatched({ query: async (sql: string) => (await observer.query(sql)).rows });

    it('is the same for a TEAM of 2 engineers as of 5 (no query per engineer)', async () => {
      const client = await as(manager);
      let n = 0;
      const addEngineers = async (count: number) => {
        for (let i = 0; i < count; i += 1) {
          const engineer = await buildUser(ds(), [Role.PRESALES]);
          n += 1;
          const id = await ticket(n, engineer, '2025-03-05T10:00:00+08:00', '2025-03-06T10:00:00+08:00', 'MET', 'BREACHED');
          await survey(id, engineer, '2025-03-07T10:00:00+08:00', [2, 2, 2, 2]);
        }
      };
      const measure = async () => {
        await settled();
        const before = statementsSent();
        const report = await generate(client, MARCH, null);
        // The request, and the bus and notification dispatcher passing its one event.
        await settled();
        return { statements: statementsSent() - before, members: report.members.length };
      };
      await addEngineers(2);
      const small = await measure();
      await addEngineers(3);
      const large = await measure();
      expect([small.members, large.members]).toEqual([2, 5]);
      expect(large.statements).toBe(small.statements);
    });
  });

  describe('export (.xlsx)', () => {
    const download = (client: ApiClient, params: Record<string, string>) =>
      fetch(`${suite.server.url}/exports/dashboards/work-report.xlsx?${new URLSearchParams(params).toString()}`, { headers: client.cookie ? { cookie: client.cookie } : {} });
    const rowsOf = async (response: Response): Promise<ExcelJS.CellValue[][]> => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ExcelJS.Buffer);
      const rows: ExcelJS.CellValue[][] = [];
      // Array.from, not map: an empty cell is a hole in row.values, which map would skip.
      workbook.worksheets[0].eachRow((row) => rows.push(Array.from((row.values as ExcelJS.CellValue[]).slice(1), (value) => value ?? null)));
      return rows;
    };
    const cells = (name: string, figures: Figures) => [
      name,
      figures.ticketsAssigned,
      figures.ticketsResolved,
      figures.responseMet,
      figures.responseBreached,
      figures.resolutionMet,
      figures.resolutionBreached,
      figures.satisfactionAnswered,
      figures.satisfactionAverage,
      figures.reportsFiled,
      figures.trackingEntries,
      figures.projectsSupported,
      figures.workOrdersSubmitted,
      figures.improvementRequests,
      figures.complaintsUpheld,
      figures.performanceLevel,
    ];

    it('writes the TEAM report (a row per engineer and the total) or an engineer’s, computed without storing when none is stored', async () => {
      const { jia, yi } = await month();
      const response = await download(await as(manager), { month: MARCH });
      expect(response.status).toBe(200);
      const rows = await rowsOf(response);
      expect(rows[0]).toEqual(['工作报告 · 2025-03']);
      expect(rows[1]).toEqual(['工程师', '分配工单', '解决工单', '响应达成', '响应超时', '解决达成', '解决超时', '满意度答卷', '满意度均分', '沟通汇报', '跟踪表条目', '支持项目', '故障工作单', '改进申请', '成立投诉', '绩效等级']);
      expect(rows.slice(2, 6)).toEqual([cells('丙', ZERO), cells('丁', DING), cells('甲', JIA), cells('乙', YI)]);
      expect(rows[6]!.slice(0, 8)).toEqual(['合计', 9, 7, 5, 2, 5, 2, 5]);
      expect(rows[6]![8]).toBeCloseTo(3.1, 10);
      expect(rows).toHaveLength(7);
      // A download writes nothing: the report is still to be generated.
      expect((await ds().query(`SELECT count(*)::int AS count FROM work_report`))[0].count).toBe(0);

      const engineer = await as(jia);
      const own = await download(engineer, { month: MARCH, engineerId: jia.id });
      expect((await rowsOf(own)).slice(2)).toEqual([cells('甲', JIA)]);
      const team = await download(engineer, { month: MARCH });
      expect(team.status).toBe(403);
      expect(await team.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
      const colleague = await download(engineer, { month: MARCH, engineerId: yi.id });
      expect(colleague.status).toBe(403);
      const bad = await download(engineer, { month: '2025-3' });
      expect(bad.status).toBe(400);
      expect(await bad.json()).toMatchObject({ error: { code: 'VALIDATION', fields: { month: 'INVALID_MONTH' } } });
    });
  });
});
