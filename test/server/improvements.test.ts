import { describe, expect, it } from 'vitest';
import { companyDayOf } from '../../server/src/platform/company-calendar';
import { EventRecord } from '../../server/src/platform/events/event.entity';
import { ImprovementRequest } from '../../server/src/modules/improvements/improvement-request.entity';
import { RndTimeEntry } from '../../server/src/modules/improvements/rnd-time-entry.entity';
import { ProjectMember } from '../../server/src/modules/projects/project-member.entity';
import { RemainingIssue } from '../../server/src/modules/reports/remaining-issue.entity';
import { Role } from '../../server/src/modules/users/role.enum';
import type { User } from '../../server/src/modules/users/user.entity';
import { ProductVersion } from '../../server/src/modules/versions/product-version.entity';
import { buildProject, buildUser } from '../helpers/factories';
import { ApiClient, codes, type GraphQLResponse } from '../helpers/graphql-client';
import { serverSuite } from '../helpers/server-suite';

/** A company-time calendar day relative to today, so the suite never expires. */
const companyDay = (offsetDays: number): string => companyDayOf(new Date(Date.now() + offsetDays * 86_400_000));

const REQUEST = 'id sequence title description status version salesAgreedAt decisionComment projectName rndMinutes issuedBy { id } rndLead { id } timeEntries { minutes workedOn note user { id } }';
const ISSUE = `mutation($input: IssueImprovementRequestInput!) { issueImprovementRequest(input: $input) { ${REQUEST} } }`;
const AGREE = `mutation($input: ImprovementStepInput!) { agreeToImprovementRequest(input: $input) { ${REQUEST} } }`;
const DECIDE = `mutation($input: DecideImprovementRequestInput!) { decideImprovementRequest(input: $input) { ${REQUEST} } }`;
const LOG = 'mutation($input: LogRndTimeInput!) { logRndTime(input: $input) { id minutes workedOn note user { id } } }';
const COMPLETE = `mutation($input: CompleteImprovementRequestInput!) { completeImprovementRequest(input: $input) { ${REQUEST} } }`;
const QUEUE = '{ improvementQueue { id status sequence projectName rndLead { id } } }';
const RECORD = `query($id: ID!) { project(id: $id) {
  rndCost { minutes thresholdHours bonusAfterRndCost }
  improvementRequests { id sequence status rndMinutes }
  timeline { type entityId payload } } }`;
const BOARD = '{ projects { id } }';
const FILE = 'mutation($input: FileCommunicationReportInput!) { fileCommunicationReport(input: $input) { id } }';
const ISSUES = 'query($id: ID!) { project(id: $id) { remainingIssues { id description status version } } }';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

interface Request {
  id: string;
  sequence: number;
  title: string;
  description: string;
  status: string;
  version: number;
  salesAgreedAt: string | null;
  decisionComment: string | null;
  projectName: string;
  rndMinutes: number | null;
  issuedBy: { id: string };
  rndLead: { id: string } | null;
  timeEntries: { minutes: number; workedOn: string; note: string; user: { id: string } }[];
}

interface ProjectRecordView {
  rndCost: { minutes: number; thresholdHours: number; bonusAfterRndCost: boolean } | null;
  improvementRequests: { id: string; sequence: number; status: string; rndMinutes: number | null }[];
  timeline: { type: string; entityId: string; payload: string }[];
}

type Step = Pick<Request, 'id' | 'version'>;

describe('product improvement requests and net R&D time (SPEC §5, 第十九–二十二条)', () => {
  const suite = serverSuite({ rndCostFlagHours: 1 });
  const { as } = suite;
  const ok = <K extends string, T>(response: GraphQLResponse<Record<K, T>>, key: K): T => {
    expect(response.errors).toBeUndefined();
    return response.data![key];
  };

  const issue = async (user: User | null, projectId: string, extra: Record<string, unknown> = {}) =>
    (await as(user)).request<{ issueImprovementRequest: Request }>(ISSUE, {
      input: { projectId, title: '  支持国产麒麟系统分辨率自适应  ', description: '  客户终端为麒麟 V10，远程桌面需自适应分辨率  ', ...extra },
    });
  const agree = async (user: User | null, request: Step) =>
    (await as(user)).request<{ agreeToImprovementRequest: Request }>(AGREE, { input: { requestId: request.id, expectedVersion: request.version } });
  const decide = async (user: User | null, request: Step, decision: 'ACCEPT' | 'REJECT', extra: Record<string, unknown> = {}) =>
    (await as(user)).request<{ decideImprovementRequest: Request }>(DECIDE, { input: { requestId: request.id, expectedVersion: request.version, decision, ...extra } });
  const logTime = async (user: User | null, requestId: string, minutes: number, workedOn = companyDay(-1), note?: string) =>
    (await as(user)).request<{ logRndTime: { id: string; minutes: number; workedOn: string; note: string; user: { id: string } } }>(LOG, {
      input: { requestId, minutes, workedOn, note },
    });
  const complete = async (user: User | null, request: Step, extra: Record<string, unknown> = {}) =>
    (await as(user)).request<{ completeImprovementRequest: Request }>(COMPLETE, { input: { requestId: request.id, expectedVersion: request.version, ...extra } });
  const queueOf = async (user: User) => ok(await (await as(user)).request<{ improvementQueue: { id: string; status: string; sequence: number; projectName: string; rndLead: { id: string } | null }[] }>(QUEUE), 'improvementQueue');
  const recordOf = async (user: User, projectId: string) => ok(await (await as(user)).request<{ project: ProjectRecordView }>(RECORD, { id: projectId }), 'project');
  const flags = (record: ProjectRecordView) => record.timeline.filter((event) => event.type === 'RND_COST_FLAGGED');
  /** The flag is logged for the record (and notifications) but kept off every project timeline: it is bonus-related. */
  const flagEvents = (projectId: string) => suite.server.dataSource.getRepository(EventRecord).findBy({ entityId: projectId, type: 'RND_COST_FLAGGED' });

  /** A request the PRESALES_MANAGER issued (straight to ISSUED), accepted with `lead`. */
  const accepted = async (projectId: string, lead: User, rndManager: User, manager?: User): Promise<Request> => {
    const issuer = manager ?? (await buildUser(suite.server.dataSource, [Role.PRESALES_MANAGER]));
    const issued = ok(await issue(issuer, projectId), 'issueImprovementRequest');
    return ok(await decide(rndManager, issued, 'ACCEPT', { rndLeadId: lead.id }), 'decideImprovementRequest');
  };
  const openIssue = async (projectId: string, author: User, description: string) => {
    const filed = await (await as(author)).request(FILE, {
      input: {
        projectId,
        result: 'ISSUE_REMAINING',
        method: 'ON_SITE',
        communicator: '客户运维部 王工',
        communicatedAt: new Date(Date.now() - 7_200_000).toISOString(),
        problemsHandled: ['为客户配置AD域账号同步策略，验证了50台终端登录'],
        remainingProblems: [description],
      },
    });
    expect(filed.errors).toBeUndefined();
    const { remainingIssues } = ok(await (await as(author)).request<{ project: { remainingIssues: { id: string; description: string; status: string; version: number }[] } }>(ISSUES, { id: projectId }), 'project');
    return remainingIssues.find((candidate) => candidate.description === description)!;
  };

  it('acceptance: pre-sales issues two improvement requests, the third is refused, the manager’s third succeeds; R&D time over the threshold flags the project', async () => {
    const ds = suite.server.dataSource;
    const project = await buildProject(ds, { name: '调度数据网远程运维平台' });
    const { sales, firstPresales } = project.parts;
    const [manager, rndManager, lead, gm] = [
      await buildUser(ds, [Role.PRESALES_MANAGER]),
      await buildUser(ds, [Role.RND_MANAGER]),
      await buildUser(ds, [Role.RND]),
      await buildUser(ds, [Role.GM]),
    ];

    // The pre-sales issues two; each waits for the sales' agreement.
    const first = ok(await issue(firstPresales, project.id), 'issueImprovementRequest');
    expect(first).toMatchObject({
      sequence: 1, status: 'AWAITING_SALES_AGREEMENT', version: 1, salesAgreedAt: null, title: '支持国产麒麟系统分辨率自适应',
      description: '客户终端为麒麟 V10，远程桌面需自适应分辨率', issuedBy: { id: firstPresales.id }, rndLead: null, projectName: '调度数据网远程运维平台', rndMinutes: null, // a pre-sales does not see R&D cost
    });
    const second = ok(await issue(firstPresales, project.id, { title: '审计回放支持倍速' }), 'issueImprovementRequest');
    expect(second).toMatchObject({ sequence: 2, status: 'AWAITING_SALES_AGREEMENT' });
    const agreed = ok(await agree(sales, first), 'agreeToImprovementRequest');
    expect(agreed).toMatchObject({ status: 'ISSUED', version: 2 });
    expect(agreed.salesAgreedAt).toEqual(expect.any(String));
    expect(ok(await agree(sales, second), 'agreeToImprovementRequest').status).toBe('ISSUED');

    // The third from the pre-sales is refused …
    const third = await issue(firstPresales, project.id, { title: '第三个改进' });
    expect(codes(third)).toEqual(['IMPROVEMENT_QUOTA_EXCEEDED']);
    expect(third.errors?.[0].extensions).toMatchObject({ issued: 2, quota: 2 });
    expect(await ds.getRepository(ImprovementRequest).countBy({ projectId: project.id })).toBe(2);
    // … the manager's third succeeds, straight to R&D.
    const managers = ok(await issue(manager, project.id, { title: '第三个改进' }), 'issueImprovementRequest');
    expect(managers).toMatchObject({ sequence: 3, status: 'ISSUED', salesAgreedAt: null, issuedBy: { id: manager.id } });
    const rows = await ds.getRepository(ImprovementRequest).find({ where: { projectId: project.id }, order: { sequence: 'ASC' } });
    expect(rows.map((r) => [r.sequence, r.issuedById, r.status, r.salesAgreedById])).toEqual([
      [1, firstPresales.id, 'ISSUED', sales.id],
      [2, firstPresales.id, 'ISSUED', sales.id],
      [3, manager.id, 'ISSUED', null],
    ]);

    // R&D time over the threshold (1 hour in this suite) flags the project, once.
    const work = ok(await decide(rndManager, agreed, 'ACCEPT', { rndLeadId: lead.id }), 'decideImprovementRequest');
    expect(ok(await logTime(lead, work.id, 40), 'logRndTime').minutes).toBe(40);
    expect((await recordOf(sales, project.id)).rndCost).toEqual({ minutes: 40, thresholdHours: 1, bonusAfterRndCost: false });
    expect((await logTime(lead, work.id, 20)).errors).toBeUndefined();
    const atThreshold = await recordOf(sales, project.id);
    expect(atThreshold.rndCost).toEqual({ minutes: 60, thresholdHours: 1, bonusAfterRndCost: false }); // exactly one hour is not "over"
    expect(await flagEvents(project.id)).toEqual([]);
    expect((await logTime(lead, work.id, 1, companyDay(0))).errors).toBeUndefined();
    const flagged = await recordOf(sales, project.id);
    expect(flagged.rndCost).toEqual({ minutes: 61, thresholdHours: 1, bonusAfterRndCost: true });
    const [flag, ...more] = await flagEvents(project.id);
    expect(more).toEqual([]);
    expect(flag).toMatchObject({ projectId: null, entityType: 'Project', payload: { minutes: 61, thresholdHours: 1 } });
    expect(flags(flagged)).toEqual([]);

    // The total is the project's, across requests and leads; the flag is never raised twice.
    const otherLead = await buildUser(ds, [Role.RND]);
    const managersWork = ok(await decide(rndManager, managers, 'ACCEPT', { rndLeadId: otherLead.id }), 'decideImprovementRequest');
    expect((await logTime(otherLead, managersWork.id, 90)).errors).toBeUndefined();
    expect((await logTime(lead, work.id, 30)).errors).toBeUndefined();
    const later = await recordOf(gm, project.id);
    expect(later.rndCost).toEqual({ minutes: 181, thresholdHours: 1, bonusAfterRndCost: true });
    expect(later.improvementRequests.map((r) => [r.sequence, r.status, r.rndMinutes])).toEqual([
      [1, 'ACCEPTED', 91],
      [2, 'ISSUED', 0],
      [3, 'ACCEPTED', 90],
    ]);
    expect(await flagEvents(project.id)).toHaveLength(1);
  });

  it('the quota is per project, counts every request, and a rejected one still counts', async () => {
    const ds = suite.server.dataSource;
    const firstPresales = await buildUser(ds, [Role.PRESALES]);
    const [project, other] = [await buildProject(ds, { firstPresales }), await buildProject(ds, { firstPresales })];
    const manager = await buildUser(ds, [Role.PRESALES_MANAGER]);
    const rndManager = await buildUser(ds, [Role.RND_MANAGER]);
    const managers = ok(await issue(manager, project.id), 'issueImprovementRequest');
    expect(managers.sequence).toBe(1);
    expect(ok(await decide(rndManager, managers, 'REJECT', { comment: '现有版本已支持，请按手册配置' }), 'decideImprovementRequest').status).toBe('REJECTED');
    expect(ok(await issue(firstPresales, project.id), 'issueImprovementRequest').sequence).toBe(2);
    expect(codes(await issue(firstPresales, project.id))).toEqual(['IMPROVEMENT_QUOTA_EXCEEDED']);
    // Another project has its own two.
    expect(ok(await issue(firstPresales, other.id), 'issueImprovementRequest').sequence).toBe(1);
    expect(ok(await issue(firstPresales, other.id), 'issueImprovementRequest').sequence).toBe(2);
    expect(codes(await issue(firstPresales, other.id))).toEqual(['IMPROVEMENT_QUOTA_EXCEEDED']);
    expect(ok(await issue(manager, other.id), 'issueImprovementRequest').sequence).toBe(3);
    expect(ok(await issue(manager, other.id), 'issueImprovementRequest').sequence).toBe(4);
  });

  it('two pre-sales requests racing for the last slot: exactly one is issued, the other is IMPROVEMENT_QUOTA_EXCEEDED', async () => {
    const ds = suite.server.dataSource;
    for (let round = 0; round < 4; round += 1) {
      const project = await buildProject(ds);
      const { firstPresales } = project.parts;
      expect((await issue(firstPresales, project.id)).errors).toBeUndefined();
      const [a, b] = [await as(firstPresales), await as(firstPresales)];
      const results = await Promise.all(
        [a, b].map((client, index) => client.request(ISSUE, { input: { projectId: project.id, title: `并发改进 ${index}`, description: '抢最后一个名额' } })),
      );
      expect(results.map((r) => (r.errors ? codes(r)[0] : 'OK')).sort()).toEqual(['IMPROVEMENT_QUOTA_EXCEEDED', 'OK']);
      const rows = await ds.getRepository(ImprovementRequest).find({ where: { projectId: project.id }, order: { sequence: 'ASC' } });
      expect(rows.map((r) => r.sequence)).toEqual([1, 2]);
    }
    // Three at once on a fresh project: the first two slots are both taken, never the same one twice.
    const fresh = await buildProject(ds);
    const clients = await Promise.all([0, 1, 2].map(() => as(fresh.parts.firstPresales)));
    const results = await Promise.all(clients.map((client, index) => client.request(ISSUE, { input: { projectId: fresh.id, title: `并发 ${index}`, description: '同时提交' } })));
    expect(results.map((r) => (r.errors ? codes(r)[0] : 'OK')).sort()).toEqual(['IMPROVEMENT_QUOTA_EXCEEDED', 'OK', 'OK']);
    expect((await ds.getRepository(ImprovementRequest).findBy({ projectId: fresh.id })).map((r) => r.sequence).sort()).toEqual([1, 2]);
  });

  it('issueImprovementRequest: only the FIRST_PRESALES or a PRESALES_MANAGER; title and description are required', async () => {
    const ds = suite.server.dataSource;
    const second = await buildUser(ds, [Role.PRESALES]);
    const project = await buildProject(ds, { secondPresales: second });
    const { sales, firstPresales } = project.parts;
    expect(codes(await issue(null, project.id))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await issue(sales, project.id))).toEqual(['FORBIDDEN']); // a SALES
    expect(codes(await issue(await buildUser(ds, [Role.RND_MANAGER]), project.id))).toEqual(['FORBIDDEN']);
    expect(codes(await issue(await buildUser(ds, [Role.GM]), project.id))).toEqual(['FORBIDDEN']);
    expect(codes(await issue(second, project.id))).toEqual(['FORBIDDEN']); // a member, not the responsible pre-sales
    expect(codes(await issue(await buildUser(ds, [Role.PRESALES]), project.id))).toEqual(['NOT_FOUND']);
    expect(codes(await issue(firstPresales, UNKNOWN))).toEqual(['NOT_FOUND']);
    const blank = await issue(firstPresales, project.id, { title: ' ', description: '', remainingIssueId: 'not-a-uuid' });
    expect(codes(blank)).toEqual(['VALIDATION']);
    expect(blank.errors?.[0].extensions?.fields).toEqual({ title: 'REQUIRED', description: 'REQUIRED', remainingIssueId: 'NOT_FOUND' });
    expect(await ds.getRepository(ImprovementRequest).count()).toBe(0);
    expect(await ds.getRepository(EventRecord).countBy({ type: 'IMPROVEMENT_CHANGED' })).toBe(0);

    const issued = ok(await issue(firstPresales, project.id), 'issueImprovementRequest');
    const events = await ds.getRepository(EventRecord).findBy({ entityId: issued.id });
    expect(events.map((e) => [e.type, e.projectId, e.actorId, (e.payload as { action: string }).action])).toEqual([['IMPROVEMENT_CHANGED', project.id, firstPresales.id, 'ISSUED']]);
  });

  it('with remainingIssueId the issue goes to R&D, through exactly one form', async () => {
    const ds = suite.server.dataSource;
    const project = await buildProject(ds);
    const other = await buildProject(ds);
    const { firstPresales } = project.parts;
    const manager = await buildUser(ds, [Role.PRESALES_MANAGER]);
    const issueToSend = await openIssue(project.id, firstPresales, '国产麒麟系统下远程桌面分辨率无法自适应，需研发确认');

    const sent = ok(await issue(firstPresales, project.id, { remainingIssueId: issueToSend.id }), 'issueImprovementRequest');
    expect(sent.status).toBe('AWAITING_SALES_AGREEMENT');
    expect(await ds.getRepository(ImprovementRequest).findOneByOrFail({ id: sent.id })).toMatchObject({ remainingIssueId: issueToSend.id });
    expect(await ds.getRepository(RemainingIssue).findOneByOrFail({ id: issueToSend.id })).toMatchObject({ status: 'SENT_TO_RND', version: 2 });
    const actions = (await ds.getRepository(EventRecord).findBy({ entityId: issueToSend.id, type: 'REMAINING_ISSUE_CHANGED' })).map((e) => e.payload);
    expect(actions).toEqual([expect.objectContaining({ action: 'SENT_TO_RND', form: 'IMPROVEMENT_REQUEST' })]);

    // A second form for the same issue — even the manager's — is refused, and nothing is written.
    const twice = await issue(manager, project.id, { remainingIssueId: issueToSend.id, title: '同一问题的第二张单' });
    expect(codes(twice)).toEqual(['REMAINING_ISSUE_CLOSED']);
    expect(twice.errors?.[0].extensions?.status).toBe('SENT_TO_RND');
    expect(await ds.getRepository(ImprovementRequest).count()).toBe(1);

    // A resolved issue cannot be sent either.
    const resolvedIssue = await openIssue(project.id, firstPresales, '大屏拼接器在 4K 分辨率下花屏，需研发定位');
    await ds.getRepository(RemainingIssue).update({ id: resolvedIssue.id }, { status: 'RESOLVED' as RemainingIssue['status'], resolution: '更换线缆后正常' });
    expect(codes(await issue(firstPresales, project.id, { remainingIssueId: resolvedIssue.id }))).toEqual(['REMAINING_ISSUE_CLOSED']);

    // Another project's issue is not this project's to send.
    const foreign = await openIssue(other.id, other.parts.firstPresales, '堡垒机 SSH 会话审计丢帧，需研发分析');
    const wrongProject = await issue(manager, project.id, { remainingIssueId: foreign.id });
    expect(codes(wrongProject)).toEqual(['VALIDATION']);
    expect(wrongProject.errors?.[0].extensions?.fields).toEqual({ remainingIssueId: 'NOT_FOUND' });
    expect(codes(await issue(manager, project.id, { remainingIssueId: UNKNOWN }))).toEqual(['VALIDATION']);
    expect((await ds.getRepository(RemainingIssue).findOneByOrFail({ id: foreign.id })).status).toBe('OPEN');
    expect(await ds.getRepository(ImprovementRequest).count()).toBe(1);

    // Two forms for one issue at once: exactly one takes it.
    const contested = await openIssue(project.id, firstPresales, '视频网关在 H.265 码流下丢包，需研发定位');
    const [m1, m2] = [await as(manager), await as(await buildUser(ds, [Role.PRESALES_MANAGER]))];
    const raced = await Promise.all([m1, m2].map((client) => client.request(ISSUE, { input: { projectId: project.id, remainingIssueId: contested.id, title: 'H.265 支持', description: '网关丢包' } })));
    expect(raced.map((r) => (r.errors ? codes(r)[0] : 'OK')).sort()).toEqual(['OK', 'REMAINING_ISSUE_CLOSED']);
    expect(await ds.getRepository(ImprovementRequest).countBy({ remainingIssueId: contested.id })).toBe(1);
  });

  it('agreeToImprovementRequest: only the responsible sales, only while awaiting agreement, compare-and-set', async () => {
    const ds = suite.server.dataSource;
    const project = await buildProject(ds);
    const { sales, firstPresales } = project.parts;
    const request = ok(await issue(firstPresales, project.id), 'issueImprovementRequest');

    expect(codes(await agree(null, request))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await agree(firstPresales, request))).toEqual(['FORBIDDEN']); // a PRESALES
    expect(codes(await agree(await buildUser(ds, [Role.SALES, Role.SALES_DIRECTOR]), request))).toEqual(['FORBIDDEN']); // sees it, not its sales
    expect(codes(await agree(await buildUser(ds, [Role.SALES]), request))).toEqual(['NOT_FOUND']);
    expect(codes(await agree(sales, { id: UNKNOWN, version: 1 }))).toEqual(['NOT_FOUND']);
    expect(codes(await agree(sales, { ...request, version: 4 }))).toEqual(['CONFLICT']);
    expect((await ds.getRepository(ImprovementRequest).findOneByOrFail({ id: request.id })).status).toBe('AWAITING_SALES_AGREEMENT');

    const agreed = ok(await agree(sales, request), 'agreeToImprovementRequest');
    expect(agreed).toMatchObject({ status: 'ISSUED', version: 2 });
    const row = await ds.getRepository(ImprovementRequest).findOneByOrFail({ id: request.id });
    expect(row.salesAgreedById).toBe(sales.id);
    expect(row.salesAgreedAt).toBeInstanceOf(Date);
    const again = await agree(sales, agreed);
    expect(codes(again)).toEqual(['IMPROVEMENT_ACTION_NOT_ALLOWED']);
    expect(again.errors?.[0].extensions?.status).toBe('ISSUED');
    expect(codes(await agree(sales, request))).toEqual(['CONFLICT']); // the stale version

    // The manager's own request needs no agreement.
    const managers = ok(await issue(await buildUser(ds, [Role.PRESALES_MANAGER]), project.id), 'issueImprovementRequest');
    expect(codes(await agree(sales, managers))).toEqual(['IMPROVEMENT_ACTION_NOT_ALLOWED']);
  });

  it('decideImprovementRequest ACCEPT: the RND_MANAGER names an RND lead, who joins the project and sees it on their board', async () => {
    const ds = suite.server.dataSource;
    const project = await buildProject(ds, { name: '省电力公司运维审计项目' });
    const { sales, firstPresales } = project.parts;
    const [rndManager, lead, tester] = [await buildUser(ds, [Role.RND_MANAGER]), await buildUser(ds, [Role.RND]), await buildUser(ds, [Role.TESTER])];
    const awaiting = ok(await issue(firstPresales, project.id), 'issueImprovementRequest');

    expect(codes(await decide(null, awaiting, 'ACCEPT', { rndLeadId: lead.id }))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await decide(await buildUser(ds, [Role.PRESALES_MANAGER]), awaiting, 'ACCEPT', { rndLeadId: lead.id }))).toEqual(['FORBIDDEN']);
    expect(codes(await decide(lead, awaiting, 'ACCEPT', { rndLeadId: lead.id }))).toEqual(['FORBIDDEN']); // an RND, not the manager
    const early = await decide(rndManager, awaiting, 'ACCEPT', { rndLeadId: lead.id });
    expect(codes(early)).toEqual(['IMPROVEMENT_ACTION_NOT_ALLOWED']); // the sales has not agreed yet
    expect(early.errors?.[0].extensions?.status).toBe('AWAITING_SALES_AGREEMENT');
    const issued = ok(await agree(sales, awaiting), 'agreeToImprovementRequest');

    expect(codes(await decide(rndManager, { id: UNKNOWN, version: 1 }, 'ACCEPT', { rndLeadId: lead.id }))).toEqual(['NOT_FOUND']);
    expect(codes(await decide(rndManager, awaiting, 'ACCEPT', { rndLeadId: lead.id }))).toEqual(['CONFLICT']); // version 1 is gone
    for (const [rndLeadId, problem] of [[undefined, 'REQUIRED'], [UNKNOWN, 'NOT_FOUND'], ['lead-7', 'NOT_FOUND'], [tester.id, 'NOT_RND']] as const) {
      const refused = await decide(rndManager, issued, 'ACCEPT', { rndLeadId });
      expect(codes(refused)).toEqual(['VALIDATION']);
      expect(refused.errors?.[0].extensions?.fields).toEqual({ rndLeadId: problem });
    }
    expect(await ds.getRepository(ProjectMember).countBy({ projectId: project.id, role: 'RND' as ProjectMember['role'] })).toBe(0);
    expect((await (await as(lead)).request<{ projects: { id: string }[] }>(BOARD)).data?.projects).toEqual([]);

    const decision = ok(await decide(rndManager, issued, 'ACCEPT', { rndLeadId: lead.id, comment: '  排入 5.3 迭代  ' }), 'decideImprovementRequest');
    expect(decision).toMatchObject({ status: 'ACCEPTED', version: 3, rndLead: { id: lead.id }, decisionComment: '排入 5.3 迭代', projectName: '省电力公司运维审计项目' });
    expect(await ds.getRepository(ImprovementRequest).findOneByOrFail({ id: issued.id })).toMatchObject({ status: 'ACCEPTED', rndLeadId: lead.id, decidedById: rndManager.id });
    const memberships = await ds.getRepository(ProjectMember).findBy({ projectId: project.id, userId: lead.id });
    expect(memberships.map((m) => m.role)).toEqual(['RND']);
    expect((await (await as(lead)).request<{ projects: { id: string }[] }>(BOARD)).data?.projects).toEqual([{ id: project.id }]);
    expect(await ds.getRepository(EventRecord).countBy({ projectId: project.id, type: 'PROJECT_MEMBER_ADDED', entityId: lead.id })).toBe(1);

    const again = await decide(rndManager, decision, 'REJECT', { comment: '改主意了' });
    expect(codes(again)).toEqual(['IMPROVEMENT_ACTION_NOT_ALLOWED']);
    expect(again.errors?.[0].extensions?.status).toBe('ACCEPTED');

    // The same lead on another request of the project: still one membership, one MEMBER_ADDED.
    const another = ok(await issue(await buildUser(ds, [Role.PRESALES_MANAGER]), project.id), 'issueImprovementRequest');
    expect(ok(await decide(rndManager, another, 'ACCEPT', { rndLeadId: lead.id }), 'decideImprovementRequest').status).toBe('ACCEPTED');
    expect(await ds.getRepository(ProjectMember).countBy({ projectId: project.id, userId: lead.id })).toBe(1);
    expect(await ds.getRepository(EventRecord).countBy({ projectId: project.id, type: 'PROJECT_MEMBER_ADDED', entityId: lead.id })).toBe(1);
  });

  it('decideImprovementRequest REJECT needs a comment; the rejected request is closed to R&D', async () => {
    const ds = suite.server.dataSource;
    const project = await buildProject(ds);
    const rndManager = await buildUser(ds, [Role.RND_MANAGER]);
    const lead = await buildUser(ds, [Role.RND]);
    const issued = ok(await issue(await buildUser(ds, [Role.PRESALES_MANAGER]), project.id), 'issueImprovementRequest');
    const blank = await decide(rndManager, issued, 'REJECT', { comment: '   ' });
    expect(codes(blank)).toEqual(['VALIDATION']);
    expect(blank.errors?.[0].extensions?.fields).toEqual({ comment: 'REQUIRED' });
    expect(codes(await decide(rndManager, issued, 'REJECT'))).toEqual(['VALIDATION']);

    const rejected = ok(await decide(rndManager, issued, 'REJECT', { comment: '  现有版本已支持，请按手册第 4.2 节配置  ' }), 'decideImprovementRequest');
    expect(rejected).toMatchObject({ status: 'REJECTED', version: 2, decisionComment: '现有版本已支持，请按手册第 4.2 节配置', rndLead: null });
    expect(await ds.getRepository(ImprovementRequest).findOneByOrFail({ id: issued.id })).toMatchObject({ status: 'REJECTED', decidedById: rndManager.id, rndLeadId: null });
    expect(codes(await decide(rndManager, rejected, 'ACCEPT', { rndLeadId: lead.id }))).toEqual(['IMPROVEMENT_ACTION_NOT_ALLOWED']);
    expect(await queueOf(rndManager)).toEqual([]);
    expect(await ds.getRepository(ProjectMember).countBy({ userId: lead.id })).toBe(0);
  });

  it('a rejected improvement request gives its remaining issue back to support, as a refused fault work order does', async () => {
    const ds = suite.server.dataSource;
    const project = await buildProject(ds);
    const { sales, firstPresales } = project.parts;
    const rndManager = await buildUser(ds, [Role.RND_MANAGER]);
    const remaining = await openIssue(project.id, firstPresales, '国产麒麟系统下远程桌面分辨率无法自适应，需研发确认');
    const sent = ok(await issue(firstPresales, project.id, { remainingIssueId: remaining.id }), 'issueImprovementRequest');
    const issued = ok(await agree(sales, sent), 'agreeToImprovementRequest');
    expect((await ds.getRepository(RemainingIssue).findOneByOrFail({ id: remaining.id })).status).toBe('SENT_TO_RND');
    expect(ok(await decide(rndManager, issued, 'REJECT', { comment: '属于配置问题，请按手册第 4.2 节处理' }), 'decideImprovementRequest').status).toBe('REJECTED');
    // R&D took no work: the owner must be able to drive the issue again (resolve it, or try the other form).
    expect((await ds.getRepository(RemainingIssue).findOneByOrFail({ id: remaining.id })).status).toBe('OPEN');
  });

  it('two RND_MANAGERs deciding the same request at once: exactly one decision stands', async () => {
    const ds = suite.server.dataSource;
    const project = await buildProject(ds);
    const issued = ok(await issue(await buildUser(ds, [Role.PRESALES_MANAGER]), project.id), 'issueImprovementRequest');
    const [m1, m2, lead] = [await buildUser(ds, [Role.RND_MANAGER]), await buildUser(ds, [Role.RND_MANAGER]), await buildUser(ds, [Role.RND])];
    const results = await Promise.all([
      decide(m1, issued, 'ACCEPT', { rndLeadId: lead.id }),
      decide(m2, issued, 'REJECT', { comment: '不做' }),
    ]);
    expect(results.map((r) => (r.errors ? codes(r)[0] : 'OK')).sort()).toEqual(['CONFLICT', 'OK']);
    expect((await ds.getRepository(ImprovementRequest).findOneByOrFail({ id: issued.id })).version).toBe(2);
  });

  it('logRndTime: the lead only, 1..1440 net minutes, on a day not in the future, while the request is accepted', async () => {
    const ds = suite.server.dataSource;
    const project = await buildProject(ds);
    const { firstPresales } = project.parts;
    const [rndManager, lead, otherLead] = [await buildUser(ds, [Role.RND_MANAGER]), await buildUser(ds, [Role.RND]), await buildUser(ds, [Role.RND])];
    const request = await accepted(project.id, lead, rndManager);
    const otherRequest = await accepted(project.id, otherLead, rndManager); // otherLead is now a member of the project

    expect(codes(await logTime(null, request.id, 30))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await logTime(firstPresales, request.id, 30))).toEqual(['FORBIDDEN']); // a PRESALES
    expect(codes(await logTime(rndManager, request.id, 30))).toEqual(['FORBIDDEN']); // the manager does not log
    expect(codes(await logTime(otherLead, request.id, 30))).toEqual(['FORBIDDEN']); // on the project, not this request's lead
    expect(codes(await logTime(await buildUser(ds, [Role.RND]), request.id, 30))).toEqual(['NOT_FOUND']);
    expect(codes(await logTime(lead, UNKNOWN, 30))).toEqual(['NOT_FOUND']);
    for (const minutes of [0, -5, 1441]) {
      const refused = await logTime(lead, request.id, minutes);
      expect(codes(refused)).toEqual(['VALIDATION']);
      expect(refused.errors?.[0].extensions?.fields).toEqual({ minutes: 'OUT_OF_RANGE' });
    }
    const future = await logTime(lead, request.id, 30, companyDay(2));
    expect(future.errors?.[0].extensions?.fields).toEqual({ workedOn: 'IN_THE_FUTURE' });
    for (const workedOn of ['2026-02-30', '20261101', 'yesterday']) {
      expect((await logTime(lead, request.id, 30, workedOn)).errors?.[0].extensions?.fields).toEqual({ workedOn: 'INVALID_DATE' });
    }
    expect((await logTime(lead, request.id, 0, companyDay(3))).errors?.[0].extensions?.fields).toEqual({ minutes: 'OUT_OF_RANGE', workedOn: 'IN_THE_FUTURE' });
    expect(await ds.getRepository(RndTimeEntry).count()).toBe(0);

    const full = ok(await logTime(lead, request.id, 1440, companyDay(-3), '  排查 xrdp 编码器  '), 'logRndTime');
    expect(full).toMatchObject({ minutes: 1440, workedOn: companyDay(-3), note: '排查 xrdp 编码器', user: { id: lead.id } });
    const today = companyDay(0);
    expect(ok(await logTime(lead, request.id, 1, today), 'logRndTime').workedOn).toBe(today);
    expect((await logTime(otherLead, otherRequest.id, 15)).errors).toBeUndefined();
    const rows = await ds.getRepository(RndTimeEntry).find({ where: { improvementRequestId: request.id }, order: { workedOn: 'ASC' } });
    expect(rows.map((r) => [r.projectId, r.userId, r.minutes, r.workedOn])).toEqual([
      [project.id, lead.id, 1440, companyDay(-3)],
      [project.id, lead.id, 1, today],
    ]);

    const finished = ok(await complete(lead, request), 'completeImprovementRequest');
    expect(finished.rndMinutes).toBe(1441);
    expect(finished.timeEntries.map((t) => t.minutes)).toEqual([1440, 1]);
    const late = await logTime(lead, request.id, 30);
    expect(codes(late)).toEqual(['IMPROVEMENT_ACTION_NOT_ALLOWED']);
    expect(late.errors?.[0].extensions?.status).toBe('DONE');
    expect(await ds.getRepository(RndTimeEntry).countBy({ improvementRequestId: request.id })).toBe(2);
  });

  it('time entries logged at once across the threshold raise the flag exactly once', async () => {
    const ds = suite.server.dataSource;
    const project = await buildProject(ds);
    const rndManager = await buildUser(ds, [Role.RND_MANAGER]);
    const [lead, otherLead] = [await buildUser(ds, [Role.RND]), await buildUser(ds, [Role.RND])];
    const [request, otherRequest] = [await accepted(project.id, lead, rndManager), await accepted(project.id, otherLead, rndManager)];
    expect((await logTime(lead, request.id, 50)).errors).toBeUndefined();
    const clients = await Promise.all([lead, lead, lead, otherLead, otherLead, otherLead].map((user) => as(user)));
    const results = await Promise.all(
      clients.map((client, index) => client.request(LOG, { input: { requestId: index < 3 ? request.id : otherRequest.id, minutes: 5, workedOn: companyDay(-1) } })),
    );
    expect(results.map((r) => r.errors)).toEqual(Array.from({ length: 6 }, () => undefined));
    expect((await recordOf(project.parts.sales, project.id)).rndCost).toEqual({ minutes: 80, thresholdHours: 1, bonusAfterRndCost: true });
    expect(await flagEvents(project.id)).toHaveLength(1);
  });

  it('rndCost is bonus-related: set for the responsible sales, PRESALES_MANAGER and GM; null for a pre-sales member and the R&D lead', async () => {
    const ds = suite.server.dataSource;
    const second = await buildUser(ds, [Role.PRESALES]);
    const project = await buildProject(ds, { secondPresales: second });
    const { sales, firstPresales } = project.parts;
    const [rndManager, lead] = [await buildUser(ds, [Role.RND_MANAGER]), await buildUser(ds, [Role.RND])];
    const request = await accepted(project.id, lead, rndManager);
    expect((await logTime(lead, request.id, 75)).errors).toBeUndefined();

    const expected = { minutes: 75, thresholdHours: 1, bonusAfterRndCost: true };
    for (const viewer of [sales, await buildUser(ds, [Role.PRESALES_MANAGER]), await buildUser(ds, [Role.GM])]) {
      expect((await recordOf(viewer, project.id)).rndCost).toEqual(expected);
    }
    for (const viewer of [firstPresales, second, lead]) {
      const record = await recordOf(viewer, project.id);
      expect(record.rndCost).toBeNull();
      expect(record.improvementRequests.map((r) => r.id)).toEqual([request.id]); // they see the request, not the bonus figure
    }
    // A project with no R&D time: zero and unflagged, for those who may see it.
    const quiet = await buildProject(ds);
    expect((await recordOf(quiet.parts.sales, quiet.id)).rndCost).toEqual({ minutes: 0, thresholdHours: 1, bonusAfterRndCost: false });
    expect((await recordOf(quiet.parts.firstPresales, quiet.id)).rndCost).toBeNull();
  });

  it('the bonus flag and R&D minutes stay off the timeline every member reads; per-request time only for its lead and the rndCost viewers', async () => {
    const ds = suite.server.dataSource;
    const project = await buildProject(ds);
    const { sales, firstPresales } = project.parts;
    const [rndManager, lead] = [await buildUser(ds, [Role.RND_MANAGER]), await buildUser(ds, [Role.RND])];
    const request = await accepted(project.id, lead, rndManager);
    expect((await logTime(lead, request.id, 61)).errors).toBeUndefined();
    const salesView = await recordOf(sales, project.id);
    expect(salesView.rndCost?.bonusAfterRndCost).toBe(true);
    expect(flags(salesView)).toEqual([]);
    for (const viewer of [firstPresales, lead]) {
      const record = await recordOf(viewer, project.id);
      expect(record.rndCost).toBeNull();
      expect(flags(record)).toEqual([]);
      const logged = record.timeline.filter((event) => event.type === 'IMPROVEMENT_CHANGED' && JSON.parse(event.payload).action === 'TIME_LOGGED');
      expect(logged).toHaveLength(1);
      expect(JSON.parse(logged[0].payload)).not.toHaveProperty('minutes');
    }
    const minutesSeenBy = async (viewer: User) => (await recordOf(viewer, project.id)).improvementRequests.map((r) => r.rndMinutes);
    expect(await minutesSeenBy(firstPresales)).toEqual([null]);
    expect(await minutesSeenBy(lead)).toEqual([61]);
    expect(await minutesSeenBy(sales)).toEqual([61]);
  });

  it('completeImprovementRequest: the lead finishes it, optionally with a CUSTOM version linked to the request', async () => {
    const ds = suite.server.dataSource;
    const project = await buildProject(ds);
    const { firstPresales } = project.parts;
    const [rndManager, lead, otherLead, tester] = [await buildUser(ds, [Role.RND_MANAGER]), await buildUser(ds, [Role.RND]), await buildUser(ds, [Role.RND]), await buildUser(ds, [Role.TESTER])];
    const request = await accepted(project.id, lead, rndManager);
    await accepted(project.id, otherLead, rndManager);

    expect(codes(await complete(null, request))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await complete(firstPresales, request))).toEqual(['FORBIDDEN']);
    expect(codes(await complete(rndManager, request))).toEqual(['FORBIDDEN']);
    expect(codes(await complete(otherLead, request))).toEqual(['FORBIDDEN']); // a member of the project, not this request's lead
    expect(codes(await complete(await buildUser(ds, [Role.RND]), request))).toEqual(['NOT_FOUND']);
    expect(codes(await complete(lead, { ...request, version: 9 }))).toEqual(['CONFLICT']);
    const onlyProduct = await complete(lead, request, { product: '运维审计系统' });
    expect(onlyProduct.errors?.[0].extensions?.fields).toEqual({ customVersion: 'REQUIRED' });
    const onlyVersion = await complete(lead, request, { customVersion: '5.2-custom-kylin', product: '  ' });
    expect(onlyVersion.errors?.[0].extensions?.fields).toEqual({ product: 'REQUIRED' });
    // A custom version whose name is taken: refused, and the request stays in progress.
    expect((await (await as(tester)).request('mutation { registerProductVersion(input: { product: "运维审计系统", version: "5.2-taken", kind: RELEASE }) { id } }')).errors).toBeUndefined();
    const taken = await complete(lead, request, { product: '运维审计系统', customVersion: '5.2-taken' });
    expect(codes(taken)).toEqual(['VALIDATION']);
    expect(taken.errors?.[0].extensions?.fields).toEqual({ customVersion: 'ALREADY_EXISTS' });
    expect(await ds.getRepository(ImprovementRequest).findOneByOrFail({ id: request.id })).toMatchObject({ status: 'ACCEPTED', version: request.version });

    const done = ok(await complete(lead, request, { product: ' 运维审计系统 ', customVersion: ' 5.2-custom-kylin ' }), 'completeImprovementRequest');
    expect(done).toMatchObject({ status: 'DONE', version: request.version + 1 });
    const custom = await ds.getRepository(ProductVersion).findOneByOrFail({ version: '5.2-custom-kylin' });
    expect(custom).toMatchObject({ product: '运维审计系统', kind: 'CUSTOM', improvementRequestId: request.id, confirmedAt: null });
    const listed = await (await as(firstPresales)).request<{ productVersions: { id: string; kind: string }[] }>('{ productVersions { id kind } }');
    expect(listed.data?.productVersions).toContainEqual({ id: custom.id, kind: 'CUSTOM' });
    const again = await complete(lead, done);
    expect(codes(again)).toEqual(['IMPROVEMENT_ACTION_NOT_ALLOWED']);
    expect(again.errors?.[0].extensions?.status).toBe('DONE');

    // Without a custom version: done, and no version is made.
    const plain = await accepted(project.id, lead, rndManager);
    expect(ok(await complete(lead, plain), 'completeImprovementRequest').status).toBe('DONE');
    expect(await ds.getRepository(ProductVersion).countBy({ improvementRequestId: plain.id })).toBe(0);
    // Not accepted yet: nobody leads it, so no RND may complete it.
    const unassigned = ok(await issue(await buildUser(ds, [Role.PRESALES_MANAGER]), project.id), 'issueImprovementRequest');
    expect(codes(await complete(lead, unassigned))).toEqual(['FORBIDDEN']);
  });

  it('improvementQueue: the RND_MANAGER sees ISSUED and ACCEPTED requests; an RND sees those they lead', async () => {
    const ds = suite.server.dataSource;
    const project = await buildProject(ds, { name: '轨道交通综合监控项目' });
    const { sales, firstPresales } = project.parts;
    const manager = await buildUser(ds, [Role.PRESALES_MANAGER]);
    const [rndManager, lead, idle] = [await buildUser(ds, [Role.RND_MANAGER]), await buildUser(ds, [Role.RND]), await buildUser(ds, [Role.RND])];

    const awaiting = ok(await issue(firstPresales, project.id, { title: '待销售同意' }), 'issueImprovementRequest');
    const issued = ok(await agree(sales, ok(await issue(firstPresales, project.id, { title: '待评审' }), 'issueImprovementRequest')), 'agreeToImprovementRequest');
    const inProgress = await accepted(project.id, lead, rndManager, manager);
    const rejected = ok(await decide(rndManager, ok(await issue(manager, project.id), 'issueImprovementRequest'), 'REJECT', { comment: '不予采纳' }), 'decideImprovementRequest');
    const finished = await accepted(project.id, lead, rndManager, manager);
    expect((await complete(lead, finished)).errors).toBeUndefined();

    const managersQueue = await queueOf(rndManager);
    expect(managersQueue).toEqual([
      { id: issued.id, status: 'ISSUED', sequence: 2, projectName: '轨道交通综合监控项目', rndLead: null },
      { id: inProgress.id, status: 'ACCEPTED', sequence: 3, projectName: '轨道交通综合监控项目', rndLead: { id: lead.id } },
    ]);
    const ids = managersQueue.map((r) => r.id);
    for (const hidden of [awaiting.id, rejected.id, finished.id]) expect(ids).not.toContain(hidden);
    expect(await queueOf(lead)).toEqual([{ id: inProgress.id, status: 'ACCEPTED', sequence: 3, projectName: '轨道交通综合监控项目', rndLead: { id: lead.id } }]);
    expect(await queueOf(idle)).toEqual([]);

    expect(codes(await new ApiClient(suite.server).request(QUEUE))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await (await as(firstPresales)).request(QUEUE))).toEqual(['FORBIDDEN']);
    expect(codes(await (await as(manager)).request(QUEUE))).toEqual(['FORBIDDEN']);
  });

  it('the sales may decline a pre-sales’ request: it ends, and the issue it carried is support’s again', async () => {
    const ds = suite.server.dataSource;
    const project = await buildProject(ds);
    const { sales, firstPresales } = project.parts;
    const carried = await openIssue(project.id, firstPresales, '审计回放在国产浏览器下无法拖动进度条');
    const request = ok(await issue(firstPresales, project.id, { remainingIssueId: carried.id }), 'issueImprovementRequest');
    const DECLINE = 'mutation($input: DeclineImprovementRequestInput!) { declineImprovementRequest(input: $input) { id status decisionComment version } }';
    const decline = async (user: User | null, reason: string) =>
      (await as(user)).request<{ declineImprovementRequest: { status: string; decisionComment: string } }>(DECLINE, { input: { requestId: request.id, expectedVersion: request.version, reason } });
    expect(codes(await decline(null, '客户已接受替代方案'))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await decline(await buildUser(ds, [Role.SALES]), '客户已接受替代方案'))).toEqual(['NOT_FOUND']);
    expect((await decline(sales, ' ')).errors?.[0].extensions?.fields).toEqual({ reason: 'REQUIRED' });
    expect(ok(await decline(sales, '客户已接受替代方案'), 'declineImprovementRequest')).toMatchObject({ status: 'REJECTED', decisionComment: '客户已接受替代方案' });
    expect((await ds.getRepository(RemainingIssue).findOneByOrFail({ id: carried.id })).status).toBe('OPEN');
    expect(codes(await (await as(sales)).request(DECLINE, { input: { requestId: request.id, expectedVersion: request.version + 1, reason: '再次' } }))).toEqual(['IMPROVEMENT_ACTION_NOT_ALLOWED']);
  });

  it('completing a request that carries a remaining issue needs the solution, and resolves the issue with it', async () => {
    const ds = suite.server.dataSource;
    const project = await buildProject(ds);
    const { firstPresales } = project.parts;
    const [rndManager, lead, manager] = [await buildUser(ds, [Role.RND_MANAGER]), await buildUser(ds, [Role.RND]), await buildUser(ds, [Role.PRESALES_MANAGER])];
    const carried = await openIssue(project.id, firstPresales, '审计日志导出不支持按部门筛选');
    const issued = ok(await issue(manager, project.id, { remainingIssueId: carried.id }), 'issueImprovementRequest');
    const working = ok(await decide(rndManager, issued, 'ACCEPT', { rndLeadId: lead.id }), 'decideImprovementRequest');
    expect((await complete(lead, working)).errors?.[0].extensions?.fields).toEqual({ solution: 'REQUIRED' });
    expect(ok(await complete(lead, working, { solution: '5.2.1 起导出支持按部门筛选' }), 'completeImprovementRequest').status).toBe('DONE');
    expect(await ds.getRepository(RemainingIssue).findOneByOrFail({ id: carried.id })).toMatchObject({ status: 'RESOLVED', resolution: '5.2.1 起导出支持按部门筛选' });
  });
});
