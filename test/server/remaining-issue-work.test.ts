import { describe, expect, it } from 'vitest';
import { EventRecord } from '../../server/src/platform/events/event.entity';
import { ProjectMember } from '../../server/src/modules/projects/project-member.entity';
import { ProjectMemberRole } from '../../server/src/modules/projects/project-member-role';
import { IssueAttempt } from '../../server/src/modules/remaining-issues/issue-attempt.entity';
import { RemainingIssue } from '../../server/src/modules/reports/remaining-issue.entity';
import { Role } from '../../server/src/modules/users/role.enum';
import type { User } from '../../server/src/modules/users/user.entity';
import { buildProject, buildUser } from '../helpers/factories';
import { codes } from '../helpers/graphql-client';
import { serverSuite } from '../helpers/server-suite';

const FILE = 'mutation($input: FileCommunicationReportInput!) { fileCommunicationReport(input: $input) { id } }';
const ISSUE = 'id description status severeBug resolution version failedAttempts owner { id } attempts { whatWasTried result succeeded triedBy { id } }';
const RECORD = `query($id: ID!) { project(id: $id) { hasOpenProblem remainingIssues { ${ISSUE} } } }`;
const ATTEMPT = 'mutation($input: RecordIssueAttemptInput!) { recordIssueAttempt(input: $input) { id whatWasTried result succeeded createdAt triedBy { id } } }';
const MARK = `mutation($input: RemainingIssueStepInput!) { markObviousSevereBug(input: $input) { ${ISSUE} } }`;
const RESOLVE = `mutation($input: ResolveRemainingIssueInput!) { resolveRemainingIssue(input: $input) { ${ISSUE} } }`;
const SEND_TO_RND = 'mutation($input: IssueImprovementRequestInput!) { issueImprovementRequest(input: $input) { id status } }';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const PROBLEM = '国产麒麟系统下远程桌面分辨率无法自适应，需研发确认';

interface Issue {
  id: string;
  description: string;
  status: string;
  severeBug: boolean;
  resolution: string | null;
  version: number;
  failedAttempts: number;
  owner: { id: string };
  attempts: { whatWasTried: string; result: string; succeeded: boolean; triedBy: { id: string } }[];
}

describe('remaining issues inside support: attempts, severe bugs, resolution (SPEC §5)', () => {
  const suite = serverSuite();
  const { as } = suite;

  /** Opens a remaining issue the real way: a pre-sales files an ISSUE_REMAINING report. */
  const openIssue = async (project: { id: string }, author: User, description = PROBLEM): Promise<Issue> => {
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
    const issues = await recordOf(author, project.id);
    const issue = issues.remainingIssues.find((candidate) => candidate.description === description);
    expect(issue).toBeDefined();
    return issue!;
  };
  const recordOf = async (user: User, projectId: string) => {
    const response = await (await as(user)).request<{ project: { hasOpenProblem: boolean; remainingIssues: Issue[] } }>(RECORD, { id: projectId });
    expect(response.errors).toBeUndefined();
    return response.data!.project;
  };
  const attempt = async (user: User | null, issueId: string, extra: Record<string, unknown> = {}) =>
    (await as(user)).request<{ recordIssueAttempt: { id: string; whatWasTried: string; result: string; succeeded: boolean; triedBy: { id: string } } }>(ATTEMPT, {
      input: { issueId, whatWasTried: '  调整 xrdp 的 max_bpp 为 24 并重启服务  ', result: '  分辨率仍固定为 1024x768  ', succeeded: false, ...extra },
    });
  const mark = async (user: User | null, issue: Pick<Issue, 'id' | 'version'>) =>
    (await as(user)).request<{ markObviousSevereBug: Issue }>(MARK, { input: { issueId: issue.id, expectedVersion: issue.version } });
  const resolve = async (user: User | null, issue: Pick<Issue, 'id' | 'version'>, resolution = '  升级显卡驱动至 5.2.1 后分辨率自适应正常  ') =>
    (await as(user)).request<{ resolveRemainingIssue: Issue }>(RESOLVE, { input: { issueId: issue.id, expectedVersion: issue.version, resolution } });
  const changes = async (issueId: string) =>
    (await suite.server.dataSource.getRepository(EventRecord).find({ where: { entityId: issueId, type: 'REMAINING_ISSUE_CHANGED' }, order: { seq: 'ASC' } })).map(
      (event) => (event.payload as { action: string }).action,
    );

  it('recordIssueAttempt: every pre-sales member records tries; attempts are oldest first and failedAttempts counts the failures', async () => {
    const ds = suite.server.dataSource;
    const [second, additional] = [await buildUser(ds, [Role.PRESALES]), await buildUser(ds, [Role.PRESALES])];
    const project = await buildProject(ds, { secondPresales: second });
    await ds.getRepository(ProjectMember).insert({ projectId: project.id, userId: additional.id, role: ProjectMemberRole.ADDITIONAL_PRESALES });
    const { firstPresales } = project.parts;
    const issue = await openIssue(project, second);
    expect(issue).toMatchObject({ status: 'OPEN', owner: { id: firstPresales.id }, attempts: [], failedAttempts: 0, severeBug: false, resolution: null, version: 1 });

    const first = await attempt(firstPresales, issue.id);
    expect(first.errors).toBeUndefined();
    expect(first.data?.recordIssueAttempt).toMatchObject({ whatWasTried: '调整 xrdp 的 max_bpp 为 24 并重启服务', result: '分辨率仍固定为 1024x768', succeeded: false, triedBy: { id: firstPresales.id } });
    expect((await attempt(second, issue.id, { whatWasTried: '改用 VNC 协议连接', result: '分辨率可调但画面卡顿', succeeded: false })).errors).toBeUndefined();
    expect((await attempt(additional, issue.id, { whatWasTried: '关闭桌面特效', result: '卡顿消失', succeeded: true })).errors).toBeUndefined();

    const [now] = (await recordOf(firstPresales, project.id)).remainingIssues;
    expect(now.failedAttempts).toBe(2);
    expect(now.attempts.map((a) => [a.triedBy.id, a.succeeded])).toEqual([
      [firstPresales.id, false],
      [second.id, false],
      [additional.id, true],
    ]);
    // Attempts are not a step of the issue: the owner's expectedVersion stays valid.
    expect(now.version).toBe(1);
    expect(now.status).toBe('OPEN');

    const rows = await ds.getRepository(IssueAttempt).find({ order: { createdAt: 'ASC' } });
    expect(rows.map((row) => [row.issueId, row.triedById, row.whatWasTried, row.succeeded])).toEqual([
      [issue.id, firstPresales.id, '调整 xrdp 的 max_bpp 为 24 并重启服务', false],
      [issue.id, second.id, '改用 VNC 协议连接', false],
      [issue.id, additional.id, '关闭桌面特效', true],
    ]);
    expect(await changes(issue.id)).toEqual(['ATTEMPT_RECORDED', 'ATTEMPT_RECORDED', 'ATTEMPT_RECORDED']);
  });

  it('recordIssueAttempt refuses the anonymous, non-pre-sales, outsiders, blank fields and closed issues', async () => {
    const ds = suite.server.dataSource;
    const salesWhoIsAlsoPresales = await buildUser(ds, [Role.SALES, Role.PRESALES]);
    const project = await buildProject(ds, { sales: salesWhoIsAlsoPresales });
    const { firstPresales } = project.parts;
    const issue = await openIssue(project, firstPresales);

    expect(codes(await attempt(null, issue.id))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await attempt(await buildUser(ds, [Role.SALES, Role.SALES_DIRECTOR]), issue.id))).toEqual(['FORBIDDEN']); // no PRESALES role
    expect(codes(await attempt(salesWhoIsAlsoPresales, issue.id))).toEqual(['FORBIDDEN']); // on the project, but as its sales
    expect(codes(await attempt(await buildUser(ds, [Role.PRESALES, Role.PRESALES_MANAGER]), issue.id))).toEqual(['FORBIDDEN']); // sees it, not a member
    expect(codes(await attempt(await buildUser(ds, [Role.PRESALES]), issue.id))).toEqual(['NOT_FOUND']); // cannot see the project
    expect(codes(await attempt(firstPresales, UNKNOWN))).toEqual(['NOT_FOUND']);
    expect(codes(await attempt(firstPresales, 'not-a-uuid'))).toEqual(['NOT_FOUND']);

    const blank = await attempt(firstPresales, issue.id, { whatWasTried: '  ', result: '' });
    expect(codes(blank)).toEqual(['VALIDATION']);
    expect(blank.errors?.[0].extensions?.fields).toEqual({ whatWasTried: 'REQUIRED', result: 'REQUIRED' });
    expect(await ds.getRepository(IssueAttempt).count()).toBe(0);

    expect((await resolve(firstPresales, issue)).errors).toBeUndefined();
    const closed = await attempt(firstPresales, issue.id);
    expect(codes(closed)).toEqual(['REMAINING_ISSUE_CLOSED']);
    expect(closed.errors?.[0].extensions?.status).toBe('RESOLVED');
    expect(await ds.getRepository(IssueAttempt).count()).toBe(0);
  });

  it('markObviousSevereBug: the owner marks it (compare-and-set); others are refused', async () => {
    const ds = suite.server.dataSource;
    const second = await buildUser(ds, [Role.PRESALES]);
    const project = await buildProject(ds, { secondPresales: second });
    const { sales, firstPresales } = project.parts;
    const issue = await openIssue(project, second);

    expect(codes(await mark(null, issue))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await mark(sales, issue))).toEqual(['FORBIDDEN']); // a SALES
    expect(codes(await mark(second, issue))).toEqual(['FORBIDDEN']); // filed it, but does not own it
    expect(codes(await mark(await buildUser(ds, [Role.PRESALES, Role.PRESALES_MANAGER]), issue))).toEqual(['FORBIDDEN']);
    expect(codes(await mark(await buildUser(ds, [Role.PRESALES]), issue))).toEqual(['NOT_FOUND']);
    expect(codes(await mark(firstPresales, { id: UNKNOWN, version: 1 }))).toEqual(['NOT_FOUND']);
    expect(codes(await mark(firstPresales, { ...issue, version: 7 }))).toEqual(['CONFLICT']);
    expect((await ds.getRepository(RemainingIssue).findOneByOrFail({ id: issue.id })).severeBug).toBe(false);

    const marked = await mark(firstPresales, issue);
    expect(marked.errors).toBeUndefined();
    expect(marked.data?.markObviousSevereBug).toMatchObject({ id: issue.id, severeBug: true, status: 'OPEN', version: 2, failedAttempts: 0 });
    expect(await ds.getRepository(RemainingIssue).findOneByOrFail({ id: issue.id })).toMatchObject({ severeBug: true, version: 2, status: 'OPEN' });
    expect(await changes(issue.id)).toEqual(['MARKED_SEVERE_BUG']);
    expect(codes(await mark(firstPresales, issue))).toEqual(['CONFLICT']); // the version it was marked at is gone
  });

  it('markObviousSevereBug on a resolved or R&D-bound issue is REMAINING_ISSUE_CLOSED', async () => {
    const ds = suite.server.dataSource;
    const project = await buildProject(ds);
    const { firstPresales } = project.parts;
    const resolvedIssue = await openIssue(project, firstPresales);
    const resolved = (await resolve(firstPresales, resolvedIssue)).data!.resolveRemainingIssue;
    const refused = await mark(firstPresales, resolved);
    expect(codes(refused)).toEqual(['REMAINING_ISSUE_CLOSED']);
    expect(refused.errors?.[0].extensions?.status).toBe('RESOLVED');

    const rndIssue = await openIssue(project, firstPresales, '大屏拼接器在 4K 分辨率下花屏，需研发定位');
    const sent = await (await as(firstPresales)).request(SEND_TO_RND, { input: { projectId: project.id, remainingIssueId: rndIssue.id, title: '4K 拼接支持', description: '拼接器 4K 花屏' } });
    expect(sent.errors).toBeUndefined();
    const current = await ds.getRepository(RemainingIssue).findOneByOrFail({ id: rndIssue.id });
    expect(current.status).toBe('SENT_TO_RND');
    const toRnd = await mark(firstPresales, current);
    expect(codes(toRnd)).toEqual(['REMAINING_ISSUE_CLOSED']);
    expect(toRnd.errors?.[0].extensions?.status).toBe('SENT_TO_RND');
    expect(codes(await attempt(firstPresales, rndIssue.id))).toEqual(['REMAINING_ISSUE_CLOSED']);
    expect((await ds.getRepository(RemainingIssue).findOneByOrFail({ id: rndIssue.id })).severeBug).toBe(false);
  });

  it('resolveRemainingIssue: the owner says how support handled it; the issue is closed and no longer an open problem', async () => {
    const ds = suite.server.dataSource;
    const second = await buildUser(ds, [Role.PRESALES]);
    const project = await buildProject(ds, { secondPresales: second });
    const { sales, firstPresales } = project.parts;
    const issue = await openIssue(project, firstPresales);
    expect((await recordOf(sales, project.id)).hasOpenProblem).toBe(true);

    expect(codes(await resolve(null, issue))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await resolve(sales, issue))).toEqual(['FORBIDDEN']);
    expect(codes(await resolve(second, issue))).toEqual(['FORBIDDEN']);
    expect(codes(await resolve(await buildUser(ds, [Role.PRESALES]), issue))).toEqual(['NOT_FOUND']);
    expect(codes(await resolve(firstPresales, { id: 'nope', version: 1 }))).toEqual(['NOT_FOUND']);
    const blank = await resolve(firstPresales, issue, '   ');
    expect(codes(blank)).toEqual(['VALIDATION']);
    expect(blank.errors?.[0].extensions?.fields).toEqual({ resolution: 'REQUIRED' });
    expect(codes(await resolve(firstPresales, { ...issue, version: 3 }))).toEqual(['CONFLICT']);
    expect((await ds.getRepository(RemainingIssue).findOneByOrFail({ id: issue.id })).status).toBe('OPEN');

    const done = await resolve(firstPresales, issue);
    expect(done.errors).toBeUndefined();
    expect(done.data?.resolveRemainingIssue).toMatchObject({ id: issue.id, status: 'RESOLVED', resolution: '升级显卡驱动至 5.2.1 后分辨率自适应正常', version: 2 });
    expect(await ds.getRepository(RemainingIssue).findOneByOrFail({ id: issue.id })).toMatchObject({ status: 'RESOLVED', resolution: '升级显卡驱动至 5.2.1 后分辨率自适应正常', version: 2 });
    expect(await changes(issue.id)).toEqual(['RESOLVED']);
    expect((await recordOf(sales, project.id)).hasOpenProblem).toBe(false);

    const again = await resolve(firstPresales, done.data!.resolveRemainingIssue, '再次处理');
    expect(codes(again)).toEqual(['REMAINING_ISSUE_CLOSED']);
    expect(codes(await resolve(firstPresales, issue, '用旧版本处理'))).toEqual(['CONFLICT']);
    expect((await ds.getRepository(RemainingIssue).findOneByOrFail({ id: issue.id })).resolution).toBe('升级显卡驱动至 5.2.1 后分辨率自适应正常');
  });

  it('the owner resolving and marking at once: exactly one step wins, the other is CONFLICT', async () => {
    const project = await buildProject(suite.server.dataSource);
    const { firstPresales } = project.parts;
    const issue = await openIssue(project, firstPresales);
    const results = await Promise.all([resolve(firstPresales, issue, '方案一'), resolve(firstPresales, issue, '方案二'), mark(firstPresales, issue)]);
    expect(results.map((r) => (r.errors ? codes(r)[0] : 'OK')).sort()).toEqual(['CONFLICT', 'CONFLICT', 'OK']);
    expect((await suite.server.dataSource.getRepository(RemainingIssue).findOneByOrFail({ id: issue.id })).version).toBe(2);
    expect(await changes(issue.id)).toHaveLength(1);
  });
});
