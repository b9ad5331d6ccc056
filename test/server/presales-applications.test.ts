import { describe, expect, it } from 'vitest';
import { Approval } from '../../server/src/modules/approvals/approval.entity';
import { PresalesApplication } from '../../server/src/modules/presales-applications/presales-application.entity';
import { ProjectMember } from '../../server/src/modules/projects/project-member.entity';
import { ProjectMemberRole } from '../../server/src/modules/projects/project-member-role';
import { Project } from '../../server/src/modules/projects/project.entity';
import { Role } from '../../server/src/modules/users/role.enum';
import { User } from '../../server/src/modules/users/user.entity';
import { buildCustomer, buildProject, buildUser } from '../helpers/factories';
import { ApiClient, codes } from '../helpers/graphql-client';
import { serverSuite } from '../helpers/server-suite';

const APPLY = `mutation($input: ApplyForPresalesSupportInput!) { applyForPresalesSupport(input: $input) {
  id projectName supportTypes requirements wantedStart wantedEnd customer { id } requestedBy { id } assignedPresales { id } project { id }
  approval { id kind status currentStep project { id } steps { position approverRole status } } } }`;
const DECIDE = `mutation($input: DecideApprovalInput!) { decideApproval(input: $input) {
  id status currentStep project { id } steps { position approverRole status comment decidedBy { id } } } }`;
const LIST = `{ presalesApplications { id projectName assignedPresales { id } approval { status currentStep }
  project { id name stage responsibleSales { id } firstPresales { id } secondPresales { id }
    initiation { revision requirements supportTypes wantedStart wantedEnd submittedBy { id } }
    approvals { id kind status } } } }`;
const INBOX = '{ approvalsInbox { id kind currentStep project { id } presalesApplication { id projectName } } }';
const INBOX_CHANGED = 'subscription { approvalsInboxChanged { seq approval { id kind status currentStep project { id } presalesApplication { projectName } } } }';
const BOARD_CHANGED = 'subscription { boardChanged { kind project { id name firstPresales { id } } } }';
const REQUEST_RESOURCE = 'mutation($input: RequestResourceInput!) { requestResource(input: $input) { approval { id } } }';

interface Application {
  id: string;
  projectName: string;
  supportTypes: string[];
  requirements: string;
  wantedStart: string | null;
  wantedEnd: string | null;
  customer: { id: string } | null;
  requestedBy: { id: string };
  assignedPresales: { id: string } | null;
  project: { id: string } | null;
  approval: { id: string; kind: string; status: string; currentStep: number; project: { id: string } | null; steps: { position: number; approverRole: string; status: string }[] };
}
interface Decided {
  id: string;
  status: string;
  currentStep: number;
  project: { id: string } | null;
  steps: { position: number; approverRole: string; status: string; comment: string | null; decidedBy: { id: string } | null }[];
}
interface InboxPush {
  approvalsInboxChanged: { seq: number; approval: { id: string; kind: string; status: string; currentStep: number; project: { id: string } | null; presalesApplication: { projectName: string } | null } | null };
}

describe('pre-sales support applications (技术支持部(售前工程师)工作流程: SALES → SALES_DIRECTOR → PRESALES_MANAGER)', () => {
  const suite = serverSuite();
  const { as, feed, subscribed } = suite;

  const form = (customerId: string, extra: Record<string, unknown> = {}) => ({
    customerId,
    name: '  市政务云终端安全管理  ',
    supportTypes: ['EXCHANGE', 'PRODUCT_TEST', 'EXCHANGE'],
    requirements: '  客户要求演示终端准入与远程运维审计，并在测试环境做两周产品测试  ',
    wantedStart: '2026-12-01',
    wantedEnd: '2026-12-15',
    ...extra,
  });

  /** A sales, the two approvers, an engineer, and one application waiting for the SALES_DIRECTOR. */
  const scenario = async () => {
    const ds = suite.server.dataSource;
    const customer = await buildCustomer(ds);
    const sales = await buildUser(ds, [Role.SALES]);
    const director = await buildUser(ds, [Role.SALES_DIRECTOR]);
    const manager = await buildUser(ds, [Role.PRESALES_MANAGER]);
    const engineer = await buildUser(ds, [Role.PRESALES]);
    const applied = await (await as(sales)).request<{ applyForPresalesSupport: Application }>(APPLY, { input: form(customer.id) });
    expect(applied.errors).toBeUndefined();
    return { customer, sales, director, manager, engineer, application: applied.data!.applyForPresalesSupport };
  };
  const decide = async (user: User | null, approvalId: string, step: number, extra: Record<string, unknown> = {}) =>
    (user ? await as(user) : new ApiClient(suite.server)).request<{ decideApproval: Decided }>(DECIDE, { input: { approvalId, step, decision: 'APPROVE', ...extra } });
  const inboxOf = async (user: User) => {
    const response = await (await as(user)).request<{ approvalsInbox: { id: string; kind: string; currentStep: number; project: { id: string } | null; presalesApplication: { id: string; projectName: string } | null }[] }>(INBOX);
    expect(response.errors).toBeUndefined();
    return response.data!.approvalsInbox;
  };
  const feedOf = <T>(user: User, query: string) => feed<T>(user, query);

  it('SALES_DIRECTOR then PRESALES_MANAGER approve; the manager names the engineer and the project is initiated with them as first pre-sales', async () => {
    const ds = suite.server.dataSource;
    const { customer, sales, director, manager, engineer, application } = await scenario();
    expect(application).toEqual({
      id: expect.any(String),
      projectName: '市政务云终端安全管理',
      supportTypes: ['EXCHANGE', 'PRODUCT_TEST'],
      requirements: '客户要求演示终端准入与远程运维审计，并在测试环境做两周产品测试',
      wantedStart: '2026-12-01',
      wantedEnd: '2026-12-15',
      customer: { id: customer.id },
      requestedBy: { id: sales.id },
      assignedPresales: null,
      project: null,
      approval: {
        id: expect.any(String),
        kind: 'PRESALES_APPLICATION',
        status: 'PENDING',
        currentStep: 0,
        project: null,
        steps: [
          { position: 0, approverRole: 'SALES_DIRECTOR', status: 'PENDING' },
          { position: 1, approverRole: 'PRESALES_MANAGER', status: 'WAITING' },
        ],
      },
    });
    const approvalId = application.approval.id;
    const row = await ds.getRepository(PresalesApplication).findOneByOrFail({ id: application.id });
    expect(row).toMatchObject({ approvalId, projectId: null, assignedPresalesId: null, requestedById: sales.id });
    expect((await ds.getRepository(Approval).findOneByOrFail({ id: approvalId })).projectId).toBeNull();

    // An approval without a project is in the inbox of the role whose turn it is, and of nobody else.
    expect(await inboxOf(director)).toEqual([{ id: approvalId, kind: 'PRESALES_APPLICATION', currentStep: 0, project: null, presalesApplication: { id: application.id, projectName: '市政务云终端安全管理' } }]);
    for (const other of [manager, sales, engineer, await buildUser(ds, [Role.TECH_DIRECTOR]), await buildUser(ds, [Role.GM])]) expect(await inboxOf(other)).toEqual([]);

    const first = await decide(director, approvalId, 0, { comment: '同意，重点客户' });
    expect(first.errors).toBeUndefined();
    expect(first.data?.decideApproval).toMatchObject({ status: 'PENDING', currentStep: 1, project: null });
    expect(first.data?.decideApproval.steps.map((s) => [s.status, s.decidedBy?.id ?? null, s.comment])).toEqual([
      ['APPROVED', director.id, '同意，重点客户'],
      ['PENDING', null, null],
    ]);
    expect(await inboxOf(director)).toEqual([]);
    expect((await inboxOf(manager)).map((a) => [a.id, a.currentStep])).toEqual([[approvalId, 1]]);
    expect(await ds.getRepository(Project).count()).toBe(0);

    const final = await decide(manager, approvalId, 1, { assigneeId: engineer.id });
    expect(final.errors).toBeUndefined();
    expect(final.data?.decideApproval.status).toBe('APPROVED');
    expect(final.data?.decideApproval.steps.map((s) => [s.status, s.decidedBy?.id])).toEqual([
      ['APPROVED', director.id],
      ['APPROVED', manager.id],
    ]);
    expect(await inboxOf(manager)).toEqual([]);

    const projects = await ds.getRepository(Project).find();
    expect(projects.map((p) => [p.name, p.stage, p.customerId])).toEqual([['市政务云终端安全管理', 'INITIATED', customer.id]]);
    const projectId = projects[0].id;
    const members = await ds.getRepository(ProjectMember).findBy({ projectId });
    expect(members.map((m) => [m.userId, m.role]).sort()).toEqual([
      [engineer.id, 'FIRST_PRESALES'],
      [sales.id, 'RESPONSIBLE_SALES'],
    ].sort());
    expect(await ds.getRepository(PresalesApplication).findOneByOrFail({ id: application.id })).toMatchObject({ projectId, assignedPresalesId: engineer.id });
    expect((await ds.getRepository(Approval).findOneByOrFail({ id: approvalId })).projectId).toBe(projectId);

    const seenBySales = await (await as(sales)).request<{ presalesApplications: unknown[] }>(LIST);
    expect(seenBySales.data?.presalesApplications).toEqual([
      {
        id: application.id,
        projectName: '市政务云终端安全管理',
        assignedPresales: { id: engineer.id },
        approval: { status: 'APPROVED', currentStep: 1 },
        project: {
          id: projectId,
          name: '市政务云终端安全管理',
          stage: 'INITIATED',
          responsibleSales: { id: sales.id },
          firstPresales: { id: engineer.id },
          secondPresales: null,
          initiation: {
            revision: 1,
            requirements: '客户要求演示终端准入与远程运维审计，并在测试环境做两周产品测试',
            supportTypes: ['EXCHANGE', 'PRODUCT_TEST'],
            wantedStart: '2026-12-01',
            wantedEnd: '2026-12-15',
            submittedBy: { id: sales.id },
          },
          approvals: [{ id: approvalId, kind: 'PRESALES_APPLICATION', status: 'APPROVED' }],
        },
      },
    ]);
    const board = await (await as(engineer)).request<{ projects: { id: string }[] }>('{ projects { id } }');
    expect(board.data?.projects).toEqual([{ id: projectId }]);
  });

  it('the final decision answers the approval as it now is: on the project it initiated', async () => {
    // The client's inbox card links the project from this mutation result (DecideButtons → ApprovalItem).
    const { director, manager, engineer, application } = await scenario();
    expect((await decide(director, application.approval.id, 0)).errors).toBeUndefined();
    const final = await decide(manager, application.approval.id, 1, { assigneeId: engineer.id });
    expect(final.errors).toBeUndefined();
    const [{ id: projectId }] = await suite.server.dataSource.getRepository(Project).find();
    expect(final.data?.decideApproval).toMatchObject({ status: 'APPROVED', project: { id: projectId } });
  });

  it("the manager's final approval must name an active pre-sales; nothing is initiated until it does", async () => {
    const ds = suite.server.dataSource;
    const { manager, director, engineer, application } = await scenario();
    const approvalId = application.approval.id;
    expect((await decide(director, approvalId, 0)).errors).toBeUndefined();

    const missing = await decide(manager, approvalId, 1);
    expect(codes(missing)).toEqual(['VALIDATION']);
    expect(missing.errors?.[0].extensions?.fields).toEqual({ assigneeId: 'REQUIRED' });
    const notPresales = await decide(manager, approvalId, 1, { assigneeId: (await buildUser(ds, [Role.RND])).id });
    expect(notPresales.errors?.[0].extensions?.fields).toEqual({ assigneeId: 'NOT_PRESALES' });
    const nobody = await decide(manager, approvalId, 1, { assigneeId: '00000000-0000-4000-8000-000000000000' });
    expect(nobody.errors?.[0].extensions?.fields).toEqual({ assigneeId: 'NOT_FOUND' });
    const gone = await buildUser(ds, [Role.PRESALES]);
    await ds.getRepository(User).update({ id: gone.id }, { active: false });
    const inactive = await decide(manager, approvalId, 1, { assigneeId: gone.id });
    expect(inactive.errors?.[0].extensions?.fields).toEqual({ assigneeId: 'NOT_FOUND' });

    expect(await ds.getRepository(Project).count()).toBe(0);
    expect(await ds.getRepository(Approval).findOneByOrFail({ id: approvalId })).toMatchObject({ status: 'PENDING', currentStep: 1 });
    expect((await ds.getRepository(PresalesApplication).findOneByOrFail({ id: application.id })).assignedPresalesId).toBeNull();

    const approved = await decide(manager, approvalId, 1, { assigneeId: engineer.id });
    expect(approved.data?.decideApproval.status).toBe('APPROVED');
    expect(await ds.getRepository(Project).count()).toBe(1);
  });

  it('a rejection needs a comment, ends the application and initiates nothing', async () => {
    const ds = suite.server.dataSource;
    const early = await scenario();
    const noComment = await decide(early.director, early.application.approval.id, 0, { decision: 'REJECT' });
    expect(noComment.errors?.[0].extensions?.fields).toEqual({ comment: 'REQUIRED' });
    const rejected = await decide(early.director, early.application.approval.id, 0, { decision: 'REJECT', comment: '客户预算未落实，暂不投入售前' });
    expect(rejected.data?.decideApproval).toMatchObject({ status: 'REJECTED', project: null });
    expect(rejected.data?.decideApproval.steps.map((s) => s.status)).toEqual(['REJECTED', 'WAITING']);
    expect(await inboxOf(early.manager)).toEqual([]);

    // The manager may reject at the last step without naming anyone.
    const late = await scenario();
    expect((await decide(late.director, late.application.approval.id, 0)).errors).toBeUndefined();
    const lateRejected = await decide(late.manager, late.application.approval.id, 1, { decision: 'REJECT', comment: '本月售前人力已排满' });
    expect(lateRejected.data?.decideApproval).toMatchObject({ status: 'REJECTED' });
    expect(lateRejected.data?.decideApproval.steps.map((s) => s.status)).toEqual(['APPROVED', 'REJECTED']);

    expect(await ds.getRepository(Project).count()).toBe(0);
    const rows = await ds.getRepository(PresalesApplication).find();
    expect(rows.map((r) => [r.projectId, r.assignedPresalesId])).toEqual([
      [null, null],
      [null, null],
    ]);
  });

  it('decideApproval on an application: out of turn is FORBIDDEN, a decided step CONFLICT, and it is initiated exactly once', async () => {
    const ds = suite.server.dataSource;
    const { sales, director, manager, engineer, application } = await scenario();
    const approvalId = application.approval.id;
    expect(codes(await decide(null, approvalId, 0))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await decide(sales, approvalId, 0))).toEqual(['FORBIDDEN']); // the applicant is no approver
    expect(codes(await decide(manager, approvalId, 0))).toEqual(['FORBIDDEN']); // the director's step
    expect(codes(await decide(director, approvalId, 1, { assigneeId: engineer.id }))).toEqual(['FORBIDDEN']); // the manager's step
    expect(codes(await decide(manager, approvalId, 1, { assigneeId: engineer.id }))).toEqual(['CONFLICT']); // not its turn yet
    expect((await decide(director, approvalId, 0)).errors).toBeUndefined();
    expect(codes(await decide(director, approvalId, 0))).toEqual(['CONFLICT']);

    const managers = [manager, await buildUser(ds, [Role.PRESALES_MANAGER]), await buildUser(ds, [Role.PRESALES_MANAGER])];
    const results = await Promise.all(managers.map((m) => decide(m, approvalId, 1, { assigneeId: engineer.id })));
    expect(results.map((r) => (r.errors ? codes(r)[0] : 'OK')).sort()).toEqual(['CONFLICT', 'CONFLICT', 'OK']);
    expect(await ds.getRepository(Project).count()).toBe(1);
    expect(await ds.getRepository(ProjectMember).countBy({ userId: engineer.id, role: ProjectMemberRole.FIRST_PRESALES })).toBe(1);
  });

  it('applyForPresalesSupport: SALES only, and the form is checked like an initiation form', async () => {
    const ds = suite.server.dataSource;
    const customer = await buildCustomer(ds);
    const apply = async (user: User | null, input: Record<string, unknown>) => (user ? await as(user) : new ApiClient(suite.server)).request(APPLY, { input });
    expect(codes(await apply(null, form(customer.id)))).toEqual(['UNAUTHENTICATED']);
    for (const role of [Role.SALES_DIRECTOR, Role.PRESALES, Role.PRESALES_MANAGER, Role.GM]) {
      expect(codes(await apply(await buildUser(ds, [role]), form(customer.id)))).toEqual(['FORBIDDEN']);
    }
    const sales = await buildUser(ds, [Role.SALES]);
    const bad = await apply(sales, form('00000000-0000-4000-8000-000000000000', { name: '  ', requirements: '演示', supportTypes: [], wantedStart: '2026-12-10', wantedEnd: '2026-12-01' }));
    expect(codes(bad)).toEqual(['VALIDATION']);
    expect(bad.errors?.[0].extensions?.fields).toEqual({ name: 'REQUIRED', requirements: 'TOO_SHORT', supportTypes: 'REQUIRED', customerId: 'NOT_FOUND', wantedEnd: 'BEFORE_START' });
    const badDate = await apply(sales, form(customer.id, { wantedStart: '2026-13-01' }));
    expect(badDate.errors?.[0].extensions?.fields).toEqual({ wantedStart: 'INVALID_DATE' });
    expect(await ds.getRepository(PresalesApplication).count()).toBe(0);
    expect(await ds.getRepository(Approval).count()).toBe(0);

    const fine = await apply(sales, form(customer.id, { wantedStart: null, wantedEnd: null }));
    expect(fine.errors).toBeUndefined();
    expect(await ds.getRepository(PresalesApplication).countBy({ requestedById: sales.id })).toBe(1);
  });

  it('applyForPresalesSupport refuses a wanted day that does not exist (2026-02-30) as INVALID_DATE, not as a server error', async () => {
    const ds = suite.server.dataSource;
    const customer = await buildCustomer(ds);
    const response = await (await as(await buildUser(ds, [Role.SALES]))).request(APPLY, { input: form(customer.id, { wantedStart: '2026-02-30', wantedEnd: '2026-03-10' }) });
    expect(codes(response)).toEqual(['VALIDATION']);
    expect(response.errors?.[0].extensions?.fields).toEqual({ wantedStart: 'INVALID_DATE' });
    expect(await ds.getRepository(PresalesApplication).count()).toBe(0);
  });

  it('presalesApplications: the applicant and the directors and managers see it, newest first; other sales and pre-sales do not', async () => {
    const ds = suite.server.dataSource;
    const { sales, customer, application } = await scenario();
    const later = await (await as(sales)).request<{ applyForPresalesSupport: { id: string } }>(APPLY, { input: form(customer.id, { name: '第二个申请项目' }) });
    const ids = [later.data!.applyForPresalesSupport.id, application.id];
    const listOf = async (user: User) => {
      const response = await (await as(user)).request<{ presalesApplications: { id: string }[] }>('{ presalesApplications { id } }');
      expect(response.errors).toBeUndefined();
      return response.data!.presalesApplications.map((a) => a.id);
    };
    expect(await listOf(sales)).toEqual(ids);
    for (const role of [Role.SALES_DIRECTOR, Role.PRESALES_MANAGER, Role.TECH_DIRECTOR, Role.GM]) expect(await listOf(await buildUser(ds, [role]))).toEqual(ids);
    expect(await listOf(await buildUser(ds, [Role.SALES]))).toEqual([]);
    expect(await listOf(await buildUser(ds, [Role.PRESALES]))).toEqual([]);
    expect(await listOf(await buildUser(ds, [Role.RND]))).toEqual([]);
    expect(codes(await new ApiClient(suite.server).request('{ presalesApplications { id } }'))).toEqual(['UNAUTHENTICATED']);
  });

  it('the live inbox: the director, then the manager, are told; the applicant, TECH_DIRECTOR, GM and the engineer never', async () => {
    const ds = suite.server.dataSource;
    const customer = await buildCustomer(ds);
    const sales = await buildUser(ds, [Role.SALES]);
    const director = await buildUser(ds, [Role.SALES_DIRECTOR]);
    const manager = await buildUser(ds, [Role.PRESALES_MANAGER]);
    const techDirector = await buildUser(ds, [Role.TECH_DIRECTOR]);
    const gm = await buildUser(ds, [Role.GM]);
    const engineer = await buildUser(ds, [Role.PRESALES]);
    const directorFeed = await feedOf<InboxPush>(director, INBOX_CHANGED);
    const managerFeed = await feedOf<InboxPush>(manager, INBOX_CHANGED);
    const salesFeed = await feedOf<InboxPush>(sales, INBOX_CHANGED);
    const techDirectorFeed = await feedOf<InboxPush>(techDirector, INBOX_CHANGED);
    const gmFeed = await feedOf<InboxPush>(gm, INBOX_CHANGED);
    const engineerFeed = await feedOf<InboxPush>(engineer, INBOX_CHANGED);
    const engineerBoard = await feedOf<{ boardChanged: { kind: string; project: { id: string; name: string; firstPresales: { id: string } } } }>(engineer, BOARD_CHANGED);
    await subscribed(7);

    const applied = await (await as(sales)).request<{ applyForPresalesSupport: Application }>(APPLY, { input: form(customer.id) });
    const approvalId = applied.data!.applyForPresalesSupport.approval.id;
    expect((await directorFeed.next(1))[0].approvalsInboxChanged.approval).toEqual({
      id: approvalId, kind: 'PRESALES_APPLICATION', status: 'PENDING', currentStep: 0, project: null, presalesApplication: { projectName: '市政务云终端安全管理' },
    });
    expect((await decide(director, approvalId, 0)).errors).toBeUndefined();
    expect((await managerFeed.next(1))[0].approvalsInboxChanged.approval).toMatchObject({ id: approvalId, status: 'PENDING', currentStep: 1 });
    expect((await directorFeed.next(2))[1].approvalsInboxChanged.approval).toMatchObject({ id: approvalId, currentStep: 1 }); // left the director's inbox
    expect((await decide(manager, approvalId, 1, { assigneeId: engineer.id })).errors).toBeUndefined();
    const [, decided] = await managerFeed.next(2);
    const [{ id: projectId }] = await ds.getRepository(Project).find();
    expect(decided.approvalsInboxChanged.approval).toMatchObject({ id: approvalId, status: 'APPROVED', project: { id: projectId } });

    // The engineer's board gains the new project.
    expect((await engineerBoard.next(1))[0].boardChanged).toEqual({ kind: 'CREATED', project: { id: projectId, name: '市政务云终端安全管理', firstPresales: { id: engineer.id } } });

    // Fences: a resource request then reaches the TECH_DIRECTOR and the GM, in order; had the
    // application reached them, it would be in front.
    const project = await buildProject(ds);
    const asked = await (await as(project.parts.sales)).request<{ requestResource: { approval: { id: string } } }>(REQUEST_RESOURCE, {
      input: { projectId: project.id, candidateId: (await buildUser(ds, [Role.PRESALES])).id, reason: '需要增援一名售前' },
    });
    const resourceApprovalId = asked.data!.requestResource.approval.id;
    expect((await decide(manager, resourceApprovalId, 0)).errors).toBeUndefined();
    expect((await techDirectorFeed.next(1)).map((p) => p.approvalsInboxChanged.approval?.id)).toEqual([resourceApprovalId]);
    expect((await decide(techDirector, resourceApprovalId, 1)).errors).toBeUndefined();
    expect((await gmFeed.next(1)).map((p) => p.approvalsInboxChanged.approval?.id)).toEqual([resourceApprovalId]);

    await suite.server.services.bus.settle();
    expect(salesFeed.items).toEqual([]);
    expect(engineerFeed.items).toEqual([]);
    expect(directorFeed.items).toHaveLength(2);
    expect(gmFeed.items).toHaveLength(1);
  });
});
