import { describe, expect, it } from 'vitest';
import { ProjectMember } from '../../server/src/modules/projects/project-member.entity';
import { Role } from '../../server/src/modules/users/role.enum';
import type { User } from '../../server/src/modules/users/user.entity';
import { buildProject, buildUser } from '../helpers/factories';
import { ApiClient, codes } from '../helpers/graphql-client';
import { serverSuite } from '../helpers/server-suite';
import { until } from '../helpers/wait';

const REQUEST = 'mutation($input: RequestResourceInput!) { requestResource(input: $input) { id reason candidate { id } approval { id status currentStep } } }';
const DECIDE = 'mutation($input: DecideApprovalInput!) { decideApproval(input: $input) { id status currentStep steps { position approverRole status comment decidedBy { id } } } }';
const INBOX = '{ approvalsInbox { id kind currentStep resourceRequest { candidate { id } } project { id } } }';

describe('approvals engine and resource requests (SPEC §3)', () => {
  const suite = serverSuite();
  const { as, feed } = suite;

  /** A project, its people, the three approvers, and a pending resource request. */
  const scenario = async () => {
    const ds = suite.server.dataSource;
    const project = await buildProject(ds);
    const candidate = await buildUser(ds, [Role.PRESALES]);
    const [manager, director, gm] = [await buildUser(ds, [Role.PRESALES_MANAGER]), await buildUser(ds, [Role.TECH_DIRECTOR]), await buildUser(ds, [Role.GM])];
    const response = await (await as(project.parts.firstPresales)).request<{ requestResource: { approval: { id: string } } }>(REQUEST, {
      input: { projectId: project.id, candidateId: candidate.id, reason: '实施阶段需要增援一名售前负责终端批量部署' },
    });
    expect(response.errors).toBeUndefined();
    return { project, candidate, manager, director, gm, approvalId: response.data!.requestResource.approval.id };
  };
  const decide = async (user: User, approvalId: string, step: number, decision = 'APPROVE', comment?: string) =>
    (await as(user)).request<{ decideApproval: { status: string; currentStep: number; steps: { status: string; comment: string | null }[] } }>(DECIDE, {
      input: { approvalId, step, decision, comment },
    });

  it('passes PRESALES_MANAGER → TECH_DIRECTOR → GM and then adds the candidate as additional pre-sales', async () => {
    const { project, candidate, manager, director, gm, approvalId } = await scenario();
    const inboxOf = async (user: User) => ((await (await as(user)).request<{ approvalsInbox: { id: string }[] }>(INBOX)).data?.approvalsInbox ?? []).map((a) => a.id);
    expect(await inboxOf(manager)).toEqual([approvalId]);
    expect(await inboxOf(director)).toEqual([]);

    expect((await decide(manager, approvalId, 0)).data?.decideApproval).toMatchObject({ status: 'PENDING', currentStep: 1 });
    expect(await inboxOf(manager)).toEqual([]);
    expect(await inboxOf(director)).toEqual([approvalId]);
    expect((await decide(director, approvalId, 1)).data?.decideApproval).toMatchObject({ status: 'PENDING', currentStep: 2 });
    const final = await decide(gm, approvalId, 2);
    expect(final.data?.decideApproval.status).toBe('APPROVED');
    expect(final.data?.decideApproval.steps.map((s) => s.status)).toEqual(['APPROVED', 'APPROVED', 'APPROVED']);

    const members = await suite.server.dataSource.getRepository(ProjectMember).findBy({ projectId: project.id, userId: candidate.id });
    expect(members.map((m) => m.role)).toEqual(['ADDITIONAL_PRESALES']);
    const board = await (await as(candidate)).request<{ projects: { id: string }[] }>('{ projects { id } }');
    expect(board.data?.projects.map((p) => p.id)).toEqual([project.id]);
  });

  it('refuses out-of-turn decisions (FORBIDDEN) and deciding a step twice (CONFLICT)', async () => {
    const { manager, director, gm, approvalId } = await scenario();
    expect(codes(await decide(director, approvalId, 0))).toEqual(['FORBIDDEN']);
    expect(codes(await decide(gm, approvalId, 2))).toEqual(['CONFLICT']); // GM's own step, but not its turn yet
    expect((await decide(manager, approvalId, 0)).errors).toBeUndefined();
    expect(codes(await decide(manager, approvalId, 0))).toEqual(['CONFLICT']);
    expect(codes(await decide(await buildUser(suite.server.dataSource, [Role.SALES]), approvalId, 1))).toEqual(['FORBIDDEN']);
    expect(codes(await new ApiClient(suite.server).request(DECIDE, { input: { approvalId, step: 1, decision: 'APPROVE' } }))).toEqual(['UNAUTHENTICATED']);
  });

  it('two managers approving the same step at once: exactly one succeeds', async () => {
    const { approvalId } = await scenario();
    const managers = await Promise.all(Array.from({ length: 4 }, () => buildUser(suite.server.dataSource, [Role.PRESALES_MANAGER])));
    const results = await Promise.all(managers.map((manager) => decide(manager, approvalId, 0)));
    expect(results.map((r) => (r.errors ? codes(r)[0] : 'OK')).sort()).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'OK']);
  });

  it('a rejection needs a comment and ends the approval; nobody is added', async () => {
    const { project, candidate, manager, director, approvalId } = await scenario();
    expect((await decide(manager, approvalId, 0)).errors).toBeUndefined();
    const missing = await decide(director, approvalId, 1, 'REJECT');
    expect(codes(missing)).toEqual(['VALIDATION']);
    expect(missing.errors?.[0].extensions?.fields).toEqual({ comment: 'REQUIRED' });
    const rejected = await decide(director, approvalId, 1, 'REJECT', '本季度人力已满，请第二售前支持');
    expect(rejected.data?.decideApproval).toMatchObject({ status: 'REJECTED' });
    expect(rejected.data?.decideApproval.steps.map((s) => s.status)).toEqual(['APPROVED', 'REJECTED', 'WAITING']);
    expect(await suite.server.dataSource.getRepository(ProjectMember).countBy({ projectId: project.id, userId: candidate.id })).toBe(0);
  });

  it('only the responsible sales or first pre-sales may ask, for a pre-sales who is not yet on the project', async () => {
    const ds = suite.server.dataSource;
    const second = await buildUser(ds, [Role.PRESALES]);
    const project = await buildProject(ds, { secondPresales: second });
    const candidate = await buildUser(ds, [Role.PRESALES]);
    const ask = async (user: User | null, candidateId: string) =>
      (user ? await as(user) : new ApiClient(suite.server)).request(REQUEST, { input: { projectId: project.id, candidateId, reason: '需要增援' } });
    expect(codes(await ask(null, candidate.id))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await ask(second, candidate.id))).toEqual(['FORBIDDEN']);
    expect(codes(await ask(await buildUser(ds, [Role.GM]), candidate.id))).toEqual(['FORBIDDEN']); // not a SALES or PRESALES
    expect(codes(await ask(await buildUser(ds, [Role.PRESALES]), candidate.id))).toEqual(['NOT_FOUND']);
    const notPresales = await ask(project.parts.sales, (await buildUser(ds, [Role.RND])).id);
    expect(notPresales.errors?.[0].extensions?.fields).toEqual({ candidateId: 'NOT_PRESALES' });
    const already = await ask(project.parts.sales, second.id);
    expect(already.errors?.[0].extensions?.fields).toEqual({ candidateId: 'ALREADY_MEMBER' });
    expect((await ask(project.parts.sales, candidate.id)).errors).toBeUndefined();
  });

  it('the inbox is live: each approver is told when a request reaches them, others never', async () => {
    const ds = suite.server.dataSource;
    const [manager, director, sales] = [await buildUser(ds, [Role.PRESALES_MANAGER]), await buildUser(ds, [Role.TECH_DIRECTOR]), await buildUser(ds, [Role.SALES])];
    const feedOf = (user: User) => feed<{ approvalsInboxChanged: { seq: number; approval: { id: string; currentStep: number } } }>(user, 'subscription { approvalsInboxChanged { seq approval { id currentStep } } }');
    const [managerFeed, directorFeed, salesFeed] = [await feedOf(manager), await feedOf(director), await feedOf(sales)];
    await until(() => suite.server.services.bus.listenerCount >= 3, 'three inbox subscriptions');

    const project = await buildProject(ds);
    const candidate = await buildUser(ds, [Role.PRESALES]);
    const asked = await (await as(project.parts.sales)).request<{ requestResource: { approval: { id: string } } }>(REQUEST, {
      input: { projectId: project.id, candidateId: candidate.id, reason: '需要增援一名售前' },
    });
    const approvalId = asked.data!.requestResource.approval.id;
    expect((await managerFeed.next(1))[0].approvalsInboxChanged.approval).toEqual({ id: approvalId, currentStep: 0 });
    expect((await decide(manager, approvalId, 0)).errors).toBeUndefined();
    expect((await directorFeed.next(1))[0].approvalsInboxChanged.approval).toEqual({ id: approvalId, currentStep: 1 });
    expect((await managerFeed.next(2))[1].approvalsInboxChanged.approval).toEqual({ id: approvalId, currentStep: 1 }); // left the manager's inbox
    expect(salesFeed.items).toEqual([]);
  });
});
