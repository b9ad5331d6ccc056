import { describe, expect, it } from 'vitest';
import { Role } from '../../server/src/modules/users/role.enum';
import type { User } from '../../server/src/modules/users/user.entity';
import { buildProject, buildUser } from '../helpers/factories';
import { codes } from '../helpers/graphql-client';
import { serverSuite } from '../helpers/server-suite';

const BOARD_CHANGED = 'subscription { boardChanged { seq kind project { id stage members { role user { id } } } } }';
const REQUEST = 'mutation($input: RequestResourceInput!) { requestResource(input: $input) { approval { id } } }';
const DECIDE = 'mutation($input: DecideApprovalInput!) { decideApproval(input: $input) { id status } }';
const MOVE = 'mutation($input: MoveProjectStageInput!) { moveProjectStage(input: $input) { id } }';

interface Pushed {
  boardChanged: { seq: number; kind: string; project: { id: string; stage: string; members: { role: string; user: { id: string } }[] } };
}

describe('board membership push: an approved resource request puts the project on the new member’s board', () => {
  const suite = serverSuite();
  const { as, feed, subscribed } = suite;

  const feedOf = (user: User) => feed<Pushed>(user, BOARD_CHANGED);
  const decide = async (user: User, approvalId: string, step: number, decision = 'APPROVE', comment?: string) => {
    const response = await (await as(user)).request<{ decideApproval: { status: string } }>(DECIDE, { input: { approvalId, step, decision, comment } });
    expect(response.errors).toBeUndefined();
    return response.data!.decideApproval;
  };
  const move = async (user: User, projectId: string, from: string, to: string) => {
    const response = await (await as(user)).request(MOVE, { input: { projectId, from, to, expectedVersion: 1 } });
    expect(response.errors).toBeUndefined();
  };
  /** A project, a candidate pre-sales, the three approvers, and a pending resource request for the candidate. */
  const scenario = async () => {
    const ds = suite.server.dataSource;
    const project = await buildProject(ds);
    const candidate = await buildUser(ds, [Role.PRESALES]);
    const [manager, director, gm] = [await buildUser(ds, [Role.PRESALES_MANAGER]), await buildUser(ds, [Role.TECH_DIRECTOR]), await buildUser(ds, [Role.GM])];
    return { project, candidate, manager, director, gm };
  };
  const ask = async (project: { id: string; parts: { firstPresales: User } }, candidate: User) => {
    const response = await (await as(project.parts.firstPresales)).request<{ requestResource: { approval: { id: string } } }>(REQUEST, {
      input: { projectId: project.id, candidateId: candidate.id, reason: '实施阶段需要增援一名售前负责终端批量部署' },
    });
    expect(response.errors).toBeUndefined();
    return response.data!.requestResource.approval.id;
  };

  it('on final approval the candidate’s boardChanged gets the project with MEMBERS_CHANGED; an unrelated pre-sales gets nothing', async () => {
    const ds = suite.server.dataSource;
    const { project, candidate, manager, director, gm } = await scenario();
    const unrelated = await buildUser(ds, [Role.PRESALES]);
    const unrelatedOwn = await buildProject(ds, { firstPresales: unrelated });
    const candidateFeed = await feedOf(candidate);
    const unrelatedFeed = await feedOf(unrelated);
    const salesFeed = await feedOf(project.parts.sales);
    await subscribed(3);

    const before = await (await as(candidate)).request('query($id: ID!) { project(id: $id) { id } }', { id: project.id });
    expect(codes(before)).toEqual(['NOT_FOUND']);

    const approvalId = await ask(project, candidate);
    await decide(manager, approvalId, 0);
    await decide(director, approvalId, 1);
    expect((await decide(gm, approvalId, 2)).status).toBe('APPROVED');

    // The last decision's counter change and the membership arrive together; the candidate is
    // a member by then, so both reach them.
    const pushed = (await candidateFeed.next(2)).map((p) => p.boardChanged);
    expect(pushed.map((change) => [change.kind, change.project.id])).toEqual([
      ['COUNTERS_CHANGED', project.id],
      ['MEMBERS_CHANGED', project.id],
    ]);
    expect(pushed[1]).toMatchObject({ project: { stage: 'INITIATED' } });
    expect(pushed[1].seq).toBeGreaterThan(pushed[0].seq);
    expect(pushed[1].project.members).toContainEqual({ role: 'ADDITIONAL_PRESALES', user: { id: candidate.id } });
    // The existing members are told as well (after the counters of each step).
    expect((await salesFeed.next(5)).map((p) => p.boardChanged.kind)).toEqual(['COUNTERS_CHANGED', 'COUNTERS_CHANGED', 'COUNTERS_CHANGED', 'COUNTERS_CHANGED', 'MEMBERS_CHANGED']);

    // A fence: a change the unrelated pre-sales may see. Events arrive in order, so had the
    // membership change been pushed to them, it would be in front of this one.
    await move(unrelated, unrelatedOwn.id, 'INITIATED', 'PRESALES');
    expect((await unrelatedFeed.next(1)).map((p) => [p.boardChanged.kind, p.boardChanged.project.id])).toEqual([['STAGE_CHANGED', unrelatedOwn.id]]);
    await suite.server.services.bus.settle();
    expect(unrelatedFeed.items).toHaveLength(1);
    expect(candidateFeed.items).toHaveLength(2); // the unrelated project's move is not theirs either
  });

  it('a rejected request pushes nothing to the candidate’s board', async () => {
    const ds = suite.server.dataSource;
    const { project, candidate, manager, director } = await scenario();
    const candidatesOwn = await buildProject(ds, { firstPresales: candidate });
    const candidateFeed = await feedOf(candidate);
    await subscribed(1);

    const approvalId = await ask(project, candidate);
    await decide(manager, approvalId, 0);
    expect((await decide(director, approvalId, 1, 'REJECT', '本季度人力已满')).status).toBe('REJECTED');

    await move(candidate, candidatesOwn.id, 'INITIATED', 'PRESALES');
    expect((await candidateFeed.next(1)).map((p) => [p.boardChanged.kind, p.boardChanged.project.id])).toEqual([['STAGE_CHANGED', candidatesOwn.id]]);
    await suite.server.services.bus.settle();
    expect(candidateFeed.items).toHaveLength(1);
  });

  it('a manager’s board (role-scoped) also gets MEMBERS_CHANGED, once per approval', async () => {
    const { project, candidate, manager, director, gm } = await scenario();
    const managerFeed = await feedOf(await buildUser(suite.server.dataSource, [Role.PRESALES_MANAGER]));
    await subscribed(1);
    const approvalId = await ask(project, candidate);
    await decide(manager, approvalId, 0);
    await decide(director, approvalId, 1);
    await decide(gm, approvalId, 2);
    const pushed = await managerFeed.next(5);
    expect(pushed[4].boardChanged).toMatchObject({ kind: 'MEMBERS_CHANGED', project: { id: project.id } });
    await move(project.parts.sales, project.id, 'INITIATED', 'PRESALES');
    const kinds = (await managerFeed.next(6)).map((p) => p.boardChanged.kind).filter((kind) => kind !== 'COUNTERS_CHANGED');
    expect(kinds).toEqual(['MEMBERS_CHANGED', 'STAGE_CHANGED']);
  });
});
