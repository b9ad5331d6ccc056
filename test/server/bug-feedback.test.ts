import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BugFeedback } from '../../server/src/modules/bug-feedback/bug-feedback.entity';
import { Role, STAFF_ROLES } from '../../server/src/modules/users/role.enum';
import type { User } from '../../server/src/modules/users/user.entity';
import { EventRecord } from '../../server/src/platform/events/event.entity';
import { SubscriptionGroups } from '../../server/src/platform/graphql/subscription-groups';
import { buildProject, buildUser } from '../helpers/factories';
import { codes, collect, connected, type GraphQLResponse } from '../helpers/graphql-client';
import { serverSuite } from '../helpers/server-suite';
import { until } from '../helpers/wait';

const FEEDBACK = 'id kind title description status testerNotes version createdAt reportedBy { id } tester { id } project { id } foundIn { id } fixVersion { id }';
const REPORT = `mutation($input: ReportBugFeedbackInput!) { reportBugFeedback(input: $input) { ${FEEDBACK} } }`;
const ACT = `mutation($input: TesterActionInput!) { actOnBugFeedback(input: $input) { ${FEEDBACK} } }`;
const LIST = `query($open: Boolean) { bugFeedback(open: $open) { ${FEEDBACK} } }`;
const REGISTER = 'mutation($input: RegisterProductVersionInput!) { registerProductVersion(input: $input) { id } }';
const CHANGED = 'subscription { bugFeedbackChanged { seq feedback { id status title reportedBy { id } } } }';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

interface Feedback {
  id: string;
  kind: string;
  title: string;
  description: string;
  status: string;
  testerNotes: string | null;
  version: number;
  createdAt: string;
  reportedBy: { id: string };
  tester: { id: string } | null;
  project: { id: string } | null;
  foundIn: { id: string } | null;
  fixVersion: { id: string } | null;
}

interface Pushed {
  bugFeedbackChanged: { seq: number; feedback: { id: string; status: string; title: string; reportedBy: { id: string } } | null };
}

describe('internal bug feedback (内部bug反馈表, SPEC §5)', () => {
  const suite = serverSuite();
  const { as, ws } = suite;
  /** Subscriptions the server has registered (its groups' `subscribe` has returned), counted from the test. */
  let registered = 0;

  const ok = <K extends string>(response: GraphQLResponse<Record<K, Feedback>>, key: K): Feedback => {
    expect(response.errors).toBeUndefined();
    return response.data![key];
  };
  const report = async (user: User | null, input: Record<string, unknown>) =>
    (await as(user)).request<{ reportBugFeedback: Feedback }>(REPORT, { input: { title: '远程桌面在 4K 显示器下缩放错位', description: '客户端 5.2.0，Windows 11，缩放 150% 时鼠标偏移约 40 像素', ...input } });
  const reported = async (user: User, input: Record<string, unknown> = {}) => ok(await report(user, input), 'reportBugFeedback');
  const act = async (user: User | null, feedback: Pick<Feedback, 'id' | 'version'>, action: string, extra: Record<string, unknown> = {}) =>
    (await as(user)).request<{ actOnBugFeedback: Feedback }>(ACT, { input: { feedbackId: feedback.id, expectedVersion: feedback.version, action, ...extra } });
  const acted = async (user: User, feedback: Pick<Feedback, 'id' | 'version'>, action: string, extra: Record<string, unknown> = {}) =>
    ok(await act(user, feedback, action, extra), 'actOnBugFeedback');
  const list = async (user: User | null, open?: boolean) => (await as(user)).request<{ bugFeedback: Feedback[] }>(LIST, open === undefined ? {} : { open });
  const listed = async (user: User, open?: boolean) => {
    const response = await list(user, open);
    expect(response.errors).toBeUndefined();
    return response.data!.bugFeedback;
  };
  const registerVersion = async (user: User, version: string) => {
    const response = await (await as(user)).request<{ registerProductVersion: { id: string } }>(REGISTER, { input: { product: '远程桌面管理系统', version, kind: 'RELEASE' } });
    expect(response.errors).toBeUndefined();
    return response.data!.registerProductVersion.id;
  };
  const actions = async (feedbackId: string) =>
    (await suite.server.dataSource.getRepository(EventRecord).find({ where: { entityId: feedbackId, type: 'BUG_FEEDBACK_CHANGED' }, order: { seq: 'ASC' } })).map(
      (event) => (event.payload as { action: string }).action,
    );
  const stored = (id: string) => suite.server.dataSource.getRepository(BugFeedback).findOneByOrFail({ id });

  const subscribe = async (user: User | null) => {
    const { client, closed } = await ws(user);
    return { client, closed };
  };
  /** Subscribes `user` to bugFeedbackChanged and waits until the server has registered it. */
  const feedOf = async (user: User) => {
    const { client } = await subscribe(user);
    await connected(client);
    const before = registered;
    const feed = collect<Pushed>(client, CHANGED);
    await until(() => registered > before, `the subscription of ${user.name}`);
    return feed;
  };
  const ids = (items: Pushed[]) => items.map((item) => item.bugFeedbackChanged.feedback?.id);

  beforeAll(() => {
    const subscribeInGroup = SubscriptionGroups.prototype.subscribe;
    vi.spyOn(SubscriptionGroups.prototype, 'subscribe').mockImplementation(async function (this: SubscriptionGroups, ...args) {
      const result = await subscribeInGroup.apply(this, args);
      registered += 1;
      return result;
    });
  });
  afterAll(() => {
    vi.restoreAllMocks();
  });

  it('a sales reports on their project; the tester reproduces, links the fix, rejects it, links another and verifies it', async () => {
    const ds = suite.server.dataSource;
    const project = await buildProject(ds);
    const { sales } = project.parts;
    const tester = await buildUser(ds, [Role.TESTER]);
    const [found, firstFix, secondFix] = [await registerVersion(tester, '5.2.0'), await registerVersion(tester, '5.2.1'), await registerVersion(tester, '5.2.2')];

    const created = await reported(sales, { title: '  远程桌面在 4K 显示器下缩放错位  ', projectId: project.id, foundInVersionId: found });
    expect(created).toMatchObject({
      kind: 'BUG',
      title: '远程桌面在 4K 显示器下缩放错位',
      status: 'NEW',
      version: 1,
      testerNotes: null,
      reportedBy: { id: sales.id },
      tester: null,
      project: { id: project.id },
      foundIn: { id: found },
      fixVersion: null,
    });

    const reproduced = await acted(tester, created, 'MARK_REPRODUCED');
    expect(reproduced).toMatchObject({ status: 'REPRODUCED', version: 2, tester: { id: tester.id }, testerNotes: null });
    const linked = await acted(tester, reproduced, 'LINK_FIX', { fixVersionId: firstFix });
    expect(linked).toMatchObject({ status: 'FIX_LINKED', version: 3, fixVersion: { id: firstFix } });
    const rejected = await acted(tester, linked, 'REJECT_FIX', { notes: '  5.2.1 下缩放 175% 时仍偏移  ' });
    expect(rejected).toMatchObject({ status: 'REPRODUCED', version: 4, testerNotes: '5.2.1 下缩放 175% 时仍偏移' });
    const relinked = await acted(tester, rejected, 'LINK_FIX', { fixVersionId: secondFix });
    expect(relinked).toMatchObject({ status: 'FIX_LINKED', fixVersion: { id: secondFix }, testerNotes: '5.2.1 下缩放 175% 时仍偏移' });
    const verified = await acted(tester, relinked, 'VERIFY_FIX', { notes: '5.2.2 下 100%–200% 缩放均正常' });
    expect(verified).toMatchObject({ status: 'VERIFIED', version: 6, testerNotes: '5.2.2 下 100%–200% 缩放均正常', fixVersion: { id: secondFix } });

    expect(await actions(created.id)).toEqual(['REPORTED', 'MARK_REPRODUCED', 'LINK_FIX', 'REJECT_FIX', 'LINK_FIX', 'VERIFY_FIX']);
    expect((await listed(tester, true)).map((f) => f.id)).toEqual([]); // verified: out of the testers' queue
    expect((await listed(sales)).map((f) => [f.id, f.status])).toEqual([[created.id, 'VERIFIED']]);
  });

  it('a usability suggestion without a project: not reproducible (with notes), then reproduced after all', async () => {
    const ds = suite.server.dataSource;
    const presales = await buildUser(ds, [Role.PRESALES]);
    const tester = await buildUser(ds, [Role.TESTER]);
    const suggestion = await reported(presales, { kind: 'USABILITY_SUGGESTION', title: '审计回放希望支持 2 倍速', description: '长会话回放 1 倍速太慢' });
    expect(suggestion).toMatchObject({ kind: 'USABILITY_SUGGESTION', project: null, foundIn: null, status: 'NEW' });
    const notReproducible = await acted(tester, suggestion, 'MARK_NOT_REPRODUCIBLE', { notes: '5.2.0 已有倍速按钮，在回放工具栏右侧' });
    expect(notReproducible).toMatchObject({ status: 'NOT_REPRODUCIBLE', testerNotes: '5.2.0 已有倍速按钮，在回放工具栏右侧' });
    expect(await listed(tester, true)).toEqual([]);
    const reproduced = await acted(tester, notReproducible, 'MARK_REPRODUCED', { notes: '客户所用 5.1.3 没有倍速按钮' });
    expect(reproduced).toMatchObject({ status: 'REPRODUCED', testerNotes: '客户所用 5.1.3 没有倍速按钮' });
    expect((await listed(tester, true)).map((f) => f.id)).toEqual([suggestion.id]);
  });

  it('reportBugFeedback: UNAUTHENTICATED signed out, FORBIDDEN for a customer, allowed for every staff role', async () => {
    const ds = suite.server.dataSource;
    expect(codes(await report(null, {}))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await report(await buildUser(ds, [Role.CUSTOMER]), {}))).toEqual(['FORBIDDEN']);
    expect(await ds.getRepository(BugFeedback).count()).toBe(0);
    for (const role of STAFF_ROLES) {
      const user = await buildUser(ds, [role]);
      expect(await reported(user, { title: `${role} 发现的问题` }), role).toMatchObject({ status: 'NEW', reportedBy: { id: user.id } });
    }
    expect(await ds.getRepository(BugFeedback).count()).toBe(STAFF_ROLES.length);
  });

  it('reportBugFeedback: title and description required, the project must be visible to the reporter, the version must exist; nothing saved when refused', async () => {
    const ds = suite.server.dataSource;
    const sales = await buildUser(ds, [Role.SALES]);
    const othersProject = await buildProject(ds);
    const fields = async (input: Record<string, unknown>) => {
      const response = await report(sales, input);
      expect(codes(response)).toEqual(['VALIDATION']);
      return response.errors?.[0].extensions?.fields;
    };
    expect(await fields({ title: '  ', description: '' })).toEqual({ title: 'REQUIRED', description: 'REQUIRED' });
    expect(await fields({ projectId: othersProject.id })).toEqual({ projectId: 'NOT_FOUND' }); // exists, but not the reporter's
    expect(await fields({ projectId: UNKNOWN })).toEqual({ projectId: 'NOT_FOUND' });
    expect(await fields({ projectId: 'not-a-uuid' })).toEqual({ projectId: 'NOT_FOUND' });
    expect(await fields({ foundInVersionId: UNKNOWN })).toEqual({ foundInVersionId: 'NOT_FOUND' });
    expect(await fields({ foundInVersionId: 'v5.2' })).toEqual({ foundInVersionId: 'NOT_FOUND' });
    expect(await fields({ title: '', projectId: othersProject.id, foundInVersionId: UNKNOWN })).toEqual({ title: 'REQUIRED', projectId: 'NOT_FOUND', foundInVersionId: 'NOT_FOUND' });
    expect(await ds.getRepository(BugFeedback).count()).toBe(0);
    expect(await ds.getRepository(EventRecord).countBy({ type: 'BUG_FEEDBACK_CHANGED' })).toBe(0);

    // A manager who sees every project may name any of them.
    const manager = await buildUser(ds, [Role.PRESALES_MANAGER]);
    expect(await reported(manager, { projectId: othersProject.id })).toMatchObject({ project: { id: othersProject.id } });
  });

  it('reportBugFeedback: a NUL character in the title or description is VALIDATION, not a server error', async () => {
    const ds = suite.server.dataSource;
    const response = await report(await buildUser(ds, [Role.PRESALES]), { title: '日志含\u0000字符', description: '复制粘贴自终端输出\u0000' });
    expect(codes(response)).toEqual(['VALIDATION']);
    expect(Object.keys((response.errors?.[0].extensions?.fields ?? {}) as Record<string, string>).sort()).toEqual(['description', 'title']);
    expect(await ds.getRepository(BugFeedback).count()).toBe(0);
  });

  it('actOnBugFeedback: UNAUTHENTICATED, FORBIDDEN for everyone but a TESTER, NOT_FOUND for an unknown feedback', async () => {
    const ds = suite.server.dataSource;
    const sales = await buildUser(ds, [Role.SALES]);
    const feedback = await reported(sales);
    expect(codes(await act(null, feedback, 'MARK_REPRODUCED'))).toEqual(['UNAUTHENTICATED']);
    for (const role of STAFF_ROLES.filter((candidate) => candidate !== Role.TESTER)) {
      expect(codes(await act(await buildUser(ds, [role]), feedback, 'MARK_REPRODUCED')), role).toEqual(['FORBIDDEN']);
    }
    expect(codes(await act(sales, feedback, 'MARK_REPRODUCED'))).toEqual(['FORBIDDEN']); // the reporter does not test their own
    expect(codes(await act(await buildUser(ds, [Role.CUSTOMER]), feedback, 'MARK_REPRODUCED'))).toEqual(['FORBIDDEN']);
    const tester = await buildUser(ds, [Role.TESTER]);
    expect(codes(await act(tester, { id: UNKNOWN, version: 1 }, 'MARK_REPRODUCED'))).toEqual(['NOT_FOUND']);
    expect(codes(await act(tester, { id: 'BUG-1', version: 1 }, 'MARK_REPRODUCED'))).toEqual(['NOT_FOUND']);
    expect(await stored(feedback.id)).toMatchObject({ status: 'NEW', version: 1, testerId: null });
    expect(await actions(feedback.id)).toEqual(['REPORTED']);
    // A tester with another role too is still a tester.
    expect(await acted(await buildUser(ds, [Role.RND, Role.TESTER]), feedback, 'MARK_REPRODUCED')).toMatchObject({ status: 'REPRODUCED' });
  });

  it('actOnBugFeedback: every step only from its states (FEEDBACK_ACTION_NOT_ALLOWED), notes and the fix version where needed (VALIDATION), a stale version is CONFLICT', async () => {
    const ds = suite.server.dataSource;
    const tester = await buildUser(ds, [Role.TESTER]);
    const fix = await registerVersion(tester, '5.2.1');
    let feedback = await reported(await buildUser(ds, [Role.PRESALES]));
    const refused = async (action: string, extra: Record<string, unknown> = {}) => {
      const response = await act(tester, feedback, action, extra);
      expect(codes(response), action).toEqual(['FEEDBACK_ACTION_NOT_ALLOWED']);
      expect(response.errors?.[0].extensions?.status).toBe(feedback.status);
    };
    const invalidFields = async (action: string, extra: Record<string, unknown> = {}) => {
      const response = await act(tester, feedback, action, extra);
      expect(codes(response), action).toEqual(['VALIDATION']);
      return response.errors?.[0].extensions?.fields;
    };
    const unchanged = async () => expect(await stored(feedback.id)).toMatchObject({ status: feedback.status, version: feedback.version });

    // NEW
    await refused('LINK_FIX', { fixVersionId: fix });
    await refused('VERIFY_FIX');
    await refused('REJECT_FIX', { notes: '无效' });
    expect(await invalidFields('MARK_NOT_REPRODUCIBLE')).toEqual({ notes: 'REQUIRED' });
    expect(await invalidFields('MARK_NOT_REPRODUCIBLE', { notes: '   ' })).toEqual({ notes: 'REQUIRED' });
    expect(codes(await act(tester, { id: feedback.id, version: feedback.version + 1 }, 'MARK_REPRODUCED'))).toEqual(['CONFLICT']);
    expect(codes(await act(tester, { id: feedback.id, version: 0 }, 'VERIFY_FIX'))).toEqual(['CONFLICT']); // the version is compared first
    await unchanged();

    // REPRODUCED
    feedback = await acted(tester, feedback, 'MARK_REPRODUCED');
    await refused('MARK_REPRODUCED');
    await refused('MARK_NOT_REPRODUCIBLE', { notes: '又复现不了了' });
    await refused('VERIFY_FIX');
    await refused('REJECT_FIX', { notes: '无效' });
    expect(await invalidFields('LINK_FIX')).toEqual({ fixVersionId: 'REQUIRED' });
    expect(await invalidFields('LINK_FIX', { fixVersionId: UNKNOWN })).toEqual({ fixVersionId: 'NOT_FOUND' });
    expect(await invalidFields('LINK_FIX', { fixVersionId: '5.2.1' })).toEqual({ fixVersionId: 'NOT_FOUND' });
    expect(codes(await act(tester, { id: feedback.id, version: 1 }, 'LINK_FIX', { fixVersionId: fix }))).toEqual(['CONFLICT']);
    await unchanged();

    // FIX_LINKED
    feedback = await acted(tester, feedback, 'LINK_FIX', { fixVersionId: fix });
    await refused('MARK_REPRODUCED');
    await refused('MARK_NOT_REPRODUCIBLE', { notes: '不复现' });
    await refused('LINK_FIX', { fixVersionId: fix });
    expect(await invalidFields('REJECT_FIX')).toEqual({ notes: 'REQUIRED' });
    expect(await invalidFields('REJECT_FIX', { notes: ' ' })).toEqual({ notes: 'REQUIRED' });
    await unchanged();

    // VERIFIED: nothing more
    feedback = await acted(tester, feedback, 'VERIFY_FIX');
    for (const action of ['MARK_REPRODUCED', 'MARK_NOT_REPRODUCIBLE', 'LINK_FIX', 'VERIFY_FIX', 'REJECT_FIX']) await refused(action, { notes: '再看看', fixVersionId: fix });
    await unchanged();

    // NOT_REPRODUCIBLE: only reproduced after all
    feedback = await acted(tester, await reported(await buildUser(ds, [Role.PRESALES])), 'MARK_NOT_REPRODUCIBLE', { notes: '按步骤操作 10 次均正常' });
    await refused('MARK_NOT_REPRODUCIBLE', { notes: '还是不复现' });
    await refused('LINK_FIX', { fixVersionId: fix });
    await refused('VERIFY_FIX');
    await refused('REJECT_FIX', { notes: '无效' });
    await unchanged();
    expect(await actions(feedback.id)).toEqual(['REPORTED', 'MARK_NOT_REPRODUCIBLE']);
  });

  it('concurrent tester steps on one feedback: exactly one wins, every other gets CONFLICT', async () => {
    const ds = suite.server.dataSource;
    const feedback = await reported(await buildUser(ds, [Role.PRESALES]));
    const testers = await Promise.all(Array.from({ length: 8 }, () => buildUser(ds, [Role.TESTER])));
    const clients = await Promise.all(testers.map((tester) => as(tester)));
    const results = await Promise.all(
      clients.map((client, index) =>
        client.request<{ actOnBugFeedback: Feedback }>(ACT, {
          input: index % 2 === 0
            ? { feedbackId: feedback.id, expectedVersion: 1, action: 'MARK_REPRODUCED' }
            : { feedbackId: feedback.id, expectedVersion: 1, action: 'MARK_NOT_REPRODUCIBLE', notes: `测试员 ${index} 未复现` },
        }),
      ),
    );
    expect(results.map((result) => (result.errors ? codes(result)[0] : 'OK')).sort()).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'OK']);
    const winner = results.findIndex((result) => !result.errors);
    const after = await stored(feedback.id);
    expect(after).toMatchObject({ version: 2, testerId: testers[winner].id, status: winner % 2 === 0 ? 'REPRODUCED' : 'NOT_REPRODUCIBLE' });
    expect(await actions(feedback.id)).toHaveLength(2);
  });

  it('bugFeedback: the readers see everything, the reporter their own, another sales nothing; open is the testers\' queue, oldest first', async () => {
    const ds = suite.server.dataSource;
    const project = await buildProject(ds);
    const { sales } = project.parts;
    const tester = await buildUser(ds, [Role.TESTER]);
    const first = await reported(sales, { title: '一：登录页验证码不刷新', projectId: project.id });
    const second = await reported(await buildUser(ds, [Role.RND]), { title: '二：审计日志导出乱码' });
    const third = await reported(sales, { title: '三：移动端无法上传截图' });
    await acted(tester, second, 'MARK_NOT_REPRODUCIBLE', { notes: '导出为 UTF-8 BOM，Excel 打开正常' });
    const all = [third.id, second.id, first.id];

    for (const role of [Role.TESTER, Role.PRESALES, Role.PRESALES_MANAGER, Role.TECH_DIRECTOR, Role.GM, Role.RND_MANAGER, Role.RND]) {
      const reader = await buildUser(ds, [role]);
      expect((await listed(reader)).map((f) => f.id), role).toEqual(all);
      expect((await listed(reader, true)).map((f) => f.id), role).toEqual([first.id, third.id]);
    }
    expect((await listed(sales)).map((f) => f.id)).toEqual([third.id, first.id]);
    expect((await listed(sales, true)).map((f) => f.id)).toEqual([first.id, third.id]);
    for (const role of [Role.SALES, Role.SALES_DIRECTOR, Role.CHIEF_ENGINEER, Role.ADMIN]) {
      expect(await listed(await buildUser(ds, [role])), role).toEqual([]);
    }
    expect(codes(await list(null))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await list(await buildUser(ds, [Role.CUSTOMER])))).toEqual(['FORBIDDEN']);

    // The project stays behind its own visibility: the tester sees the feedback, not the project.
    expect((await listed(tester)).find((f) => f.id === first.id)).toMatchObject({ project: null, reportedBy: { id: sales.id } });
    expect((await listed(sales)).find((f) => f.id === first.id)).toMatchObject({ project: { id: project.id } });
  });

  it('bugFeedbackChanged reaches the testers, every pre-sales and the reporter, never another sales', async () => {
    const ds = suite.server.dataSource;
    const project = await buildProject(ds);
    const { sales } = project.parts;
    const otherSales = await buildUser(ds, [Role.SALES]);
    const tester = await buildUser(ds, [Role.TESTER]);
    const anyPresales = await buildUser(ds, [Role.PRESALES]); // on no project at all: copied anyway
    const rnd = await buildUser(ds, [Role.RND]);
    const chiefEngineer = await buildUser(ds, [Role.CHIEF_ENGINEER]); // reads no feedback but their own
    const feeds = {
      tester: await feedOf(tester),
      presales: await feedOf(anyPresales),
      manager: await feedOf(await buildUser(ds, [Role.PRESALES_MANAGER])),
      rnd: await feedOf(rnd),
      reporter: await feedOf(sales),
      otherSales: await feedOf(otherSales),
      chiefEngineer: await feedOf(chiefEngineer),
    };

    // Each restricted subscriber's own last change comes after the changes it must not hear
    // of: events arrive in order, so had those reached it, they would be in front.
    const mine = await reported(sales, { projectId: project.id }); // 1
    await acted(tester, mine, 'MARK_REPRODUCED'); // 2
    const theirs = await reported(otherSales, { title: '报表导出缺少页脚' }); // 3
    const chiefs = await reported(chiefEngineer, { title: '首席工程师：方案模板缺少拓扑页' }); // 4
    const mineAgain = await reported(sales, { title: '报表导出缺少页眉' }); // 5
    const theirsAgain = await reported(otherSales, { title: '报表导出页码错误' }); // 6
    const chiefsAgain = await reported(chiefEngineer, { title: '首席工程师：方案模板字体不统一' }); // 7

    const everything = [mine.id, mine.id, theirs.id, chiefs.id, mineAgain.id, theirsAgain.id, chiefsAgain.id];
    for (const name of ['tester', 'presales', 'manager', 'rnd'] as const) {
      expect(ids(await feeds[name].next(everything.length)), name).toEqual(everything);
    }
    const forTester = feeds.tester.items.map((item) => item.bugFeedbackChanged);
    expect(forTester[1].feedback).toMatchObject({ id: mine.id, status: 'REPRODUCED' }); // the feedback as it is now
    const seqs = forTester.map((change) => change.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs).size).toBe(everything.length);

    expect(ids(await feeds.reporter.next(3))).toEqual([mine.id, mine.id, mineAgain.id]);
    expect(feeds.reporter.items[0].bugFeedbackChanged.feedback).toMatchObject({ title: mine.title, reportedBy: { id: sales.id } });
    expect(ids(await feeds.otherSales.next(2))).toEqual([theirs.id, theirsAgain.id]);
    expect(ids(await feeds.chiefEngineer.next(2))).toEqual([chiefs.id, chiefsAgain.id]);
    for (const name of ['tester', 'presales', 'manager', 'rnd', 'reporter', 'otherSales', 'chiefEngineer'] as const) expect(feeds[name].errors, name).toEqual([]);
  });

  it('bugFeedbackChanged: a socket without a session is closed (4403), a customer is FORBIDDEN', async () => {
    const anonymous = await subscribe(null);
    expect((await anonymous.closed).code).toBe(4403);

    const { client } = await subscribe(await buildUser(suite.server.dataSource, [Role.CUSTOMER]));
    await connected(client);
    const feed = collect<Pushed>(client, CHANGED);
    await until(() => feed.errors.length > 0, 'the customer to be refused');
    expect(JSON.stringify(feed.errors)).toContain('FORBIDDEN');
  });

  it('bugFeedbackChanged: a SALES_DIRECTOR who reported hears of their own feedback, not of another SALES_DIRECTOR\'s', async () => {
    const ds = suite.server.dataSource;
    const [director, otherDirector] = [await buildUser(ds, [Role.SALES_DIRECTOR]), await buildUser(ds, [Role.SALES_DIRECTOR])];
    // Neither reads all feedback (SPEC §5: testers, pre-sales, the heads of support and R&D do);
    // each is told of what they reported.
    const directorsFeed = await feedOf(director);
    const othersFeed = await feedOf(otherDirector);

    const directors = await reported(director, { title: '销售总监发现：合同导出模板缺少税号' });
    const others = await reported(otherDirector, { title: '另一位销售总监：报价单金额大写错误' });
    const directorsSecond = await reported(director, { title: '销售总监发现：客户名称超长被截断' });

    expect(ids(await directorsFeed.next(2))).toEqual([directors.id, directorsSecond.id]);
    // The second director's socket shares the first's subscription execution (same document,
    // same role scope), so it must not be handed the first director's feedback.
    const forOther = await othersFeed.next(1);
    expect(forOther.map((item) => item.bugFeedbackChanged.feedback?.title), "another SALES_DIRECTOR's feedback reached this one").toEqual([others.title]);
    expect((await listed(otherDirector)).map((f) => f.id)).toEqual([others.id]); // what the query says they may see
  });
});
