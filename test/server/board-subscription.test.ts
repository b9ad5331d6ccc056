import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { subscriptionExecutions } from '../../server/src/platform/graphql/subscription-groups';
import { ProjectMember } from '../../server/src/modules/projects/project-member.entity';
import { Role } from '../../server/src/modules/users/role.enum';
import type { User } from '../../server/src/modules/users/user.entity';
import { buildProject, buildUser } from '../helpers/factories';
import { collect, connected } from '../helpers/graphql-client';
import { serverSuite } from '../helpers/server-suite';
import { until } from '../helpers/wait';

const BOARD_CHANGED = 'subscription { boardChanged { seq kind project { id stage version viewerCan { moveStage } } } }';
const MOVE = 'mutation($input: MoveProjectStageInput!) { moveProjectStage(input: $input) { id } }';

interface Pushed {
  boardChanged: { seq: number; kind: string; project: { id: string; stage: string; viewerCan: { moveStage: boolean } } };
}

describe('boardChanged subscription', () => {
  const suite = serverSuite();
  const { as, ws } = suite;

  const socketFor = async (user: User) => {
    const { api, client } = await ws(user);
    await connected(client);
    return { api, client };
  };
  const moveStage = async (user: User, projectId: string, from: string, to: string, expectedVersion = 1) => {
    const api = await as(user);
    const response = await api.request(MOVE, { input: { projectId, from, to, expectedVersion } });
    expect(response.errors).toBeUndefined();
  };

  /** Every socket opened so far has its subscription registered on the bus. */
  const subscribed = (count: number) => until(() => suite.server.services.bus.listenerCount >= count, `${count} bus listeners`);

  it('pushes a stage change, with seq, to a member and a manager, and never to an outsider', async () => {
    const ds = suite.server.dataSource;
    const project = await buildProject(ds);
    const outsider = await buildUser(ds, [Role.SALES]);
    const outsidersOwn = await buildProject(ds, { sales: outsider });
    const member = collect<Pushed>((await socketFor(project.parts.firstPresales)).client, BOARD_CHANGED);
    const manager = collect<Pushed>((await socketFor(await buildUser(ds, [Role.PRESALES_MANAGER]))).client, BOARD_CHANGED);
    const stranger = collect<Pushed>((await socketFor(outsider)).client, BOARD_CHANGED);
    await subscribed(3);

    await moveStage(project.parts.sales, project.id, 'INITIATED', 'PRESALES');
    // Then a change the outsider may see: events arrive in order, so if the first had been
    // pushed to them, it would be in front of this one.
    await moveStage(outsider, outsidersOwn.id, 'INITIATED', 'PRESALES');

    const [forMember] = await member.next(1);
    expect(forMember.boardChanged).toMatchObject({ kind: 'STAGE_CHANGED', project: { id: project.id, stage: 'PRESALES', viewerCan: { moveStage: true } } });
    expect(forMember.boardChanged.seq).toBeGreaterThan(0);
    const forManager = await manager.next(2);
    expect(forManager.map((p) => p.boardChanged.project.id)).toEqual([project.id, outsidersOwn.id]);
    const forStranger = await stranger.next(1);
    expect(forStranger.map((p) => p.boardChanged.project.id)).toEqual([outsidersOwn.id]);
    expect(member.items).toHaveLength(1);
  });

  it('pushes new projects to the people named on them', async () => {
    const ds = suite.server.dataSource;
    const presales = await buildUser(ds, [Role.PRESALES]);
    const sales = await buildUser(ds, [Role.SALES]);
    const feed = collect<Pushed>((await socketFor(presales)).client, BOARD_CHANGED);
    await subscribed(1);
    const customer = await ds.query(`INSERT INTO customer (name) VALUES ('推送客户') RETURNING id`);
    const api = await as(sales);
    const created = await api.request<{ initiateProject: { id: string } }>(
      'mutation($input: InitiateProjectInput!) { initiateProject(input: $input) { id } }',
      { input: { customerId: customer[0].id, name: '新项目', responsibleSalesId: sales.id, firstPresalesId: presales.id, supportTypes: ['TRAINING'], requirements: '两天的产品操作培训，含实验环境' } },
    );
    const [pushed] = await feed.next(1);
    expect(pushed.boardChanged).toMatchObject({ kind: 'CREATED', project: { id: created.data?.initiateProject.id, stage: 'INITIATED' } });
  });

  it('re-checks visibility on every event: a member removed mid-subscription gets nothing more', async () => {
    const ds = suite.server.dataSource;
    const second = await buildUser(ds, [Role.PRESALES]);
    const project = await buildProject(ds, { secondPresales: second });
    const watcher = await buildUser(ds, [Role.SALES]);
    const watchersOwn = await buildProject(ds, { sales: watcher, firstPresales: second });
    const feed = collect<Pushed>((await socketFor(second)).client, BOARD_CHANGED);
    await subscribed(1);
    await moveStage(project.parts.sales, project.id, 'INITIATED', 'PRESALES');
    await feed.next(1);
    await ds.getRepository(ProjectMember).delete({ projectId: project.id, userId: second.id });
    await moveStage(project.parts.sales, project.id, 'PRESALES', 'BIDDING', 2);
    await moveStage(watcher, watchersOwn.id, 'INITIATED', 'PRESALES');
    const items = await feed.next(2);
    expect(items.map((p) => [p.boardChanged.project.id, p.boardChanged.project.stage])).toEqual([
      [project.id, 'PRESALES'],
      [watchersOwn.id, 'PRESALES'],
    ]);
  });

  it('refuses a WebSocket without a session (close 4403)', async () => {
    const { closed } = await ws(null);
    expect((await closed).code).toBe(4403);
  });

  it('refuses a WebSocket from a foreign Origin at the handshake', async () => {
    const api = await as(await buildUser(suite.server.dataSource, [Role.SALES]));
    const statusFor = (origin: string) =>
      new Promise<number>((resolve) => {
        const socket = new WebSocket(`ws://127.0.0.1:${suite.server.port}/graphql`, 'graphql-transport-ws', { headers: { cookie: api.cookie ?? '', origin } });
        socket.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
        socket.on('open', () => {
          socket.close();
          resolve(101);
        });
      });
    expect(await statusFor('https://evil.example')).toBe(403);
    expect(await statusFor(`http://127.0.0.1:${suite.server.port}`)).toBe(101);
  });

  it('runs one execution per event for viewers who see the same board, one per viewer otherwise', async () => {
    const ds = suite.server.dataSource;
    const project = await buildProject(ds);
    const gms = [await buildUser(ds, [Role.GM]), await buildUser(ds, [Role.GM]), await buildUser(ds, [Role.GM])];
    const feeds = [];
    for (const gm of gms) feeds.push(collect<Pushed>((await socketFor(gm)).client, BOARD_CHANGED));
    const memberFeed = collect<Pushed>((await socketFor(project.parts.sales)).client, BOARD_CHANGED);
    const secondTab = collect<Pushed>((await socketFor(project.parts.sales)).client, BOARD_CHANGED);
    // one bus listener per group: the GMs' and the sales' two tabs
    await until(() => suite.server.services.bus.listenerCount >= 2 && feeds.length === 3, 'two subscription groups');
    await new Promise((r) => setTimeout(r, 50)); // the later members join groups that already listen
    const before = subscriptionExecutions();
    await moveStage(project.parts.sales, project.id, 'INITIATED', 'PRESALES');
    for (const feed of [...feeds, memberFeed, secondTab]) await feed.next(1);
    // three GMs share one group; the sales' two tabs share another
    expect(subscriptionExecutions() - before).toBe(2);
    expect(feeds.every((feed) => feed.items[0].boardChanged.project.viewerCan.moveStage === false)).toBe(true);
    expect(secondTab.items[0].boardChanged.project.viewerCan.moveStage).toBe(true);
  });

  it('stops pushing to a member of a shared group whose account is disabled or whose roles change, and keeps serving the rest', async () => {
    const ds = suite.server.dataSource;
    const project = await buildProject(ds);
    const [owner, disabled, demoted] = [await buildUser(ds, [Role.GM]), await buildUser(ds, [Role.GM]), await buildUser(ds, [Role.GM])];
    const ownerFeed = collect<Pushed>((await socketFor(owner)).client, BOARD_CHANGED);
    await subscribed(1);
    const disabledFeed = collect<Pushed>((await socketFor(disabled)).client, BOARD_CHANGED);
    const demotedFeed = collect<Pushed>((await socketFor(demoted)).client, BOARD_CHANGED);
    await new Promise((r) => setTimeout(r, 100)); // joining an existing group leaves no trace on the bus
    await moveStage(project.parts.sales, project.id, 'INITIATED', 'PRESALES');
    for (const feed of [ownerFeed, disabledFeed, demotedFeed]) await feed.next(1);

    await ds.query('UPDATE app_user SET active = false WHERE id = $1', [disabled.id]);
    await ds.query(`UPDATE app_user SET roles = '{SALES}' WHERE id = $1`, [demoted.id]);
    await moveStage(project.parts.sales, project.id, 'PRESALES', 'BIDDING', 2);
    await ownerFeed.next(2);
    expect(ownerFeed.items[1].boardChanged.project.stage).toBe('BIDDING');
    await until(() => disabledFeed.errors.length > 0 && demotedFeed.errors.length > 0, 'errors for the disabled and the demoted');
    expect(JSON.stringify(disabledFeed.errors)).toContain('UNAUTHENTICATED');
    expect(disabledFeed.items).toHaveLength(1);
    expect(demotedFeed.items).toHaveLength(1);

    // and the group keeps working for the others when its first member is the one disabled
    await ds.query('UPDATE app_user SET active = false WHERE id = $1', [owner.id]);
    const late = await buildUser(ds, [Role.GM]);
    const lateFeed = collect<Pushed>((await socketFor(late)).client, BOARD_CHANGED);
    await new Promise((r) => setTimeout(r, 100));
    await moveStage(project.parts.sales, project.id, 'BIDDING', 'WON', 3);
    const [pushed] = await lateFeed.next(1);
    expect(pushed.boardChanged.project.stage).toBe('WON');
  });

  it('checks the session again for each new operation on an open socket', async () => {
    const ds = suite.server.dataSource;
    const user = await buildUser(ds, [Role.GM]);
    const { client, closed } = await ws(user);
    await connected(client);
    await ds.query(`UPDATE session SET expires_at = now() - interval '1 minute'`);
    collect(client, '{ projects { id } }');
    expect((await closed).code).toBe(4401);
  });
});
