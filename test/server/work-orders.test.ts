import { describe, expect, it } from 'vitest';
import { EventRecord } from '../../server/src/platform/events/event.entity';
import { ProjectMember } from '../../server/src/modules/projects/project-member.entity';
import { ProjectMemberRole } from '../../server/src/modules/projects/project-member-role';
import { Role } from '../../server/src/modules/users/role.enum';
import type { User } from '../../server/src/modules/users/user.entity';
import { FaultWorkOrder } from '../../server/src/modules/work-orders/fault-work-order.entity';
import { buildProject, buildUser } from '../helpers/factories';
import { codes, collect, connected, ok } from '../helpers/graphql-client';
import { serverSuite } from '../helpers/server-suite';
import { until } from '../helpers/wait';

const FILE = 'mutation($input: FileCommunicationReportInput!) { fileCommunicationReport(input: $input) { id } }';
const ISSUES = 'query($id: ID!) { project(id: $id) { remainingIssues { id description status severeBug resolution version failedAttempts owner { id } } } }';
const ATTEMPT = 'mutation($input: RecordIssueAttemptInput!) { recordIssueAttempt(input: $input) { id succeeded } }';
const MARK = 'mutation($input: RemainingIssueStepInput!) { markObviousSevereBug(input: $input) { id severeBug version } }';
const RESOLVE = 'mutation($input: ResolveRemainingIssueInput!) { resolveRemainingIssue(input: $input) { id status } }';
const ORDER = `id status version title environment steps symptoms logs rndAdvice solution disputeReason conversionProposal resubmissionNote projectName
  submittedBy { id } lead { id } members { id } approval { id kind status currentStep } viewerCan { review addMembers actions }`;
const SUBMIT = `mutation($input: SubmitFaultWorkOrderInput!) { submitFaultWorkOrder(input: $input) { ${ORDER} } }`;
const REVIEW = `mutation($input: ReviewFaultWorkOrderInput!) { reviewFaultWorkOrder(input: $input) { ${ORDER} } }`;
const ACT = `mutation($input: WorkOrderActionInput!) { actOnWorkOrder(input: $input) { ${ORDER} } }`;
const ADD_MEMBER = `mutation($input: AddWorkOrderMemberInput!) { addWorkOrderMember(input: $input) { ${ORDER} } }`;
const WORK_ORDER = `query($id: ID!) { workOrder(id: $id) { ${ORDER} } }`;
const QUEUE = '{ rndQueue { id status } }';
const DECIDE = 'mutation($input: DecideApprovalInput!) { decideApproval(input: $input) { id kind status workOrder { id status version } } }';
const INBOX = '{ approvalsInbox { id kind workOrder { id } } }';
const IMPROVEMENTS = 'query($id: ID!) { project(id: $id) { improvementRequests { title description status issuedBy { id } rndLead { id } } } }';
const IMPROVEMENT_QUEUE = '{ improvementQueue { title status rndLead { id } } }';
const ISSUE_IMPROVEMENT = 'mutation($input: IssueImprovementRequestInput!) { issueImprovementRequest(input: $input) { id status } }';
const QUEUE_FEED = 'subscription { rndQueueChanged { seq workOrder { id status lead { id } } } }';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const FORM = {
  title: '麒麟V10下远程桌面分辨率不自适应',
  environment: '银河麒麟V10 SP1 x86_64，管理端5.2.1，千兆内网',
  steps: '1. 管理端连接麒麟终端\n2. 拖动改变管理端窗口大小',
  symptoms: '远端分辨率固定为1024x768，不随窗口变化',
  logs: 'xrdp.log: [ERROR] resize failed: RANDR extension not available',
};

interface Order {
  id: string;
  status: string;
  version: number;
  title: string;
  environment: string;
  steps: string;
  symptoms: string;
  logs: string;
  rndAdvice: string | null;
  solution: string | null;
  disputeReason: string | null;
  conversionProposal: string | null;
  resubmissionNote: string | null;
  projectName: string;
  submittedBy: { id: string };
  lead: { id: string } | null;
  members: { id: string }[];
  approval: { id: string; kind: string; status: string; currentStep: number } | null;
  viewerCan: { review: boolean; addMembers: boolean; actions: string[] };
}

interface Issue {
  id: string;
  description: string;
  status: string;
  severeBug: boolean;
  resolution: string | null;
  version: number;
  failedAttempts: number;
  owner: { id: string };
}

interface QueueChange {
  rndQueueChanged: { seq: number; workOrder: { id: string; status: string; lead: { id: string } | null } | null };
}

describe('fault-handling work orders and the R&D queue (SPEC §5, issue 4)', () => {
  const suite = serverSuite();
  const { feed, ws } = suite;
  let problems = 0;

  const as = suite.asOnce;

  /** A project with both pre-sales, the PRESALES_MANAGER, the RND_MANAGER and two R&D engineers. */
  const world = async () => {
    const ds = suite.server.dataSource;
    const second = await buildUser(ds, [Role.PRESALES]);
    const project = await buildProject(ds, { secondPresales: second });
    return {
      project,
      submitter: project.parts.firstPresales,
      second,
      sales: project.parts.sales,
      manager: await buildUser(ds, [Role.PRESALES_MANAGER]),
      rndManager: await buildUser(ds, [Role.RND_MANAGER]),
      lead: await buildUser(ds, [Role.RND]),
      engineer: await buildUser(ds, [Role.RND]),
    };
  };
  type World = Awaited<ReturnType<typeof world>>;

  const issuesOf = async (user: User, projectId: string): Promise<Issue[]> => ok(await (await as(user)).request<{ project: { remainingIssues: Issue[] } }>(ISSUES, { id: projectId }), 'project').remainingIssues;
  const issueOf = async (user: User, projectId: string, issueId: string): Promise<Issue> => {
    const issue = (await issuesOf(user, projectId)).find((candidate) => candidate.id === issueId);
    expect(issue).toBeDefined();
    return issue!;
  };
  /** Opens a remaining issue the real way: a pre-sales files an ISSUE_REMAINING report (an hour ago). */
  const openIssue = async (project: { id: string }, author: User): Promise<Issue> => {
    problems += 1;
    const description = `国产麒麟系统下远程桌面分辨率无法自适应，需研发确认（第${problems}例）`;
    const filed = await (await as(author)).request(FILE, {
      input: {
        projectId: project.id,
        result: 'ISSUE_REMAINING',
        method: 'REMOTE',
        communicator: '客户信息中心 李工',
        communicatedAt: new Date(Date.now() - 3_600_000).toISOString(),
        problemsHandled: ['为客户配置AD域账号同步策略，验证了50台终端登录'],
        remainingProblems: [description],
      },
    });
    expect(filed.errors).toBeUndefined();
    const issue = (await issuesOf(author, project.id)).find((candidate) => candidate.description === description);
    expect(issue).toBeDefined();
    return issue!;
  };
  const attempt = async (user: User, issueId: string, whatWasTried: string, succeeded = false) =>
    (await as(user)).request(ATTEMPT, { input: { issueId, whatWasTried, result: succeeded ? '问题消失' : '分辨率仍固定为1024x768', succeeded } });
  const failTimes = async (user: User, issueId: string, count: number) => {
    for (let n = 1; n <= count; n += 1) expect((await attempt(user, issueId, `第${n}次：调整xrdp的max_bpp为${16 + n}并重启服务`)).errors).toBeUndefined();
  };
  const markSevere = async (user: User, issue: Issue) =>
    (await as(user)).request<{ markObviousSevereBug: { severeBug: boolean } }>(MARK, { input: { issueId: issue.id, expectedVersion: issue.version } });

  const submit = async (user: User | null, remainingIssueId: string, form: Partial<typeof FORM> = {}) =>
    (await as(user)).request<{ submitFaultWorkOrder: Order }>(SUBMIT, { input: { remainingIssueId, ...FORM, ...form } });
  const decide = async (user: User | null, order: Order, decision = 'APPROVE', comment?: string) =>
    (await as(user)).request<{ decideApproval: { id: string; kind: string; status: string; workOrder: { id: string; status: string; version: number } } }>(DECIDE, {
      input: { approvalId: order.approval!.id, step: 0, decision, comment },
    });
  const review = async (user: User | null, order: Pick<Order, 'id' | 'version'>, input: { review: string; advice?: string | null; leadId?: string | null }) =>
    (await as(user)).request<{ reviewFaultWorkOrder: Order }>(REVIEW, { input: { workOrderId: order.id, expectedVersion: order.version, ...input } });
  const act = async (user: User | null, order: Pick<Order, 'id' | 'version'>, action: string, text?: string | null) =>
    (await as(user)).request<{ actOnWorkOrder: Order }>(ACT, { input: { workOrderId: order.id, expectedVersion: order.version, action, text } });
  const addMember = async (user: User | null, order: Pick<Order, 'id'>, userId: string) =>
    (await as(user)).request<{ addWorkOrderMember: Order }>(ADD_MEMBER, { input: { workOrderId: order.id, userId } });
  const read = async (user: User | null, id: string) => (await as(user)).request<{ workOrder: Order }>(WORK_ORDER, { id });
  const seen = async (user: User, id: string): Promise<Order> => ok(await read(user, id), 'workOrder');
  const queueOf = async (user: User) => ok(await (await as(user)).request<{ rndQueue: { id: string; status: string }[] }>(QUEUE), 'rndQueue');
  const rndMemberIds = async (projectId: string) =>
    (await suite.server.dataSource.getRepository(ProjectMember).findBy({ projectId, role: ProjectMemberRole.RND })).map((member) => member.userId).sort();
  const trail = async (orderId: string) =>
    (await suite.server.dataSource.getRepository(EventRecord).find({ where: { entityId: orderId, type: 'WORK_ORDER_CHANGED' }, order: { seq: 'ASC' } })).map(
      (event) => (event.payload as { action: string }).action,
    );

  /** A new remaining issue marked an obvious severe bug and sent to R&D: PENDING_APPROVAL. */
  const submitted = async (w: World, title = FORM.title): Promise<Order> => {
    const issue = await openIssue(w.project, w.submitter);
    expect((await markSevere(w.submitter, issue)).errors).toBeUndefined();
    return ok(await submit(w.submitter, issue.id, { title }), 'submitFaultWorkOrder');
  };
  const approved = async (w: World, order: Order): Promise<Order> => {
    expect(ok(await decide(w.manager, order), 'decideApproval').status).toBe('APPROVED');
    return seen(w.submitter, order.id);
  };
  const awaitingReview = async (w: World, title?: string) => approved(w, await submitted(w, title));
  const inProgress = async (w: World, title?: string): Promise<Order> =>
    ok(await review(w.rndManager, await awaitingReview(w, title), { review: 'ACCEPT', leadId: w.lead.id }), 'reviewFaultWorkOrder');
  const openForClaim = async (w: World, title?: string): Promise<Order> => ok(await review(w.rndManager, await awaitingReview(w, title), { review: 'ACCEPT' }), 'reviewFaultWorkOrder');

  it('three failed attempts → work order → approved → returned with advice → resubmitted → lead → closure disputed, requested again, confirmed', async () => {
    const w = await world();
    const issue = await openIssue(w.project, w.second); // filed by the second pre-sales, owned by the first
    expect(issue).toMatchObject({ status: 'OPEN', owner: { id: w.submitter.id }, failedAttempts: 0, severeBug: false });
    await failTimes(w.submitter, issue.id, 3);
    expect((await issueOf(w.submitter, w.project.id, issue.id)).failedAttempts).toBe(3);

    const order = ok(await submit(w.submitter, issue.id), 'submitFaultWorkOrder');
    expect(order).toMatchObject({
      ...FORM,
      status: 'PENDING_APPROVAL',
      version: 1,
      projectName: w.project.name,
      submittedBy: { id: w.submitter.id },
      lead: null,
      members: [],
      approval: { kind: 'FAULT_WORK_ORDER', status: 'PENDING', currentStep: 0 },
      viewerCan: { review: false, addMembers: false, actions: [] },
    });
    expect((await issueOf(w.submitter, w.project.id, issue.id)).status).toBe('SENT_TO_RND');
    expect(ok(await (await as(w.manager)).request<{ approvalsInbox: unknown[] }>(INBOX), 'approvalsInbox')).toEqual([
      { id: order.approval!.id, kind: 'FAULT_WORK_ORDER', workOrder: { id: order.id } },
    ]);
    expect(await queueOf(w.rndManager)).toEqual([]); // not R&D's before the manager approves
    expect(codes(await review(w.rndManager, order, { review: 'ACCEPT', leadId: w.lead.id }))).toEqual(['WORK_ORDER_ACTION_NOT_ALLOWED']);

    const decided = ok(await decide(w.manager, order), 'decideApproval');
    expect(decided).toMatchObject({ kind: 'FAULT_WORK_ORDER', status: 'APPROVED', workOrder: { id: order.id, status: 'AWAITING_RND_REVIEW', version: 2 } });
    expect(await queueOf(w.rndManager)).toEqual([{ id: order.id, status: 'AWAITING_RND_REVIEW' }]);
    const awaiting = await seen(w.rndManager, order.id);
    expect(awaiting.viewerCan).toEqual({ review: true, addMembers: false, actions: [] });

    const returned = ok(await review(w.rndManager, awaiting, { review: 'REJECT_WITH_ADVICE', advice: '  请先按知识库KB-1024在终端开启RANDR扩展后复测  ' }), 'reviewFaultWorkOrder');
    expect(returned).toMatchObject({ status: 'RETURNED', version: 3, rndAdvice: '请先按知识库KB-1024在终端开启RANDR扩展后复测', lead: null });
    expect((await seen(w.submitter, order.id)).viewerCan).toEqual({ review: false, addMembers: false, actions: ['RESUBMIT', 'WITHDRAW'] });
    expect(await queueOf(w.rndManager)).toEqual([]); // back with support
    // Support acts on the advice: the issue is theirs again, and resubmitting sends it back.
    expect((await issueOf(w.submitter, w.project.id, issue.id)).status).toBe('OPEN');

    const resubmitted = ok(await act(w.submitter, returned, 'RESUBMIT', '已按KB-1024开启RANDR扩展，问题依旧，日志已更新'), 'actOnWorkOrder');
    expect(resubmitted).toMatchObject({ status: 'AWAITING_RND_REVIEW', version: 4, resubmissionNote: '已按KB-1024开启RANDR扩展，问题依旧，日志已更新' });
    expect((await issueOf(w.submitter, w.project.id, issue.id)).status).toBe('SENT_TO_RND');

    const assigned = ok(await review(w.rndManager, resubmitted, { review: 'ACCEPT', leadId: w.lead.id }), 'reviewFaultWorkOrder');
    expect(assigned).toMatchObject({ status: 'IN_PROGRESS', version: 5, lead: { id: w.lead.id } });
    expect(await rndMemberIds(w.project.id)).toEqual([w.lead.id]); // the lead joins the project as RND
    const asLead = await seen(w.lead, order.id);
    expect(asLead.viewerCan).toEqual({ review: false, addMembers: true, actions: ['REQUEST_CLOSURE', 'PROPOSE_CONVERSION'] });
    expect(await queueOf(w.lead)).toEqual([{ id: order.id, status: 'IN_PROGRESS' }]);

    const firstClosure = ok(await act(w.lead, asLead, 'REQUEST_CLOSURE', '  升级xrdp至0.9.24  '), 'actOnWorkOrder');
    expect(firstClosure).toMatchObject({ status: 'CLOSURE_REQUESTED', solution: '升级xrdp至0.9.24' });
    expect((await seen(w.submitter, order.id)).viewerCan.actions).toEqual(['CONFIRM_CLOSURE', 'DISPUTE_CLOSURE']);

    const disputed = ok(await act(w.submitter, firstClosure, 'DISPUTE_CLOSURE', '升级后双屏终端上分辨率仍不自适应'), 'actOnWorkOrder');
    expect(disputed).toMatchObject({ status: 'IN_PROGRESS', disputeReason: '升级后双屏终端上分辨率仍不自适应', lead: { id: w.lead.id } });
    expect((await issueOf(w.submitter, w.project.id, issue.id)).status).toBe('SENT_TO_RND');

    const solution = '升级xrdp至0.9.24，并为双屏终端开启xrandr多显示器支持';
    const secondClosure = ok(await act(w.lead, disputed, 'REQUEST_CLOSURE', solution), 'actOnWorkOrder');
    expect(secondClosure).toMatchObject({ status: 'CLOSURE_REQUESTED', solution });

    const closed = ok(await act(w.submitter, secondClosure, 'CONFIRM_CLOSURE'), 'actOnWorkOrder');
    expect(closed).toMatchObject({ status: 'CLOSED', version: 9, solution, viewerCan: { review: false, addMembers: false, actions: [] } });
    expect(await issueOf(w.submitter, w.project.id, issue.id)).toMatchObject({ status: 'RESOLVED', resolution: solution });
    expect(await queueOf(w.lead)).toEqual([]);
    expect(await queueOf(w.rndManager)).toEqual([]);
    expect(await trail(order.id)).toEqual([
      'SUBMITTED',
      'APPROVED',
      'RETURNED_WITH_ADVICE',
      'RESUBMIT',
      'LEAD_ASSIGNED',
      'REQUEST_CLOSURE',
      'DISPUTE_CLOSURE',
      'REQUEST_CLOSURE',
      'CONFIRM_CLOSURE',
    ]);
  });

  it('conversion: the lead proposes, the submitter declines (back to IN_PROGRESS), then accepts → CONVERTED into an ACCEPTED improvement request with the same lead', async () => {
    const w = await world();
    const order = await inProgress(w);
    const proposal = '双屏自适应需重构显示驱动层，转产品改进申请，预计下个版本提供';
    const proposed = ok(await act(w.lead, order, 'PROPOSE_CONVERSION', `  ${proposal}  `), 'actOnWorkOrder');
    expect(proposed).toMatchObject({ status: 'CONVERSION_PROPOSED', conversionProposal: proposal });
    expect((await seen(w.submitter, order.id)).viewerCan.actions).toEqual(['ACCEPT_CONVERSION', 'DECLINE_CONVERSION']);
    expect((await seen(w.lead, order.id)).viewerCan).toEqual({ review: false, addMembers: true, actions: [] });

    const declined = ok(await act(w.submitter, proposed, 'DECLINE_CONVERSION'), 'actOnWorkOrder');
    expect(declined).toMatchObject({ status: 'IN_PROGRESS', lead: { id: w.lead.id } });
    expect(ok(await (await as(w.submitter)).request<{ project: { improvementRequests: unknown[] } }>(IMPROVEMENTS, { id: w.project.id }), 'project').improvementRequests).toEqual([]);

    const again = ok(await act(w.lead, declined, 'PROPOSE_CONVERSION', proposal), 'actOnWorkOrder');
    const converted = ok(await act(w.submitter, again, 'ACCEPT_CONVERSION'), 'actOnWorkOrder');
    expect(converted).toMatchObject({ status: 'CONVERTED', viewerCan: { actions: [] } });

    const requests = ok(
      await (await as(w.submitter)).request<{ project: { improvementRequests: unknown[] } }>(IMPROVEMENTS, { id: w.project.id }),
      'project',
    ).improvementRequests;
    expect(requests).toEqual([{ title: FORM.title, description: proposal, status: 'ACCEPTED', issuedBy: { id: w.submitter.id }, rndLead: { id: w.lead.id } }]);
    expect(ok(await (await as(w.lead)).request<{ improvementQueue: unknown[] }>(IMPROVEMENT_QUEUE), 'improvementQueue')).toEqual([
      { title: FORM.title, status: 'ACCEPTED', rndLead: { id: w.lead.id } },
    ]);
    expect(await queueOf(w.lead)).toEqual([]); // a converted order has left R&D's fault queue
    expect(await trail(order.id)).toEqual(['SUBMITTED', 'APPROVED', 'LEAD_ASSIGNED', 'PROPOSE_CONVERSION', 'DECLINE_CONVERSION', 'PROPOSE_CONVERSION', 'ACCEPT_CONVERSION']);
  });

  it('the PRESALES_MANAGER rejecting the approval: REJECTED_BY_MANAGER, the remaining issue OPEN again (and sendable again)', async () => {
    const w = await world();
    const issue = await openIssue(w.project, w.submitter);
    await failTimes(w.submitter, issue.id, 3);
    const order = ok(await submit(w.submitter, issue.id), 'submitFaultWorkOrder');

    expect(codes(await decide(w.manager, order, 'REJECT'))).toEqual(['VALIDATION']); // a rejection says why
    expect((await seen(w.submitter, order.id)).status).toBe('PENDING_APPROVAL');
    const rejected = ok(await decide(w.manager, order, 'REJECT', '客户合同未含该终端型号支持，先与销售确认'), 'decideApproval');
    expect(rejected).toMatchObject({ status: 'REJECTED', workOrder: { id: order.id, status: 'REJECTED_BY_MANAGER', version: 2 } });
    expect(await seen(w.submitter, order.id)).toMatchObject({ status: 'REJECTED_BY_MANAGER', approval: { status: 'REJECTED' }, viewerCan: { actions: [] } });
    expect(await issueOf(w.submitter, w.project.id, issue.id)).toMatchObject({ status: 'OPEN', failedAttempts: 3 });
    expect(await queueOf(w.rndManager)).toEqual([]);
    expect(codes(await review(w.rndManager, { id: order.id, version: 2 }, { review: 'ACCEPT', leadId: w.lead.id }))).toEqual(['WORK_ORDER_ACTION_NOT_ALLOWED']);
    expect(codes(await act(w.submitter, { id: order.id, version: 2 }, 'RESUBMIT', '补充'))).toEqual(['WORK_ORDER_ACTION_NOT_ALLOWED']);

    // The issue is support's again, so a new form may take it to R&D.
    const retry = ok(await submit(w.submitter, issue.id, { title: '麒麟V10分辨率问题（补充合同后重提）' }), 'submitFaultWorkOrder');
    expect(retry).toMatchObject({ status: 'PENDING_APPROVAL', approval: { status: 'PENDING' } });
    expect(retry.id).not.toBe(order.id);
    expect((await issueOf(w.submitter, w.project.id, issue.id)).status).toBe('SENT_TO_RND');
  });

  it('accepted without a lead it is open for claim: every R&D engineer sees it, one claims it and becomes its lead and a project member', async () => {
    const w = await world();
    const open = await openForClaim(w);
    expect(open).toMatchObject({ status: 'OPEN_FOR_CLAIM', lead: null });
    expect(await seen(w.engineer, open.id)).toMatchObject({ status: 'OPEN_FOR_CLAIM', viewerCan: { review: false, addMembers: false, actions: ['CLAIM'] } });
    expect((await seen(w.submitter, open.id)).viewerCan.actions).toEqual([]);
    for (const engineer of [w.lead, w.engineer]) expect(await queueOf(engineer)).toEqual([{ id: open.id, status: 'OPEN_FOR_CLAIM' }]);
    expect(await rndMemberIds(w.project.id)).toEqual([]);

    expect(codes(await act(w.submitter, open, 'CLAIM'))).toEqual(['FORBIDDEN']); // the submitter is no R&D engineer
    const claimed = ok(await act(w.engineer, open, 'CLAIM'), 'actOnWorkOrder');
    expect(claimed).toMatchObject({ status: 'IN_PROGRESS', lead: { id: w.engineer.id }, viewerCan: { addMembers: true, actions: ['REQUEST_CLOSURE', 'PROPOSE_CONVERSION'] } });
    expect(await rndMemberIds(w.project.id)).toEqual([w.engineer.id]);
    expect(await queueOf(w.engineer)).toEqual([{ id: open.id, status: 'IN_PROGRESS' }]);
    expect(await queueOf(w.lead)).toEqual([]); // no longer open, not theirs
    expect(codes(await read(w.lead, open.id))).toEqual(['NOT_FOUND']);
  });

  it('20 concurrent claims on one open order: exactly one wins, 19 get CONFLICT; the winner is the lead and an RND member', async () => {
    const w = await world();
    const open = await openForClaim(w);
    const engineers = await Promise.all(Array.from({ length: 20 }, () => buildUser(suite.server.dataSource, [Role.RND])));
    await Promise.all(engineers.map((engineer) => as(engineer))); // sign everyone in first, so that the claims really race

    const results = await Promise.all(engineers.map((engineer) => act(engineer, open, 'CLAIM')));
    const outcomes = results.map((result) => (result.errors ? codes(result)[0] : 'OK'));
    expect(outcomes.filter((outcome) => outcome === 'OK')).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome !== 'OK')).toEqual(Array.from({ length: 19 }, () => 'CONFLICT'));

    const winner = engineers[outcomes.indexOf('OK')];
    expect(await seen(w.rndManager, open.id)).toMatchObject({ status: 'IN_PROGRESS', version: open.version + 1, lead: { id: winner.id } });
    expect(await rndMemberIds(w.project.id)).toEqual([winner.id]);
    expect((await trail(open.id)).filter((action) => action === 'CLAIM')).toHaveLength(1);
  });

  it('a claim that arrives just after another engineer won is CONFLICT too, not NOT_FOUND', async () => {
    const w = await world();
    const open = await openForClaim(w);
    expect((await act(w.lead, open, 'CLAIM')).errors).toBeUndefined();
    // The engineer saw the order open (at this version) and claims it a moment too late.
    expect(codes(await act(w.engineer, open, 'CLAIM'))).toEqual(['CONFLICT']);
  });

  it('FAULT_GATE_NOT_MET with two failed attempts (a succeeded one does not count); the severe-bug mark opens the gate', async () => {
    const w = await world();
    const issue = await openIssue(w.project, w.submitter);
    await failTimes(w.submitter, issue.id, 2);
    expect((await attempt(w.second, issue.id, '关闭桌面特效后重连', true)).errors).toBeUndefined();

    const refused = await submit(w.submitter, issue.id);
    expect(codes(refused)).toEqual(['FAULT_GATE_NOT_MET']);
    expect(refused.errors?.[0].extensions).toMatchObject({ failedAttempts: 2, needed: 3 });
    expect(await suite.server.dataSource.getRepository(FaultWorkOrder).count()).toBe(0);
    const still = await issueOf(w.submitter, w.project.id, issue.id);
    expect(still).toMatchObject({ status: 'OPEN', failedAttempts: 2 });

    expect(ok(await markSevere(w.submitter, still), 'markObviousSevereBug').severeBug).toBe(true);
    const order = ok(await submit(w.submitter, issue.id), 'submitFaultWorkOrder');
    expect(order.status).toBe('PENDING_APPROVAL');
  });

  it('REMAINING_ISSUE_CLOSED: a second form for the same issue, or a form for an issue support resolved', async () => {
    const w = await world();
    const first = await submitted(w);
    const issueId = (await suite.server.dataSource.getRepository(FaultWorkOrder).findOneByOrFail({ id: first.id })).remainingIssueId;

    expect(codes(await submit(w.submitter, issueId, { title: '同一问题再提一次' }))).toEqual(['REMAINING_ISSUE_CLOSED']);
    const improvement = await (await as(w.submitter)).request(ISSUE_IMPROVEMENT, {
      input: { projectId: w.project.id, remainingIssueId: issueId, title: '麒麟分辨率自适应', description: '增加麒麟系统分辨率自适应' },
    });
    expect(codes(improvement)).toEqual(['REMAINING_ISSUE_CLOSED']);
    expect(await suite.server.dataSource.getRepository(FaultWorkOrder).count()).toBe(1);

    const resolvedInSupport = await openIssue(w.project, w.submitter);
    await failTimes(w.submitter, resolvedInSupport.id, 3);
    const resolved = await (await as(w.submitter)).request<{ resolveRemainingIssue: { status: string } }>(RESOLVE, {
      input: { issueId: resolvedInSupport.id, expectedVersion: resolvedInSupport.version, resolution: '升级显卡驱动至5.2.1后分辨率自适应正常' },
    });
    expect(ok(resolved, 'resolveRemainingIssue').status).toBe('RESOLVED');
    expect(codes(await submit(w.submitter, resolvedInSupport.id))).toEqual(['REMAINING_ISSUE_CLOSED']);
    expect(await suite.server.dataSource.getRepository(FaultWorkOrder).count()).toBe(1);
  });

  it('WORK_ORDER_ACTION_NOT_ALLOWED: steps out of their state', async () => {
    const w = await world();
    const pending = await submitted(w, '待审批工单');
    expect(codes(await act(w.submitter, pending, 'RESUBMIT', '补充'))).toEqual(['WORK_ORDER_ACTION_NOT_ALLOWED']);
    expect(codes(await act(w.submitter, pending, 'CONFIRM_CLOSURE'))).toEqual(['WORK_ORDER_ACTION_NOT_ALLOWED']);

    const order = await inProgress(w, '处理中工单');
    const refused = await act(w.submitter, order, 'CONFIRM_CLOSURE'); // nothing to confirm yet
    expect(codes(refused)).toEqual(['WORK_ORDER_ACTION_NOT_ALLOWED']);
    expect(refused.errors?.[0].extensions).toMatchObject({ status: 'IN_PROGRESS' });
    expect(codes(await act(w.lead, order, 'CLAIM'))).toEqual(['WORK_ORDER_ACTION_NOT_ALLOWED']);
    expect(codes(await act(w.lead, order, 'RESUBMIT', '重提'))).toEqual(['WORK_ORDER_ACTION_NOT_ALLOWED']);
    expect(codes(await review(w.rndManager, order, { review: 'ACCEPT', leadId: w.engineer.id }))).toEqual(['WORK_ORDER_ACTION_NOT_ALLOWED']);
    expect(codes(await review(w.rndManager, order, { review: 'REJECT_WITH_ADVICE', advice: '太晚了' }))).toEqual(['WORK_ORDER_ACTION_NOT_ALLOWED']);

    const requested = ok(await act(w.lead, order, 'REQUEST_CLOSURE', '升级xrdp至0.9.24'), 'actOnWorkOrder');
    expect(codes(await act(w.lead, requested, 'PROPOSE_CONVERSION', '转改进'))).toEqual(['WORK_ORDER_ACTION_NOT_ALLOWED']);
    const closed = ok(await act(w.submitter, requested, 'CONFIRM_CLOSURE'), 'actOnWorkOrder');
    expect(codes(await act(w.submitter, closed, 'DISPUTE_CLOSURE', '又出现了'))).toEqual(['WORK_ORDER_ACTION_NOT_ALLOWED']);
    expect(codes(await addMember(w.lead, closed, w.engineer.id))).toEqual(['WORK_ORDER_ACTION_NOT_ALLOWED']);
    expect((await seen(w.rndManager, order.id)).status).toBe('CLOSED');
  });

  it('VALIDATION: missing form fields, advice, text; a lead or member who is no R&D engineer', async () => {
    const w = await world();
    const issue = await openIssue(w.project, w.submitter);
    await failTimes(w.submitter, issue.id, 3);
    const blank = await submit(w.submitter, issue.id, { title: '  ', environment: '', steps: ' \n ', symptoms: '' });
    expect(codes(blank)).toEqual(['VALIDATION']);
    expect(blank.errors?.[0].extensions?.fields).toEqual({ title: 'REQUIRED', environment: 'REQUIRED', steps: 'REQUIRED', symptoms: 'REQUIRED' });
    expect(await suite.server.dataSource.getRepository(FaultWorkOrder).count()).toBe(0);
    expect((await issueOf(w.submitter, w.project.id, issue.id)).status).toBe('OPEN');
    const withoutLogs = ok(await submit(w.submitter, issue.id, { logs: undefined }), 'submitFaultWorkOrder'); // logs are optional
    expect(withoutLogs.logs).toBe('');

    const awaiting = await approved(w, withoutLogs);
    const noAdvice = await review(w.rndManager, awaiting, { review: 'REJECT_WITH_ADVICE', advice: '   ' });
    expect(codes(noAdvice)).toEqual(['VALIDATION']);
    expect(noAdvice.errors?.[0].extensions?.fields).toEqual({ advice: 'REQUIRED' });
    const salesLead = await review(w.rndManager, awaiting, { review: 'ACCEPT', leadId: w.sales.id });
    expect(salesLead.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION', fields: { leadId: 'NOT_RND' } });
    const managerLead = await review(w.rndManager, awaiting, { review: 'ACCEPT', leadId: w.rndManager.id });
    expect(managerLead.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION', fields: { leadId: 'NOT_RND' } });
    const nobody = await review(w.rndManager, awaiting, { review: 'ACCEPT', leadId: UNKNOWN });
    expect(nobody.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION', fields: { leadId: 'NOT_FOUND' } });
    expect(await seen(w.rndManager, awaiting.id)).toMatchObject({ status: 'AWAITING_RND_REVIEW', version: awaiting.version, lead: null });

    const order = ok(await review(w.rndManager, awaiting, { review: 'ACCEPT', leadId: w.lead.id }), 'reviewFaultWorkOrder');
    for (const action of ['REQUEST_CLOSURE', 'PROPOSE_CONVERSION']) {
      const missing = await act(w.lead, order, action, '  ');
      expect(codes(missing)).toEqual(['VALIDATION']);
      expect(missing.errors?.[0].extensions?.fields).toEqual({ text: 'REQUIRED' });
    }
    const requested = ok(await act(w.lead, order, 'REQUEST_CLOSURE', '升级xrdp至0.9.24'), 'actOnWorkOrder');
    const noReason = await act(w.submitter, requested, 'DISPUTE_CLOSURE');
    expect(noReason.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION', fields: { text: 'REQUIRED' } });
    expect(await seen(w.submitter, order.id)).toMatchObject({ status: 'CLOSURE_REQUESTED', version: requested.version, disputeReason: null });

    const notRnd = await addMember(w.lead, order, w.second.id);
    expect(notRnd.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION', fields: { userId: 'NOT_RND' } });
    expect((await seen(w.lead, order.id)).members).toEqual([]);
  });

  it('CONFLICT: a stale expectedVersion, and two reviews racing for one order', async () => {
    const w = await world();
    const awaiting = await awaitingReview(w);
    expect(codes(await review(w.rndManager, { id: awaiting.id, version: awaiting.version - 1 }, { review: 'ACCEPT', leadId: w.lead.id }))).toEqual(['CONFLICT']);
    const rivals = [w.rndManager, await buildUser(suite.server.dataSource, [Role.RND_MANAGER])];
    const raced = await Promise.all(rivals.map((manager, n) => review(manager, awaiting, { review: 'ACCEPT', leadId: [w.lead.id, w.engineer.id][n] })));
    expect(raced.map((result) => (result.errors ? codes(result)[0] : 'OK')).sort()).toEqual(['CONFLICT', 'OK']);

    const order = await seen(w.rndManager, awaiting.id);
    const lead = [w.lead, w.engineer].find((engineer) => engineer.id === order.lead?.id);
    expect(lead).toBeDefined();
    const requested = ok(await act(lead!, order, 'REQUEST_CLOSURE', '升级xrdp至0.9.24'), 'actOnWorkOrder');
    expect(codes(await act(lead!, order, 'PROPOSE_CONVERSION', '转改进'))).toEqual(['CONFLICT']); // saw IN_PROGRESS, it moved on
    expect(codes(await act(w.submitter, { id: order.id, version: requested.version + 1 }, 'CONFIRM_CLOSURE'))).toEqual(['CONFLICT']);
    expect((await seen(w.submitter, order.id)).status).toBe('CLOSURE_REQUESTED');
  });

  it('every mutation: unauthenticated, allowed, and forbidden for the wrong role or party', async () => {
    const w = await world();
    const ds = suite.server.dataSource;
    const outsiderPresales = await buildUser(ds, [Role.PRESALES]);

    // submitFaultWorkOrder: PRESALES on the project only
    const issue = await openIssue(w.project, w.submitter);
    expect((await markSevere(w.submitter, issue)).errors).toBeUndefined();
    expect(codes(await submit(null, issue.id))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await submit(w.sales, issue.id))).toEqual(['FORBIDDEN']);
    expect(codes(await submit(w.manager, issue.id))).toEqual(['FORBIDDEN']);
    expect(codes(await submit(w.engineer, issue.id))).toEqual(['FORBIDDEN']);
    expect(codes(await submit(outsiderPresales, issue.id))).toEqual(['NOT_FOUND']);
    expect(codes(await submit(w.submitter, UNKNOWN))).toEqual(['NOT_FOUND']);
    expect(await ds.getRepository(FaultWorkOrder).count()).toBe(0);
    const pending = ok(await submit(w.second, issue.id), 'submitFaultWorkOrder'); // any pre-sales of the project
    expect(pending.submittedBy.id).toBe(w.second.id);
    const awaiting = await approved(w, pending);

    // reviewFaultWorkOrder: the RND_MANAGER only
    const accept = { review: 'ACCEPT', leadId: w.lead.id };
    expect(codes(await review(null, awaiting, accept))).toEqual(['UNAUTHENTICATED']);
    for (const user of [w.second, w.lead, w.manager, w.sales]) expect(codes(await review(user, awaiting, accept))).toEqual(['FORBIDDEN']);
    const order = ok(await review(w.rndManager, awaiting, accept), 'reviewFaultWorkOrder');

    // addWorkOrderMember: the lead only
    expect(codes(await addMember(null, order, w.engineer.id))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await addMember(w.second, order, w.engineer.id))).toEqual(['FORBIDDEN']); // no R&D engineer
    expect(codes(await addMember(w.rndManager, order, w.engineer.id))).toEqual(['FORBIDDEN']);
    expect(codes(await addMember(w.engineer, order, w.engineer.id))).toEqual(['NOT_FOUND']); // not on it: cannot see it
    const withMember = ok(await addMember(w.lead, order, w.engineer.id), 'addWorkOrderMember');
    expect(withMember.members).toEqual([{ id: w.engineer.id }]);
    expect(await rndMemberIds(w.project.id)).toEqual([w.lead.id, w.engineer.id].sort());
    expect(ok(await addMember(w.lead, order, w.engineer.id), 'addWorkOrderMember').members).toEqual([{ id: w.engineer.id }]); // once
    const third = await buildUser(ds, [Role.RND]);
    expect(codes(await addMember(w.engineer, order, third.id))).toEqual(['FORBIDDEN']); // a member, not the lead
    expect(await seen(w.engineer, order.id)).toMatchObject({ viewerCan: { review: false, addMembers: false, actions: [] } });
    expect(await queueOf(w.engineer)).toEqual([{ id: order.id, status: 'IN_PROGRESS' }]);

    // actOnWorkOrder: the step's party only
    expect(codes(await act(null, order, 'REQUEST_CLOSURE', '方案'))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await act(w.sales, order, 'REQUEST_CLOSURE', '方案'))).toEqual(['FORBIDDEN']);
    expect(codes(await act(w.rndManager, order, 'REQUEST_CLOSURE', '方案'))).toEqual(['FORBIDDEN']);
    expect(codes(await act(w.manager, order, 'REQUEST_CLOSURE', '方案'))).toEqual(['FORBIDDEN']);
    expect(codes(await act(w.engineer, order, 'REQUEST_CLOSURE', '方案'))).toEqual(['FORBIDDEN']); // a member, not the lead
    expect(codes(await act(w.second, order, 'REQUEST_CLOSURE', '方案'))).toEqual(['FORBIDDEN']); // the submitter
    expect(codes(await act(third, order, 'REQUEST_CLOSURE', '方案'))).toEqual(['NOT_FOUND']);
    const requested = ok(await act(w.lead, order, 'REQUEST_CLOSURE', '升级xrdp至0.9.24'), 'actOnWorkOrder');
    expect(codes(await act(w.lead, requested, 'CONFIRM_CLOSURE'))).toEqual(['FORBIDDEN']);
    expect(codes(await act(w.submitter, requested, 'CONFIRM_CLOSURE'))).toEqual(['FORBIDDEN']); // the first pre-sales did not submit this one
    expect(codes(await act(outsiderPresales, requested, 'CONFIRM_CLOSURE'))).toEqual(['NOT_FOUND']);
    expect(ok(await act(w.second, requested, 'CONFIRM_CLOSURE'), 'actOnWorkOrder').status).toBe('CLOSED');
  });

  it('workOrder(id) and rndQueue: who sees which orders', async () => {
    const w = await world();
    const ds = suite.server.dataSource;
    const bystander = await buildUser(ds, [Role.RND]);
    const pending = await submitted(w, 'A 待审批');
    const awaiting = await awaitingReview(w, 'B 待研发审核');
    const open = await openForClaim(w, 'C 待认领');
    const led = await inProgress(w, 'D 负责人处理中');
    const helped = ok(await review(w.rndManager, await awaitingReview(w, 'E 他人负责'), { review: 'ACCEPT', leadId: w.engineer.id }), 'reviewFaultWorkOrder');
    expect((await addMember(w.engineer, helped, w.lead.id)).errors).toBeUndefined();
    const returned = ok(await review(w.rndManager, await awaitingReview(w, 'F 退回'), { review: 'REJECT_WITH_ADVICE', advice: '先收集完整日志' }), 'reviewFaultWorkOrder');

    const ids = (rows: { id: string }[]) => rows.map((row) => row.id);
    expect(ids(await queueOf(w.rndManager))).toEqual([awaiting.id, open.id, led.id, helped.id]); // everything R&D holds, oldest first
    expect(ids(await queueOf(w.lead))).toEqual([open.id, led.id, helped.id]); // open + leads + works on
    expect(ids(await queueOf(w.engineer))).toEqual([open.id, helped.id]);
    expect(ids(await queueOf(bystander))).toEqual([open.id]);
    expect(codes(await (await as(null)).request(QUEUE))).toEqual(['UNAUTHENTICATED']);
    for (const user of [w.submitter, w.sales, w.manager]) expect(codes(await (await as(user)).request(QUEUE))).toEqual(['FORBIDDEN']);

    const all = [pending, awaiting, open, led, helped, returned];
    for (const user of [w.rndManager, w.manager, w.submitter, w.sales]) {
      for (const order of all) expect((await read(user, order.id)).data?.workOrder.id).toBe(order.id);
    }
    expect((await read(bystander, open.id)).data?.workOrder.status).toBe('OPEN_FOR_CLAIM');
    for (const order of [pending, awaiting, returned]) expect(codes(await read(bystander, order.id))).toEqual(['NOT_FOUND']);
    // An engineer who neither leads nor works on an order that is no longer open does not see it.
    expect(codes(await read(bystander, led.id))).toEqual(['NOT_FOUND']);
    expect(codes(await read(bystander, helped.id))).toEqual(['NOT_FOUND']);
    const outsiderSales = await buildUser(ds, [Role.SALES]);
    const outsiderPresales = await buildUser(ds, [Role.PRESALES]);
    for (const user of [outsiderSales, outsiderPresales]) {
      for (const order of all) expect(codes(await read(user, order.id))).toEqual(['NOT_FOUND']);
    }
    expect(codes(await read(null, led.id))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await read(w.rndManager, 'not-a-uuid'))).toEqual(['NOT_FOUND']);
    expect(codes(await read(w.rndManager, UNKNOWN))).toEqual(['NOT_FOUND']);
  });

  it('viewerCan { review addMembers actions } per party', async () => {
    const w = await world();
    const awaiting = await awaitingReview(w);
    const can = async (user: User, id: string) => (await seen(user, id)).viewerCan;
    expect(await can(w.rndManager, awaiting.id)).toEqual({ review: true, addMembers: false, actions: [] });
    for (const user of [w.submitter, w.second, w.sales, w.manager]) expect(await can(user, awaiting.id)).toEqual({ review: false, addMembers: false, actions: [] });

    const order = ok(await review(w.rndManager, awaiting, { review: 'ACCEPT', leadId: w.lead.id }), 'reviewFaultWorkOrder');
    expect((await addMember(w.lead, order, w.engineer.id)).errors).toBeUndefined();
    expect(await can(w.rndManager, order.id)).toEqual({ review: false, addMembers: false, actions: [] });
    expect(await can(w.lead, order.id)).toEqual({ review: false, addMembers: true, actions: ['REQUEST_CLOSURE', 'PROPOSE_CONVERSION'] });
    expect(await can(w.engineer, order.id)).toEqual({ review: false, addMembers: false, actions: [] });
    for (const user of [w.submitter, w.second, w.sales, w.manager]) expect(await can(user, order.id)).toEqual({ review: false, addMembers: false, actions: [] });

    const requested = ok(await act(w.lead, order, 'REQUEST_CLOSURE', '升级xrdp至0.9.24'), 'actOnWorkOrder');
    expect(await can(w.submitter, requested.id)).toEqual({ review: false, addMembers: false, actions: ['CONFIRM_CLOSURE', 'DISPUTE_CLOSURE'] });
    expect(await can(w.second, requested.id)).toEqual({ review: false, addMembers: false, actions: [] }); // not the submitter
    expect(await can(w.lead, requested.id)).toEqual({ review: false, addMembers: true, actions: [] });
  });

  it('rndQueueChanged reaches the RND_MANAGER and the engineers concerned; PRESALES and SALES are refused', async () => {
    const w = await world();
    const feedOf = async (user: User) => feed<QueueChange>(await as(user), QUEUE_FEED);
    const [presalesFeed, salesFeed] = [await feedOf(w.submitter), await feedOf(w.sales)];
    await until(() => presalesFeed.errors.length > 0 && salesFeed.errors.length > 0, 'the refusals');
    expect(JSON.stringify(presalesFeed.errors)).toContain('FORBIDDEN');
    expect(JSON.stringify(salesFeed.errors)).toContain('FORBIDDEN');
    const listenersBefore = suite.server.services.bus.listenerCount;
    const [managerFeed, leadFeed, engineerFeed] = [await feedOf(w.rndManager), await feedOf(w.lead), await feedOf(w.engineer)];
    await until(() => suite.server.services.bus.listenerCount >= listenersBefore + 3, 'three R&D subscriptions');
    const changes = (feed: { items: QueueChange[] }) => feed.items.map((item) => item.rndQueueChanged.workOrder && { id: item.rndQueueChanged.workOrder.id, status: item.rndQueueChanged.workOrder.status });

    // Submitted and approved: the RND_MANAGER hears of it; the engineers do not.
    const order = await submitted(w);
    await managerFeed.next(1);
    expect(changes(managerFeed)).toEqual([{ id: order.id, status: 'PENDING_APPROVAL' }]);
    const awaiting = await approved(w, order);
    await managerFeed.next(2);
    expect(changes(managerFeed)[1]).toEqual({ id: order.id, status: 'AWAITING_RND_REVIEW' });

    // Opened for claim: every RND engineer.
    const open = ok(await review(w.rndManager, awaiting, { review: 'ACCEPT' }), 'reviewFaultWorkOrder');
    await Promise.all([managerFeed.next(3), leadFeed.next(1), engineerFeed.next(1)]);
    for (const feed of [managerFeed, leadFeed, engineerFeed]) expect(changes(feed).at(-1)).toEqual({ id: order.id, status: 'OPEN_FOR_CLAIM' });
    expect(leadFeed.items).toHaveLength(1); // nothing before it reached them
    expect(engineerFeed.items).toHaveLength(1);

    // Claimed: it leaves every engineer's queue (the others see it gone: null)…
    const claimed = ok(await act(w.lead, open, 'CLAIM'), 'actOnWorkOrder');
    await Promise.all([managerFeed.next(4), leadFeed.next(2), engineerFeed.next(2)]);
    expect(leadFeed.items[1].rndQueueChanged.workOrder).toEqual({ id: order.id, status: 'IN_PROGRESS', lead: { id: w.lead.id } });
    expect(engineerFeed.items[1].rndQueueChanged.workOrder).toBeNull();

    // …and from then on only the lead (and the manager) hear of it.
    ok(await act(w.lead, claimed, 'REQUEST_CLOSURE', '升级xrdp至0.9.24'), 'actOnWorkOrder');
    await Promise.all([managerFeed.next(5), leadFeed.next(3)]);
    expect(changes(leadFeed)[2]).toEqual({ id: order.id, status: 'CLOSURE_REQUESTED' });
    expect(changes(managerFeed)[4]).toEqual({ id: order.id, status: 'CLOSURE_REQUESTED' });

    // A later order opened for claim reaches the engineer right after the claim: the closure request never did.
    const later = await openForClaim(w, '第二张待认领工单');
    await engineerFeed.next(3);
    expect(changes(engineerFeed)).toEqual([{ id: order.id, status: 'OPEN_FOR_CLAIM' }, null, { id: later.id, status: 'OPEN_FOR_CLAIM' }]);
    await leadFeed.next(4);
    expect(changes(leadFeed)[3]).toEqual({ id: later.id, status: 'OPEN_FOR_CLAIM' });
    const seqs = managerFeed.items.map((item) => item.rndQueueChanged.seq);
    expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);

    expect(presalesFeed.items).toEqual([]);
    expect(salesFeed.items).toEqual([]);
  });

  it('after advice the submitter may withdraw the order and settle the issue inside support', async () => {
    const w = await world();
    const awaiting = await awaitingReview(w);
    const returned = ok(await review(w.rndManager, awaiting, { review: 'REJECT_WITH_ADVICE', advice: '按KB-1024开启RANDR扩展' }), 'reviewFaultWorkOrder');
    expect(codes(await act(w.second, returned, 'WITHDRAW'))).toEqual(['FORBIDDEN']);
    const withdrawn = ok(await act(w.submitter, returned, 'WITHDRAW'), 'actOnWorkOrder');
    expect(withdrawn).toMatchObject({ status: 'WITHDRAWN', viewerCan: { actions: [] } });
    const [issue] = await issuesOf(w.submitter, w.project.id);
    expect(issue.status).toBe('OPEN');
    const resolved = await (await as(w.submitter)).request<{ resolveRemainingIssue: { status: string } }>(
      'mutation($input: ResolveRemainingIssueInput!) { resolveRemainingIssue(input: $input) { status } }',
      { input: { issueId: issue.id, expectedVersion: issue.version, resolution: '开启RANDR扩展后分辨率自适应正常' } },
    );
    expect(resolved.data?.resolveRemainingIssue.status).toBe('RESOLVED');
    const counters = await (await as(w.sales)).request<{ project: { counters: { openWorkOrders: number } } }>('query($id: ID!) { project(id: $id) { counters { openWorkOrders } } }', { id: w.project.id });
    expect(counters.data?.project.counters.openWorkOrders).toBe(0);
  });

  it('the RND_MANAGER names a lead for an order nobody claimed, or replaces one; only then and only they', async () => {
    const w = await world();
    const open = await openForClaim(w);
    const ASSIGN = `mutation($input: AssignWorkOrderLeadInput!) { assignWorkOrderLead(input: $input) { ${'id status version lead { id }'} } }`;
    const assign = async (user: User | null, order: Pick<Order, 'id' | 'version'>, leadId: string) =>
      (await as(user)).request<{ assignWorkOrderLead: { id: string; status: string; version: number; lead: { id: string } | null } }>(ASSIGN, { input: { workOrderId: order.id, expectedVersion: order.version, leadId } });
    expect(codes(await assign(null, open, w.lead.id))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await assign(w.engineer, open, w.lead.id))).toEqual(['FORBIDDEN']);
    expect((await assign(w.rndManager, open, w.sales.id)).errors?.[0].extensions?.fields).toEqual({ leadId: 'NOT_RND' });
    const named = ok(await assign(w.rndManager, open, w.lead.id), 'assignWorkOrderLead');
    expect(named).toMatchObject({ status: 'IN_PROGRESS', lead: { id: w.lead.id } });
    const replaced = ok(await assign(w.rndManager, named, w.engineer.id), 'assignWorkOrderLead');
    expect(replaced.lead).toEqual({ id: w.engineer.id });
    expect(await rndMemberIds(w.project.id)).toEqual([w.lead.id, w.engineer.id].sort());
    expect(codes(await assign(w.rndManager, named, w.lead.id))).toEqual(['CONFLICT']); // stale version
    const closing = ok(await act(w.engineer, replaced, 'REQUEST_CLOSURE', '升级xrdp至0.9.24'), 'actOnWorkOrder');
    expect(codes(await assign(w.rndManager, closing, w.lead.id))).toEqual(['WORK_ORDER_ACTION_NOT_ALLOWED']);
  });

  it('nobody approves their own work order, even holding the manager role too', async () => {
    const ds = suite.server.dataSource;
    const both = await buildUser(ds, [Role.PRESALES, Role.PRESALES_MANAGER]);
    const project = await buildProject(ds, { firstPresales: both });
    const issue = await openIssue(project, both);
    expect((await markSevere(both, issue)).errors).toBeUndefined();
    const order = ok(await submit(both, issue.id), 'submitFaultWorkOrder');
    expect(codes(await decide(both, order))).toEqual(['FORBIDDEN']);
    const otherManager = await buildUser(ds, [Role.PRESALES_MANAGER]);
    expect(ok(await decide(otherManager, order), 'decideApproval').status).toBe('APPROVED');
  });

  it('an R&D feed ends when the subscriber loses the role it was opened with', async () => {
    const w = await world();
    const { client } = await ws(await as(w.rndManager));
    await connected(client);
    const listenersBefore = suite.server.services.bus.listenerCount;
    const feed = collect<QueueChange>(client, QUEUE_FEED);
    await until(() => suite.server.services.bus.listenerCount > listenersBefore, 'the subscription');
    const first = await submitted(w, '第一单');
    expect((await feed.next(1))[0].rndQueueChanged.workOrder?.id).toBe(first.id);

    await suite.server.dataSource.query(`UPDATE app_user SET roles = '{SALES}' WHERE id = $1`, [w.rndManager.id]);
    await submitted(w, '第二单');
    // The next event finds the roles changed: the feed is ended with UNAUTHENTICATED, not served.
    await until(() => feed.errors.length > 0, 'the feed to end');
    expect(JSON.stringify(feed.errors)).toContain('UNAUTHENTICATED');
    expect(feed.items).toHaveLength(1);
  });

  it('improvement requests travel the R&D feed too: every one to the RND_MANAGER, each to its lead only', async () => {
    const w = await world();
    const IMPROVEMENT_FEED = 'subscription { rndQueueChanged { seq workOrder { id } improvementRequest { id status } } }';
    const feedOf = async (user: User) => feed<{ rndQueueChanged: { workOrder: { id: string } | null; improvementRequest: { id: string; status: string } | null } }>(await as(user), IMPROVEMENT_FEED);
    const listenersBefore = suite.server.services.bus.listenerCount;
    const [managerFeed, leadFeed, engineerFeed] = [await feedOf(w.rndManager), await feedOf(w.lead), await feedOf(w.engineer)];
    await until(() => suite.server.services.bus.listenerCount >= listenersBefore + 3, 'three R&D subscriptions');

    const issued = ok(
      await (await as(w.manager)).request<{ issueImprovementRequest: { id: string; version: number } }>(
        'mutation($input: IssueImprovementRequestInput!) { issueImprovementRequest(input: $input) { id version } }',
        { input: { projectId: w.project.id, title: '审计回放支持倍速', description: '客户希望 2 倍速回放' } },
      ),
      'issueImprovementRequest',
    );
    expect((await managerFeed.next(1))[0].rndQueueChanged).toMatchObject({ workOrder: null, improvementRequest: { id: issued.id, status: 'ISSUED' } });
    const accepted = await (await as(w.rndManager)).request(
      'mutation($input: DecideImprovementRequestInput!) { decideImprovementRequest(input: $input) { id } }',
      { input: { requestId: issued.id, expectedVersion: issued.version, decision: 'ACCEPT', rndLeadId: w.lead.id } },
    );
    expect(accepted.errors).toBeUndefined();
    expect((await leadFeed.next(1))[0].rndQueueChanged.improvementRequest).toEqual({ id: issued.id, status: 'ACCEPTED' });
    // A fence for the other engineer: an order opened for claiming is the first thing they hear of.
    const open = await openForClaim(w);
    expect((await engineerFeed.next(1)).map((item) => item.rndQueueChanged.workOrder?.id)).toEqual([open.id]);
  });
});
