import { describe, expect, it } from 'vitest';
import { Role } from '../../server/src/modules/users/role.enum';
import { subscriptionExecutions } from '../../server/src/platform/graphql/subscription-groups';
import { buildCustomer, buildProject, buildUser } from '../helpers/factories';
import type { GraphQLResponse } from '../helpers/graphql-client';
import { serverSuite } from '../helpers/server-suite';
import { until, untilDispatched } from '../helpers/wait';

const FEED = 'subscription { dashboardChanged { seq kind } }';
const CREATE_TICKET = 'mutation($input: CreateTicketInput!) { createTicket(input: $input) { id } }';
const FILE_REPORT = 'mutation($input: FileCommunicationReportInput!) { fileCommunicationReport(input: $input) { id } }';
const ISSUES = 'query($id: ID!) { project(id: $id) { remainingIssues { id version } } }';
const MARK_SEVERE = 'mutation($input: RemainingIssueStepInput!) { markObviousSevereBug(input: $input) { id } }';
const SUBMIT_ORDER = 'mutation($input: SubmitFaultWorkOrderInput!) { submitFaultWorkOrder(input: $input) { id } }';

interface Pushed {
  dashboardChanged: { seq: number; kind: 'TICKETS' | 'RND' | 'REPORTS' };
}

describe('dashboardChanged: live dashboards (SPEC §9, §8)', () => {
  const suite = serverSuite();
  const ds = () => suite.server.dataSource;
  const ok = <T>(response: GraphQLResponse<T>): T => {
    expect(response.errors).toBeUndefined();
    return response.data!;
  };
  const kindsOf = (feed: { items: Pushed[] }) => feed.items.map((item) => item.dashboardChanged.kind);
  /** Lets joined members settle in their group: joining an existing group leaves no trace on the bus. */
  const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

  /** A project and its first pre-sales, signed in. */
  const world = async () => {
    const project = await buildProject(ds());
    const engineer = await suite.as(project.parts.firstPresales);
    return { project, engineer, customer: project.parts.customer };
  };
  type World = Awaited<ReturnType<typeof world>>;

  /** One ticket change: an intake by the engineer (TICKETS). */
  const fileTicket = async (w: World) =>
    ok(
      await w.engineer.request(CREATE_TICKET, {
        input: { channel: 'PHONE', customerId: w.customer.id, title: '终端准入客户端无法上线', description: '安装后始终显示未认证', category: 'FAULT', priority: 'HIGH' },
      }),
    );
  /** A report with a remaining problem (REPORTS), marked an obvious severe bug and sent to R&D as a fault work order (RND). */
  const reportAndWorkOrder = async (w: World) => {
    ok(
      await w.engineer.request(FILE_REPORT, {
        input: {
          projectId: w.project.id,
          result: 'ISSUE_REMAINING',
          method: 'REMOTE',
          communicator: '客户信息中心 李工',
          communicatedAt: new Date(Date.now() - 3_600_000).toISOString(),
          problemsHandled: ['为客户配置AD域账号同步策略，验证了50台终端登录'],
          remainingProblems: ['国产麒麟系统下远程桌面分辨率无法自适应'],
        },
      }),
    );
    const [issue] = ok(await w.engineer.request<{ project: { remainingIssues: { id: string; version: number }[] } }>(ISSUES, { id: w.project.id })).project.remainingIssues;
    ok(await w.engineer.request(MARK_SEVERE, { input: { issueId: issue.id, expectedVersion: issue.version } }));
    ok(
      await w.engineer.request(SUBMIT_ORDER, {
        input: {
          remainingIssueId: issue.id,
          title: '麒麟V10下远程桌面分辨率不自适应',
          environment: '银河麒麟V10 SP1 x86_64，管理端5.2.1',
          steps: '1. 管理端连接麒麟终端\n2. 拖动改变管理端窗口大小',
          symptoms: '远端分辨率固定为1024x768',
          logs: 'xrdp.log: [ERROR] resize failed: RANDR extension not available',
        },
      }),
    );
  };
  /** The seqs of the events of these types since `after`, in order: what the feeds must carry. */
  const seqsOf = async (types: string[], after: number): Promise<number[]> =>
    ((await ds().query('SELECT seq::int AS seq FROM event WHERE type = ANY ($1) AND seq > $2 ORDER BY event.seq', [types, after])) as { seq: number }[]).map((row) => row.seq);
  const latestSeq = async () => Number(((await ds().query('SELECT coalesce(max(seq), 0)::int AS seq FROM event')) as { seq: number }[])[0].seq);

  it('a manager hears TICKETS for a ticket change, REPORTS for a report and RND for a work order; no figures, no notifications', async () => {
    const w = await world();
    const manager = await buildUser(ds(), [Role.PRESALES_MANAGER]);
    const start = await latestSeq();
    const feed = await suite.feed<Pushed>(manager, FEED);
    await suite.subscribed(1);

    await fileTicket(w);
    expect(kindsOf({ items: await feed.next(1) })).toEqual(['TICKETS']);
    await reportAndWorkOrder(w);
    await feed.next(3);
    // The notifications of these events (NOTIFIED) are in the log by now; one more ticket change
    // after them shows that none of them was pushed.
    await untilDispatched(ds());
    expect((await seqsOf(['NOTIFIED'], start)).length).toBeGreaterThan(0);
    await fileTicket(w);
    await feed.next(4);

    expect(kindsOf(feed)).toEqual(['TICKETS', 'REPORTS', 'RND', 'TICKETS']);
    expect(feed.items.map((item) => item.dashboardChanged.seq)).toEqual(await seqsOf(['TICKET_CHANGED', 'REPORT_FILED', 'WORK_ORDER_CHANGED'], start));
    expect(feed.errors).toEqual([]);
  });

  it('each role hears the kinds of its dashboards: PRESALES tickets and reports, R&D work orders, the heads of support all', async () => {
    const w = await world();
    const [presales, rnd, rndManager, gm] = [
      await buildUser(ds(), [Role.PRESALES]),
      await buildUser(ds(), [Role.RND]),
      await buildUser(ds(), [Role.RND_MANAGER]),
      await buildUser(ds(), [Role.GM]),
    ];
    const feeds = { presales: await suite.feed<Pushed>(presales, FEED), rnd: await suite.feed<Pushed>(rnd, FEED), rndManager: await suite.feed<Pushed>(rndManager, FEED), gm: await suite.feed<Pushed>(gm, FEED) };
    // RND and RND_MANAGER hear the same kinds: one group, so three listeners on the bus.
    await suite.subscribed(3);
    await settle();

    await fileTicket(w);
    await reportAndWorkOrder(w);
    await Promise.all([feeds.presales.next(2), feeds.rnd.next(1), feeds.rndManager.next(1), feeds.gm.next(3)]);
    // One more ticket change: had the work order reached the PRESALES feed, it would be before this.
    await fileTicket(w);
    await Promise.all([feeds.presales.next(3), feeds.gm.next(4)]);
    expect(kindsOf(feeds.presales)).toEqual(['TICKETS', 'REPORTS', 'TICKETS']);
    expect(kindsOf(feeds.rnd)).toEqual(['RND']);
    expect(kindsOf(feeds.rndManager)).toEqual(['RND']);
    expect(kindsOf(feeds.gm)).toEqual(['TICKETS', 'REPORTS', 'RND', 'TICKETS']);
  });

  it('refuses SALES, TESTER and CUSTOMER users, and sockets without a session', async () => {
    const customer = await buildCustomer(ds());
    for (const user of [await buildUser(ds(), [Role.SALES]), await buildUser(ds(), [Role.TESTER]), await buildUser(ds(), [Role.CUSTOMER], undefined, { customerId: customer.id })]) {
      const feed = await suite.feed<Pushed>(user, FEED);
      await until(() => feed.errors.length > 0, `the refusal of ${user.roles.join()}`);
      expect(JSON.stringify(feed.errors)).toContain('FORBIDDEN');
      expect(feed.items).toEqual([]);
    }
    const { closed } = await suite.ws(null);
    expect((await closed).code).toBe(4403);
  });

  it('one execution per event for everyone who hears the same kinds', async () => {
    const w = await world();
    const heads = [await buildUser(ds(), [Role.GM]), await buildUser(ds(), [Role.GM]), await buildUser(ds(), [Role.TECH_DIRECTOR]), await buildUser(ds(), [Role.PRESALES_MANAGER])];
    const engineers = [await buildUser(ds(), [Role.PRESALES]), await buildUser(ds(), [Role.PRESALES])];
    const feeds = [];
    for (const user of [...heads, ...engineers]) feeds.push(await suite.feed<Pushed>(user, FEED));
    await suite.subscribed(2);
    await settle();

    const before = subscriptionExecutions();
    await fileTicket(w);
    for (const feed of feeds) expect(kindsOf({ items: await feed.next(1) })).toEqual(['TICKETS']);
    // The heads of support share one execution, the PRESALES engineers another.
    expect(subscriptionExecutions() - before).toBe(2);
  });

  it('stops pushing to a subscriber whose PRESALES_MANAGER role is taken away, and keeps serving the others', async () => {
    const w = await world();
    const [kept, demoted] = [await buildUser(ds(), [Role.PRESALES_MANAGER]), await buildUser(ds(), [Role.PRESALES_MANAGER])];
    const keptFeed = await suite.feed<Pushed>(kept, FEED);
    await suite.subscribed(1);
    const demotedFeed = await suite.feed<Pushed>(demoted, FEED);
    await settle();
    await fileTicket(w);
    await Promise.all([keptFeed.next(1), demotedFeed.next(1)]);

    await ds().query(`UPDATE app_user SET roles = '{SALES}' WHERE id = $1`, [demoted.id]);
    await fileTicket(w);
    await keptFeed.next(2);
    await until(() => demotedFeed.errors.length > 0, 'the demoted subscriber’s feed to end');
    expect(JSON.stringify(demotedFeed.errors)).toContain('UNAUTHENTICATED');
    expect(kindsOf(demotedFeed)).toEqual(['TICKETS']);

    await fileTicket(w);
    expect(kindsOf({ items: await keptFeed.next(3) })).toEqual(['TICKETS', 'TICKETS', 'TICKETS']);
    expect(demotedFeed.items).toHaveLength(1);
  });
});
