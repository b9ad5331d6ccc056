import { describe, expect, it } from 'vitest';
import { EventRecord } from '../../server/src/platform/events/event.entity';
import { ProjectMember } from '../../server/src/modules/projects/project-member.entity';
import { Role } from '../../server/src/modules/users/role.enum';
import type { User } from '../../server/src/modules/users/user.entity';
import { buildProject, buildUser } from '../helpers/factories';
import { ApiClient, codes, collect, connected } from '../helpers/graphql-client';
import { serverSuite } from '../helpers/server-suite';
import { until } from '../helpers/wait';

const FILE = `mutation($input: FileCommunicationReportInput!) {
  fileCommunicationReport(input: $input) { id title result channel problemsHandled remainingProblems author { id } } }`;
const RECORD = `query($id: ID!) { project(id: $id) {
  reports { id title } remainingIssues { description status owner { id } } timeline { type actor { id } } } }`;
const TABLE = 'query($month: String!) { myTrackingTable(month: $month) { entryDate content supportRole supporter { id } project { id } } }';
const REQUEST_WRITTEN = 'mutation($id: ID!) { requestWrittenReport(reportId: $id) { id writtenRequestedAt } }';

const GOOD = ['解决Windows 7下远程控制端口3389被防火墙拦截的问题', '为客户配置AD域账号同步策略，验证了50台终端登录'];

describe('communication reports, remaining issues and the tracking table (SPEC §4)', () => {
  const suite = serverSuite();
  const { as, ws } = suite;
  const input = (projectId: string, overrides: Record<string, unknown> = {}) => ({
    projectId,
    result: 'SUCCESS',
    method: 'REMOTE',
    communicator: '客户信息中心 李工',
    communicatedAt: '2026-11-20T03:00:00.000Z',
    problemsHandled: GOOD,
    ...overrides,
  });

  it('the first pre-sales files a report: generated title, tracking-table row, event on the timeline', async () => {
    const ds = suite.server.dataSource;
    const first = await buildUser(ds, [Role.PRESALES], '张伟');
    const project = await buildProject(ds, { firstPresales: first, name: '调度数据网远程运维平台' });
    const response = await (await as(first)).request<{ fileCommunicationReport: { title: string; author: { id: string } } }>(FILE, { input: input(project.id) });
    expect(response.errors).toBeUndefined();
    expect(response.data?.fileCommunicationReport).toMatchObject({ title: '客户沟通-调度数据网远程运维平台-张伟', author: { id: first.id } });

    const table = await (await as(first)).request<{ myTrackingTable: unknown[] }>(TABLE, { month: '2026-11' });
    expect(table.data?.myTrackingTable).toEqual([
      { entryDate: '2026-11-20', content: GOOD.join('；'), supportRole: 'FIRST', supporter: { id: first.id }, project: { id: project.id } },
    ]);
    expect((await (await as(first)).request<{ myTrackingTable: unknown[] }>(TABLE, { month: '2026-10' })).data?.myTrackingTable).toEqual([]);

    const record = await (await as(project.parts.sales)).request<{ project: { reports: unknown[]; timeline: { type: string; actor: { id: string } }[] } }>(RECORD, { id: project.id });
    expect(record.data?.project.reports).toHaveLength(1);
    expect(record.data?.project.timeline).toEqual([{ type: 'REPORT_FILED', actor: { id: first.id } }]);
  });

  it("a second pre-sales' report lands in the first's table, marked SECOND (第十六条)", async () => {
    const ds = suite.server.dataSource;
    const [first, second] = [await buildUser(ds, [Role.PRESALES]), await buildUser(ds, [Role.PRESALES])];
    const project = await buildProject(ds, { firstPresales: first, secondPresales: second });
    expect((await (await as(second)).request(FILE, { input: input(project.id) })).errors).toBeUndefined();
    const firstTable = await (await as(first)).request<{ myTrackingTable: { supportRole: string; supporter: { id: string } }[] }>(TABLE, { month: '2026-11' });
    expect(firstTable.data?.myTrackingTable).toMatchObject([{ supportRole: 'SECOND', supporter: { id: second.id } }]);
    expect((await (await as(second)).request<{ myTrackingTable: unknown[] }>(TABLE, { month: '2026-11' })).data?.myTrackingTable).toEqual([]);
  });

  it('ISSUE_REMAINING needs the remaining problems and opens remaining issues owned by the first pre-sales', async () => {
    const ds = suite.server.dataSource;
    const [first, second] = [await buildUser(ds, [Role.PRESALES]), await buildUser(ds, [Role.PRESALES])];
    const project = await buildProject(ds, { firstPresales: first, secondPresales: second });
    const client = await as(second);
    const missing = await client.request(FILE, { input: input(project.id, { result: 'ISSUE_REMAINING' }) });
    expect(codes(missing)).toEqual(['VALIDATION']);
    expect(missing.errors?.[0].extensions?.fields).toEqual({ remainingProblems: 'REQUIRED' });

    const remaining = ['国产麒麟系统下远程桌面分辨率无法自适应，需研发确认'];
    expect((await client.request(FILE, { input: input(project.id, { result: 'ISSUE_REMAINING', remainingProblems: remaining }) })).errors).toBeUndefined();
    const record = await (await as(first)).request<{ project: { remainingIssues: unknown[] } }>(RECORD, { id: project.id });
    expect(record.data?.project.remainingIssues).toEqual([{ description: remaining[0], status: 'OPEN', owner: { id: first.id } }]);
    const types = (await ds.getRepository(EventRecord).findBy({ projectId: project.id })).map((e) => e.type).sort();
    expect(types).toEqual(['REMAINING_ISSUE_OPENED', 'REPORT_FILED']);
  });

  it('refuses vague problem statements with REPORT_TOO_VAGUE, naming each one (第十五条)', async () => {
    const ds = suite.server.dataSource;
    const project = await buildProject(ds);
    const response = await (await as(project.parts.firstPresales)).request(FILE, {
      input: input(project.id, { problemsHandled: [GOOD[0], '解决了技术问题', 'solved the technical issue'] }),
    });
    expect(codes(response)).toEqual(['REPORT_TOO_VAGUE']);
    const items = response.errors?.[0].extensions?.items as { field: string; index: number; reason: string }[];
    expect(items.map((item) => [item.field, item.index])).toEqual([['problemsHandled', 1], ['problemsHandled', 2]]);
    expect(await ds.getRepository(EventRecord).count()).toBe(0);
  });

  it('checks the rest of the form field by field', async () => {
    const project = await buildProject(suite.server.dataSource);
    const response = await (await as(project.parts.firstPresales)).request(FILE, {
      input: input(project.id, { communicator: ' ', communicatedAt: '2099-01-01T00:00:00Z', problemsHandled: [' '], remainingProblems: [GOOD[1]] }),
    });
    expect(response.errors?.[0].extensions?.fields).toEqual({ communicator: 'REQUIRED', communicatedAt: 'IN_FUTURE', problemsHandled: 'REQUIRED', remainingProblems: 'NOT_ALLOWED' });
  });

  it('only the project\'s pre-sales may file: others get FORBIDDEN, strangers NOT_FOUND, anonymous UNAUTHENTICATED', async () => {
    const ds = suite.server.dataSource;
    const project = await buildProject(ds);
    expect(codes(await new ApiClient(suite.server).request(FILE, { input: input(project.id) }))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await (await as(project.parts.sales)).request(FILE, { input: input(project.id) }))).toEqual(['FORBIDDEN']); // not a PRESALES
    const manager = await buildUser(ds, [Role.PRESALES_MANAGER, Role.PRESALES]);
    expect(codes(await (await as(manager)).request(FILE, { input: input(project.id) }))).toEqual(['FORBIDDEN']); // sees it, does not support it
    expect(codes(await (await as(await buildUser(ds, [Role.PRESALES]))).request(FILE, { input: input(project.id) }))).toEqual(['NOT_FOUND']);
    const additional = await buildUser(ds, [Role.PRESALES]);
    await ds.getRepository(ProjectMember).insert({ projectId: project.id, userId: additional.id, role: 'ADDITIONAL_PRESALES' as ProjectMember['role'] });
    expect((await (await as(additional)).request(FILE, { input: input(project.id) })).errors).toBeUndefined();
  });

  it('the responsible sales may ask for a phone report in writing, once; not for a written one', async () => {
    const ds = suite.server.dataSource;
    const project = await buildProject(ds);
    const presales = await as(project.parts.firstPresales);
    const phone = await presales.request<{ fileCommunicationReport: { id: string } }>(FILE, { input: input(project.id, { method: 'PHONE', channel: 'PHONE' }) });
    const written = await presales.request<{ fileCommunicationReport: { id: string } }>(FILE, { input: input(project.id) });
    const sales = await as(project.parts.sales);
    const asked = await sales.request<{ requestWrittenReport: { writtenRequestedAt: string } }>(REQUEST_WRITTEN, { id: phone.data?.fileCommunicationReport.id });
    expect(asked.data?.requestWrittenReport.writtenRequestedAt).toBeTruthy();
    const again = await sales.request<{ requestWrittenReport: { writtenRequestedAt: string } }>(REQUEST_WRITTEN, { id: phone.data?.fileCommunicationReport.id });
    expect(again.data?.requestWrittenReport.writtenRequestedAt).toBe(asked.data?.requestWrittenReport.writtenRequestedAt);
    expect(codes(await sales.request(REQUEST_WRITTEN, { id: written.data?.fileCommunicationReport.id }))).toEqual(['REPORT_NOT_BY_PHONE']);

    const otherSales = await as(await buildUser(ds, [Role.SALES]));
    expect(codes(await otherSales.request(REQUEST_WRITTEN, { id: phone.data?.fileCommunicationReport.id }))).toEqual(['NOT_FOUND']);
    expect(codes(await presales.request(REQUEST_WRITTEN, { id: phone.data?.fileCommunicationReport.id }))).toEqual(['FORBIDDEN']); // a PRESALES, not a SALES
    expect(codes(await new ApiClient(suite.server).request(REQUEST_WRITTEN, { id: phone.data?.fileCommunicationReport.id }))).toEqual(['UNAUTHENTICATED']);
  });

  it('myTrackingTable: PRESALES only, and a valid month', async () => {
    const ds = suite.server.dataSource;
    expect(codes(await (await as(await buildUser(ds, [Role.SALES]))).request(TABLE, { month: '2026-11' }))).toEqual(['FORBIDDEN']);
    expect(codes(await new ApiClient(suite.server).request(TABLE, { month: '2026-11' }))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await (await as(await buildUser(ds, [Role.PRESALES]))).request(TABLE, { month: '2026-13' }))).toEqual(['VALIDATION']);
  });

  it('projectActivity pushes each change on the record live to those who may see it, never to others', async () => {
    const ds = suite.server.dataSource;
    const project = await buildProject(ds);
    const open = async (user: User) => {
      const { client } = await ws(user);
      await connected(client);
      return client;
    };
    const subscription = `subscription { projectActivity(projectId: "${project.id}") { seq type actor { id } } }`;
    const salesFeed = collect<{ projectActivity: { type: string; actor: { id: string } } }>(await open(project.parts.sales), subscription);
    const strangerFeed = collect(await open(await buildUser(ds, [Role.SALES])), subscription);
    await until(() => salesFeed.items.length > 0 || suite.server.services.bus.listenerCount >= 1, 'the sales subscription');
    await until(() => strangerFeed.errors.length > 0, 'the stranger to be refused');
    expect(JSON.stringify(strangerFeed.errors)).toContain('NOT_FOUND');

    expect((await (await as(project.parts.firstPresales)).request(FILE, { input: input(project.id) })).errors).toBeUndefined();
    const [pushed] = await salesFeed.next(1);
    expect(pushed.projectActivity).toMatchObject({ type: 'REPORT_FILED', actor: { id: project.parts.firstPresales.id } });
    expect(strangerFeed.items).toEqual([]);
  });
});
