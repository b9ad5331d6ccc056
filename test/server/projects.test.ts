import { describe, expect, it } from 'vitest';
import { EventRecord } from '../../server/src/platform/events/event.entity';
import { ProjectMember } from '../../server/src/modules/projects/project-member.entity';
import { Role } from '../../server/src/modules/users/role.enum';
import type { User } from '../../server/src/modules/users/user.entity';
import { buildCustomer, buildProject, buildUser } from '../helpers/factories';
import { ApiClient, codes } from '../helpers/graphql-client';
import { serverSuite } from '../helpers/server-suite';

const BOARD = '{ projects { id name stage version viewerCan { moveStage nextStages } } }';
const PROJECT = 'query($id: ID!) { project(id: $id) { id name initiation { revision requirements responsibleSales { id } } members { role user { id } } } }';
const MOVE = 'mutation($input: MoveProjectStageInput!) { moveProjectStage(input: $input) { id stage version } }';
const INITIATE = 'mutation($input: InitiateProjectInput!) { initiateProject(input: $input) { id name stage supportTypes members { role user { id } } initiation { revision requirements wantedStart wantedEnd } } }';

describe('projects: board visibility, initiation and stage moves', () => {
  const suite = serverSuite();
  const { as } = suite;
  const boardOf = async (user: User) =>
    ((await (await as(user)).request<{ projects: { id: string }[] }>(BOARD)).data?.projects ?? []).map((p) => p.id).sort();

  describe('visibility (SPEC §1), filtered in SQL', () => {
    it('a sales sees only their projects; a pre-sales only where they are first or second', async () => {
      const ds = suite.server.dataSource;
      const [salesA, salesB, presalesA, presalesB] = await Promise.all([
        buildUser(ds, [Role.SALES]),
        buildUser(ds, [Role.SALES]),
        buildUser(ds, [Role.PRESALES]),
        buildUser(ds, [Role.PRESALES]),
      ]);
      const p1 = await buildProject(ds, { sales: salesA, firstPresales: presalesA });
      const p2 = await buildProject(ds, { sales: salesA, firstPresales: presalesB, secondPresales: presalesA });
      const p3 = await buildProject(ds, { sales: salesB, firstPresales: presalesB });
      expect(await boardOf(salesA)).toEqual([p1.id, p2.id].sort());
      expect(await boardOf(salesB)).toEqual([p3.id]);
      expect(await boardOf(presalesA)).toEqual([p1.id, p2.id].sort());
      expect(await boardOf(presalesB)).toEqual([p2.id, p3.id].sort());
    });

    it.each([Role.PRESALES_MANAGER, Role.TECH_DIRECTOR, Role.GM, Role.SALES_DIRECTOR])('%s sees every project', async (role) => {
      const ds = suite.server.dataSource;
      const projects = [await buildProject(ds), await buildProject(ds), await buildProject(ds)];
      expect(await boardOf(await buildUser(ds, [role]))).toEqual(projects.map((p) => p.id).sort());
    });

    it.each([Role.RND, Role.TESTER, Role.CUSTOMER, Role.ADMIN, Role.CHIEF_ENGINEER, Role.RND_MANAGER])('%s without membership sees no project', async (role) => {
      const ds = suite.server.dataSource;
      await buildProject(ds);
      expect(await boardOf(await buildUser(ds, [role]))).toEqual([]);
    });

    it('project(id) answers NOT_FOUND for a project the viewer may not see, without revealing it exists', async () => {
      const ds = suite.server.dataSource;
      const project = await buildProject(ds);
      const outsider = await as(await buildUser(ds, [Role.SALES]));
      expect(codes(await outsider.request(PROJECT, { id: project.id }))).toEqual(['NOT_FOUND']);
      expect(codes(await outsider.request(PROJECT, { id: '00000000-0000-4000-8000-000000000000' }))).toEqual(['NOT_FOUND']);
      expect(codes(await outsider.request(PROJECT, { id: 'not-a-uuid' }))).toEqual(['NOT_FOUND']);
      const member = await as(project.parts.sales);
      const seen = await member.request<{ project: { id: string; initiation: { revision: number } } }>(PROJECT, { id: project.id });
      expect(seen.data?.project).toMatchObject({ id: project.id, initiation: { revision: 1 } });
    });

    it('every project query and mutation refuses anonymous callers with UNAUTHENTICATED', async () => {
      const project = await buildProject(suite.server.dataSource);
      const anonymous = new ApiClient(suite.server);
      const operations: [string, Record<string, unknown>?][] = [
        [BOARD],
        [PROJECT, { id: project.id }],
        ['{ latestSeq }'],
        ['{ changesSince(seq: 0) { cursor } }'],
        ['{ users { id } }'],
        ['{ customers { id } }'],
        [MOVE, { input: { projectId: project.id, from: 'INITIATED', to: 'PRESALES', expectedVersion: 1 } }],
        [INITIATE, { input: initiationInput(project.parts.customer.id, project.parts.sales, project.parts.firstPresales) }],
      ];
      for (const [query, variables] of operations) expect(codes(await anonymous.request(query, variables)), query).toEqual(['UNAUTHENTICATED']);
    });

    it('a customer may not list colleagues or customers (FORBIDDEN)', async () => {
      const customer = await as(await buildUser(suite.server.dataSource, [Role.CUSTOMER]));
      expect(codes(await customer.request('{ users { id } }'))).toEqual(['FORBIDDEN']);
      expect(codes(await customer.request('{ customers { id } }'))).toEqual(['FORBIDDEN']);
    });

    it('staff can list pre-sales colleagues by role', async () => {
      const ds = suite.server.dataSource;
      const presales = await buildUser(ds, [Role.PRESALES]);
      await buildUser(ds, [Role.SALES]);
      const sales = await as(await buildUser(ds, [Role.SALES]));
      const response = await sales.request<{ users: { id: string }[] }>('{ users(role: PRESALES) { id } }');
      expect(response.data?.users.map((u) => u.id)).toEqual([presales.id]);
    });
  });

  describe('initiateProject (立项, 第九–十一条)', () => {
    it('a sales initiates their own project: form revision 1, members, event', async () => {
      const ds = suite.server.dataSource;
      const [sales, first, second, customer] = await Promise.all([
        buildUser(ds, [Role.SALES]),
        buildUser(ds, [Role.PRESALES]),
        buildUser(ds, [Role.PRESALES]),
        buildCustomer(ds),
      ]);
      const response = await (await as(sales)).request<{ initiateProject: { id: string; stage: string; members: { role: string; user: { id: string } }[] } }>(INITIATE, {
        input: { ...initiationInput(customer.id, sales, first), secondPresalesId: second.id, wantedStart: '2026-12-01', wantedEnd: '2026-12-20' },
      });
      expect(response.errors).toBeUndefined();
      const created = response.data!.initiateProject;
      expect(created).toMatchObject({ stage: 'INITIATED', initiation: { revision: 1, wantedStart: '2026-12-01', wantedEnd: '2026-12-20' } });
      expect(created.members.map((m) => [m.role, m.user.id]).sort()).toEqual(
        [['FIRST_PRESALES', first.id], ['RESPONSIBLE_SALES', sales.id], ['SECOND_PRESALES', second.id]].sort(),
      );
      const events = await ds.getRepository(EventRecord).findBy({ projectId: created.id });
      expect(events.map((e) => e.type)).toEqual(['PROJECT_INITIATED']);
      expect(await boardOf(first)).toEqual([created.id]);
    });

    it.each([Role.PRESALES, Role.RND, Role.GM, Role.CUSTOMER])('%s may not initiate (FORBIDDEN)', async (role) => {
      const ds = suite.server.dataSource;
      const [sales, first, customer] = await Promise.all([buildUser(ds, [Role.SALES]), buildUser(ds, [Role.PRESALES]), buildCustomer(ds)]);
      const response = await (await as(await buildUser(ds, [role]))).request(INITIATE, { input: initiationInput(customer.id, sales, first) });
      expect(codes(response)).toEqual(['FORBIDDEN']);
      expect(await ds.getRepository(EventRecord).count()).toBe(0);
    });

    it('rejects an incomplete or inconsistent form with VALIDATION, field by field', async () => {
      const ds = suite.server.dataSource;
      const [sales, otherSales, first, customer] = await Promise.all([
        buildUser(ds, [Role.SALES]),
        buildUser(ds, [Role.SALES]),
        buildUser(ds, [Role.PRESALES]),
        buildCustomer(ds),
      ]);
      const client = await as(sales);
      const response = await client.request(INITIATE, {
        input: {
          ...initiationInput(customer.id, otherSales, sales),
          name: '   ',
          requirements: '支持',
          supportTypes: [],
          secondPresalesId: first.id,
          wantedStart: '2026-12-20',
          wantedEnd: '2026-12-01',
        },
      });
      expect(codes(response)).toEqual(['VALIDATION']);
      expect(response.errors?.[0].extensions?.fields).toEqual({
        name: 'REQUIRED',
        requirements: 'TOO_SHORT',
        supportTypes: 'REQUIRED',
        wantedEnd: 'BEFORE_START',
        responsibleSalesId: 'MUST_BE_SELF',
        firstPresalesId: 'NOT_PRESALES',
      });
      const same = await client.request(INITIATE, { input: { ...initiationInput(customer.id, sales, first), secondPresalesId: first.id } });
      expect(same.errors?.[0].extensions?.fields).toEqual({ secondPresalesId: 'SAME_AS_FIRST' });
      expect(await ds.getRepository(EventRecord).count()).toBe(0);
    });

    it('a pre-sales manager may initiate for any sales', async () => {
      const ds = suite.server.dataSource;
      const [sales, first, customer, manager] = await Promise.all([
        buildUser(ds, [Role.SALES]),
        buildUser(ds, [Role.PRESALES]),
        buildCustomer(ds),
        buildUser(ds, [Role.PRESALES_MANAGER]),
      ]);
      const response = await (await as(manager)).request(INITIATE, { input: initiationInput(customer.id, sales, first) });
      expect(response.errors).toBeUndefined();
    });
  });

  describe('moveProjectStage (SPEC §2), compare-and-set', () => {
    const move = (projectId: string, from: string, to: string, expectedVersion = 1) => ({ input: { projectId, from, to, expectedVersion } });

    it.each([
      ['responsible sales', 'sales'],
      ['first pre-sales', 'firstPresales'],
    ] as const)('the %s moves a stage; version goes up; an event is logged', async (_label, who) => {
      const project = await buildProject(suite.server.dataSource);
      const client = await as(project.parts[who]);
      const response = await client.request(MOVE, move(project.id, 'INITIATED', 'PRESALES'));
      expect(response.data).toEqual({ moveProjectStage: { id: project.id, stage: 'PRESALES', version: 2 } });
      const events = await suite.server.dataSource.getRepository(EventRecord).findBy({ projectId: project.id });
      expect(events.map((e) => [e.type, e.payload])).toEqual([['PROJECT_STAGE_CHANGED', { from: 'INITIATED', to: 'PRESALES' }]]);
    });

    it('viewerCan tells each viewer what they may do', async () => {
      const ds = suite.server.dataSource;
      const project = await buildProject(ds);
      const board = async (user: User) => (await (await as(user)).request<{ projects: { viewerCan: unknown }[] }>(BOARD)).data?.projects[0].viewerCan;
      expect(await board(project.parts.sales)).toEqual({ moveStage: true, nextStages: ['PRESALES', 'CLOSED'] });
      expect(await board(await buildUser(ds, [Role.PRESALES_MANAGER]))).toEqual({ moveStage: true, nextStages: ['PRESALES', 'CLOSED'] });
      expect(await board(await buildUser(ds, [Role.GM]))).toEqual({ moveStage: false, nextStages: [] });
    });

    it('a viewer who sees but does not drive the project gets FORBIDDEN; a stranger NOT_FOUND', async () => {
      const ds = suite.server.dataSource;
      const project = await buildProject(ds);
      const gm = await as(await buildUser(ds, [Role.GM]));
      expect(codes(await gm.request(MOVE, move(project.id, 'INITIATED', 'PRESALES')))).toEqual(['FORBIDDEN']);
      const tester = await buildUser(ds, [Role.TESTER]);
      await ds.getRepository(ProjectMember).insert({ projectId: project.id, userId: tester.id, role: 'TESTER' as ProjectMember['role'] });
      expect(codes(await (await as(tester)).request(MOVE, move(project.id, 'INITIATED', 'PRESALES')))).toEqual(['FORBIDDEN']);
      const stranger = await as(await buildUser(ds, [Role.SALES]));
      expect(codes(await stranger.request(MOVE, move(project.id, 'INITIATED', 'PRESALES')))).toEqual(['NOT_FOUND']);
    });

    it('refuses a move the flow does not allow with INVALID_STAGE_TRANSITION', async () => {
      const project = await buildProject(suite.server.dataSource);
      const client = await as(project.parts.sales);
      expect(codes(await client.request(MOVE, move(project.id, 'INITIATED', 'WON')))).toEqual(['INVALID_STAGE_TRANSITION']);
    });

    it('a stale version or stage is a CONFLICT and changes nothing', async () => {
      const project = await buildProject(suite.server.dataSource);
      const client = await as(project.parts.sales);
      expect(codes(await client.request(MOVE, move(project.id, 'INITIATED', 'PRESALES', 7)))).toEqual(['CONFLICT']);
      const board = await client.request<{ projects: { stage: string; version: number }[] }>(BOARD);
      expect(board.data?.projects[0]).toMatchObject({ stage: 'INITIATED', version: 1 });
    });

    it('of concurrent moves from the same stage exactly one succeeds; the others get CONFLICT', async () => {
      const ds = suite.server.dataSource;
      const project = await buildProject(ds);
      const clients = await Promise.all([as(project.parts.sales), as(project.parts.sales), as(project.parts.firstPresales), as(await buildUser(ds, [Role.PRESALES_MANAGER]))]);
      const targets = ['PRESALES', 'CLOSED', 'PRESALES', 'CLOSED'];
      const results = await Promise.all(clients.map((client, i) => client.request(MOVE, move(project.id, 'INITIATED', targets[i]))));
      const outcomes = results.map((r) => (r.errors ? codes(r)[0] : 'OK')).sort();
      expect(outcomes).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'OK']);
      const events = await ds.getRepository(EventRecord).findBy({ projectId: project.id });
      expect(events).toHaveLength(1);
    });
  });
});

function initiationInput(customerId: string, sales: User, firstPresales: User) {
  return {
    customerId,
    name: '调度数据网远程运维平台',
    responsibleSalesId: sales.id,
    firstPresalesId: firstPresales.id,
    supportTypes: ['EXCHANGE', 'PRODUCT_TEST'],
    requirements: '向客户介绍远程运维产品架构，重点演示跨网段远程控制。',
  };
}
