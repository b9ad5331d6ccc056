import { describe, expect, it } from 'vitest';
import { ProjectTask } from '../../server/src/modules/project-tasks/project-task.entity';
import { ProjectStage } from '../../server/src/modules/projects/project-stage';
import { Role } from '../../server/src/modules/users/role.enum';
import type { User } from '../../server/src/modules/users/user.entity';
import { buildProject, buildUser } from '../helpers/factories';
import { ApiClient, codes } from '../helpers/graphql-client';
import { serverSuite } from '../helpers/server-suite';
import { until } from '../helpers/wait';

/** A due day relative to today, so the suite does not expire (due days must not be in the past). */
const inDays = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

const TASK = 'id kind description dueOn status result completedAt version assignee { id } createdBy { id } project { id }';
const REQUEST_INFO = `mutation($input: RequestInfoInput!) { requestInfo(input: $input) { ${TASK} } }`;
const REQUEST_UPGRADE = `mutation($input: RequestUpgradeInput!) { requestUpgrade(input: $input) { ${TASK} } }`;
const COMPLETE = `mutation($input: CompleteProjectTaskInput!) { completeProjectTask(input: $input) { ${TASK} } }`;
const MY_TASKS = '{ myTasks { id kind dueOn } }';
const PROJECT_TASKS = 'query($id: ID!) { project(id: $id) { tasks { id kind assignee { id } status } } }';

interface Task {
  id: string;
  kind: string;
  description: string;
  dueOn: string | null;
  status: string;
  result: string | null;
  completedAt: string | null;
  version: number;
  assignee: { id: string };
  createdBy: { id: string };
  project: { id: string } | null;
}

describe('project tasks: information requests and after-sales upgrades (SPEC §6)', () => {
  const suite = serverSuite();
  const { as, feed, subscribed } = suite;
  const client = async (user: User | null) => (user ? as(user) : new ApiClient(suite.server));

  const requestInfo = async (user: User | null, projectId: string, extra: Record<string, unknown> = {}) =>
    (await client(user)).request<{ requestInfo: Task }>(REQUEST_INFO, { input: { projectId, description: '  请向客户索取终端操作系统版本与网段划分  ', dueOn: inDays(12), ...extra } });
  const requestUpgrade = async (user: User | null, projectId: string, kind: string, extra: Record<string, unknown> = {}) =>
    (await client(user)).request<{ requestUpgrade: Task }>(REQUEST_UPGRADE, { input: { projectId, kind, description: '升级到 V5.2 并打安全补丁 KB-2031', ...extra } });
  const complete = async (user: User | null, task: Pick<Task, 'id' | 'version'>, result = '  客户终端为 Windows 10 22H2，三个网段  ') =>
    (await client(user)).request<{ completeProjectTask: Task }>(COMPLETE, { input: { taskId: task.id, expectedVersion: task.version, result } });
  const myTasks = async (user: User) => {
    const response = await (await as(user)).request<{ myTasks: { id: string; kind: string; dueOn: string | null }[] }>(MY_TASKS);
    expect(response.errors).toBeUndefined();
    return response.data!.myTasks;
  };

  it('a pre-sales member asks for information: a task with a due date for the responsible sales', async () => {
    const ds = suite.server.dataSource;
    const second = await buildUser(ds, [Role.PRESALES]);
    const project = await buildProject(ds, { secondPresales: second });
    const { sales, firstPresales } = project.parts;

    const byFirst = await requestInfo(firstPresales, project.id);
    expect(byFirst.errors).toBeUndefined();
    expect(byFirst.data?.requestInfo).toEqual({
      id: expect.any(String),
      kind: 'INFO_REQUEST',
      description: '请向客户索取终端操作系统版本与网段划分',
      dueOn: inDays(12),
      status: 'OPEN',
      result: null,
      completedAt: null,
      version: 1,
      assignee: { id: sales.id },
      createdBy: { id: firstPresales.id },
      project: { id: project.id },
    });
    const bySecond = await requestInfo(second, project.id, { description: '客户现网交换机型号', dueOn: inDays(10) });
    expect(bySecond.data?.requestInfo).toMatchObject({ kind: 'INFO_REQUEST', assignee: { id: sales.id }, createdBy: { id: second.id }, dueOn: inDays(10) });

    const rows = await ds.getRepository(ProjectTask).find({ order: { createdAt: 'ASC' } });
    expect(rows.map((t) => [t.kind, t.assigneeId, t.createdById, t.dueOn, t.status])).toEqual([
      ['INFO_REQUEST', sales.id, firstPresales.id, inDays(12), 'OPEN'],
      ['INFO_REQUEST', sales.id, second.id, inDays(10), 'OPEN'],
    ]);
    // Soonest due first on the sales' list; nothing on the pre-sales'.
    expect((await myTasks(sales)).map((t) => t.id)).toEqual([bySecond.data!.requestInfo.id, byFirst.data!.requestInfo.id]);
    expect(await myTasks(firstPresales)).toEqual([]);
    // The project record lists them, newest first, for every member.
    const record = await (await as(second)).request<{ project: { tasks: { id: string }[] } }>(PROJECT_TASKS, { id: project.id });
    expect(record.data?.project.tasks.map((t) => t.id)).toEqual([bySecond.data!.requestInfo.id, byFirst.data!.requestInfo.id]);
  });

  it('requestInfo: pre-sales members only; a description and a due date in YYYY-MM-DD are required', async () => {
    const ds = suite.server.dataSource;
    const salesWhoIsAlsoPresales = await buildUser(ds, [Role.SALES, Role.PRESALES]);
    const project = await buildProject(ds, { sales: salesWhoIsAlsoPresales });
    const { firstPresales } = project.parts;
    expect(codes(await requestInfo(null, project.id))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await requestInfo(await buildUser(ds, [Role.SALES, Role.SALES_DIRECTOR]), project.id))).toEqual(['FORBIDDEN']); // no PRESALES role
    expect(codes(await requestInfo(salesWhoIsAlsoPresales, project.id))).toEqual(['FORBIDDEN']); // on the project, but as its sales
    expect(codes(await requestInfo(await buildUser(ds, [Role.PRESALES, Role.PRESALES_MANAGER]), project.id))).toEqual(['FORBIDDEN']); // sees it, not a member
    expect(codes(await requestInfo(await buildUser(ds, [Role.PRESALES]), project.id))).toEqual(['NOT_FOUND']);
    expect(codes(await requestInfo(firstPresales, '00000000-0000-4000-8000-000000000000'))).toEqual(['NOT_FOUND']);

    const empty = await requestInfo(firstPresales, project.id, { description: '  ', dueOn: '' });
    expect(codes(empty)).toEqual(['VALIDATION']);
    expect(empty.errors?.[0].extensions?.fields).toEqual({ description: 'REQUIRED', dueOn: 'INVALID_DATE' });
    for (const dueOn of ['04/12/2026', '2026-12-4', '2026-13-01', 'next week']) {
      expect((await requestInfo(firstPresales, project.id, { dueOn })).errors?.[0].extensions?.fields).toEqual({ dueOn: 'INVALID_DATE' });
    }
    const withoutDate = await (await as(firstPresales)).request(REQUEST_INFO, { input: { projectId: project.id, description: '客户现网交换机型号' } });
    expect(codes(withoutDate)).toEqual(['BAD_USER_INPUT']); // dueOn is a required field of the input
    expect(await ds.getRepository(ProjectTask).count()).toBe(0);
  });

  it('requestInfo and requestUpgrade refuse a day that does not exist (2026-02-30) as INVALID_DATE, not as a server error, and a day already past', async () => {
    const ds = suite.server.dataSource;
    const project = await buildProject(ds, { stage: ProjectStage.AFTER_SALES });
    const info = await requestInfo(project.parts.firstPresales, project.id, { dueOn: '2026-02-30' });
    expect(codes(info)).toEqual(['VALIDATION']);
    expect(info.errors?.[0].extensions?.fields).toEqual({ dueOn: 'INVALID_DATE' });
    const upgrade = await requestUpgrade(project.parts.sales, project.id, 'TECHNICAL', { dueOn: '2026-04-31' });
    expect(codes(upgrade)).toEqual(['VALIDATION']);
    expect(upgrade.errors?.[0].extensions?.fields).toEqual({ dueOn: 'INVALID_DATE' });
    const overdue = await requestInfo(project.parts.firstPresales, project.id, { dueOn: inDays(-3) });
    expect(overdue.errors?.[0].extensions?.fields).toEqual({ dueOn: 'IN_THE_PAST' });
    const lateUpgrade = await requestUpgrade(project.parts.sales, project.id, 'COMMERCIAL', { dueOn: inDays(-3) });
    expect(lateUpgrade.errors?.[0].extensions?.fields).toEqual({ dueOn: 'IN_THE_PAST' });
    expect(await ds.getRepository(ProjectTask).count()).toBe(0);
  });

  it('requestUpgrade: TECHNICAL goes to the first pre-sales, COMMERCIAL to the responsible sales', async () => {
    const ds = suite.server.dataSource;
    const second = await buildUser(ds, [Role.PRESALES]);
    const project = await buildProject(ds, { stage: ProjectStage.AFTER_SALES, secondPresales: second });
    const { sales, firstPresales } = project.parts;

    const technical = await requestUpgrade(sales, project.id, 'TECHNICAL', { dueOn: inDays(28) });
    expect(technical.errors).toBeUndefined();
    expect(technical.data?.requestUpgrade).toMatchObject({
      kind: 'TECHNICAL_UPGRADE', assignee: { id: firstPresales.id }, createdBy: { id: sales.id }, dueOn: inDays(28), status: 'OPEN', version: 1, description: '升级到 V5.2 并打安全补丁 KB-2031',
    });
    const commercial = await requestUpgrade(second, project.id, 'COMMERCIAL', { description: '续购三年服务并更新序列号' });
    expect(commercial.data?.requestUpgrade).toMatchObject({ kind: 'COMMERCIAL_UPGRADE', assignee: { id: sales.id }, createdBy: { id: second.id }, dueOn: null });
    const manager = await buildUser(ds, [Role.PRESALES_MANAGER]); // not a member: the manager may ask too
    expect((await requestUpgrade(manager, project.id, 'TECHNICAL')).data?.requestUpgrade).toMatchObject({ assignee: { id: firstPresales.id }, createdBy: { id: manager.id } });

    const rows = await ds.getRepository(ProjectTask).find({ order: { createdAt: 'ASC' } });
    expect(rows.map((t) => [t.kind, t.assigneeId])).toEqual([
      ['TECHNICAL_UPGRADE', firstPresales.id],
      ['COMMERCIAL_UPGRADE', sales.id],
      ['TECHNICAL_UPGRADE', firstPresales.id],
    ]);
    expect((await myTasks(firstPresales)).map((t) => t.kind)).toEqual(['TECHNICAL_UPGRADE', 'TECHNICAL_UPGRADE']); // the dated one first
    expect((await myTasks(firstPresales))[0].dueOn).toBe(inDays(28));
    expect((await myTasks(sales)).map((t) => t.kind)).toEqual(['COMMERCIAL_UPGRADE']);
  });

  it('requestUpgrade: only in AFTER_SALES, by a member of either side or the PRESALES_MANAGER', async () => {
    const ds = suite.server.dataSource;
    const project = await buildProject(ds, { stage: ProjectStage.AFTER_SALES });
    const { sales, firstPresales } = project.parts;
    expect(codes(await requestUpgrade(null, project.id, 'TECHNICAL'))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await requestUpgrade(await buildUser(ds, [Role.TECH_DIRECTOR]), project.id, 'TECHNICAL'))).toEqual(['FORBIDDEN']);
    expect(codes(await requestUpgrade(await buildUser(ds, [Role.SALES, Role.SALES_DIRECTOR]), project.id, 'COMMERCIAL'))).toEqual(['FORBIDDEN']); // sees it, not a member
    expect(codes(await requestUpgrade(await buildUser(ds, [Role.SALES]), project.id, 'COMMERCIAL'))).toEqual(['NOT_FOUND']);
    expect(codes(await requestUpgrade(await buildUser(ds, [Role.PRESALES]), project.id, 'TECHNICAL'))).toEqual(['NOT_FOUND']);

    const bad = await requestUpgrade(sales, project.id, 'TECHNICAL', { description: ' ', dueOn: '20261220' });
    expect(codes(bad)).toEqual(['VALIDATION']);
    expect(bad.errors?.[0].extensions?.fields).toEqual({ description: 'REQUIRED', dueOn: 'INVALID_DATE' });

    for (const stage of [ProjectStage.INITIATED, ProjectStage.IMPLEMENTATION, ProjectStage.ACCEPTED, ProjectStage.CLOSED]) {
      const early = await buildProject(ds, { stage, sales, firstPresales });
      const refused = await requestUpgrade(firstPresales, early.id, 'TECHNICAL');
      expect(codes(refused)).toEqual(['PROJECT_NOT_IN_AFTER_SALES']);
      expect(refused.errors?.[0].extensions?.stage).toBe(stage);
    }
    expect(await ds.getRepository(ProjectTask).count()).toBe(0);
  });

  it('completeProjectTask: only the assignee, once; a stale version is CONFLICT', async () => {
    const ds = suite.server.dataSource;
    const project = await buildProject(ds);
    const { sales, firstPresales } = project.parts;
    const task = (await requestInfo(firstPresales, project.id)).data!.requestInfo;

    expect(codes(await complete(null, task))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await complete(firstPresales, task))).toEqual(['FORBIDDEN']); // asked for it, but it is the sales' task
    expect(codes(await complete(await buildUser(ds, [Role.PRESALES_MANAGER]), task))).toEqual(['FORBIDDEN']);
    expect(codes(await complete(await buildUser(ds, [Role.SALES]), task))).toEqual(['NOT_FOUND']);
    expect(codes(await complete(sales, { id: '00000000-0000-4000-8000-000000000000', version: 1 }))).toEqual(['NOT_FOUND']);
    const blank = await complete(sales, task, '   ');
    expect(blank.errors?.[0].extensions?.fields).toEqual({ result: 'REQUIRED' });
    expect(codes(await complete(sales, { ...task, version: 5 }))).toEqual(['CONFLICT']);

    const done = await complete(sales, task);
    expect(done.errors).toBeUndefined();
    expect(done.data?.completeProjectTask).toMatchObject({ id: task.id, status: 'DONE', result: '客户终端为 Windows 10 22H2，三个网段', version: 2 });
    expect(done.data?.completeProjectTask.completedAt).toEqual(expect.any(String));
    expect(await ds.getRepository(ProjectTask).findOneByOrFail({ id: task.id })).toMatchObject({ status: 'DONE', version: 2, result: '客户终端为 Windows 10 22H2，三个网段' });
    expect(await myTasks(sales)).toEqual([]);

    expect(codes(await complete(sales, done.data!.completeProjectTask, '再次完成'))).toEqual(['CONFLICT']); // already done
    expect(codes(await complete(sales, task, '用旧版本完成'))).toEqual(['CONFLICT']); // stale version
    expect((await ds.getRepository(ProjectTask).findOneByOrFail({ id: task.id })).result).toBe('客户终端为 Windows 10 22H2，三个网段');
  });

  it('two completions at once: exactly one succeeds', async () => {
    const project = await buildProject(suite.server.dataSource);
    const task = (await requestInfo(project.parts.firstPresales, project.id)).data!.requestInfo;
    const results = await Promise.all([complete(project.parts.sales, task, '答复一'), complete(project.parts.sales, task, '答复二')]);
    expect(results.map((r) => (r.errors ? codes(r)[0] : 'OK')).sort()).toEqual(['CONFLICT', 'OK']);
    expect((await suite.server.dataSource.getRepository(ProjectTask).findOneByOrFail({ id: task.id })).version).toBe(2);
  });

  it('myTasks lists only the viewer’s open tasks on projects they are still on; it needs a session', async () => {
    const ds = suite.server.dataSource;
    const project = await buildProject(ds, { stage: ProjectStage.AFTER_SALES });
    const other = await buildProject(ds, { stage: ProjectStage.AFTER_SALES });
    const mine = (await requestUpgrade(project.parts.sales, project.id, 'COMMERCIAL', { dueOn: inDays(39) })).data!.requestUpgrade;
    await requestUpgrade(other.parts.sales, other.id, 'COMMERCIAL');
    expect((await myTasks(project.parts.sales)).map((t) => t.id)).toEqual([mine.id]);
    expect(await myTasks(await buildUser(ds, [Role.PRESALES_MANAGER]))).toEqual([]);
    await ds.query('DELETE FROM project_member WHERE project_id = $1 AND user_id = $2', [project.id, project.parts.sales.id]);
    expect(await myTasks(project.parts.sales)).toEqual([]);
    expect(codes(await new ApiClient(suite.server).request(MY_TASKS))).toEqual(['UNAUTHENTICATED']);
  });

  it('a new task is on the project’s live timeline for its members, never for an outsider', async () => {
    const ds = suite.server.dataSource;
    const project = await buildProject(ds);
    const subscription = `subscription { projectActivity(projectId: "${project.id}") { type entityId actor { id } } }`;
    const open = (user: User) => feed<{ projectActivity: { type: string; entityId: string; actor: { id: string } } }>(user, subscription);
    const salesFeed = await open(project.parts.sales);
    const outsiderFeed = await open(await buildUser(ds, [Role.SALES]));
    await subscribed(1);
    await until(() => outsiderFeed.errors.length > 0, 'the outsider to be refused');
    expect(JSON.stringify(outsiderFeed.errors)).toContain('NOT_FOUND');

    const task = (await requestInfo(project.parts.firstPresales, project.id)).data!.requestInfo;
    expect((await salesFeed.next(1))[0].projectActivity).toEqual({ type: 'PROJECT_TASK_CHANGED', entityId: task.id, actor: { id: project.parts.firstPresales.id } });
    expect((await complete(project.parts.sales, task)).errors).toBeUndefined();
    expect((await salesFeed.next(2))[1].projectActivity).toEqual({ type: 'PROJECT_TASK_CHANGED', entityId: task.id, actor: { id: project.parts.sales.id } });
    expect(outsiderFeed.items).toEqual([]);
  });
});
