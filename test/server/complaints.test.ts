import { describe, expect, it } from 'vitest';
import { Role } from '../../server/src/modules/users/role.enum';
import type { User } from '../../server/src/modules/users/user.entity';
import { buildProject, buildUser } from '../helpers/factories';
import { ApiClient, codes } from '../helpers/graphql-client';
import { serverSuite } from '../helpers/server-suite';

const FILE = 'mutation($input: FileComplaintInput!) { fileComplaint(input: $input) { id title status respondent { id } } }';
const DECIDE = 'mutation($input: DecideComplaintInput!) { decideComplaint(input: $input) { id status decidedBy { id } } }';
const LEVEL = 'query($userId: ID!, $month: String!) { performanceLevel(userId: $userId, month: $month) { upheldThisMonth upheldTotal monthlyDeduction permanentDeduction level } }';
const LIST = '{ complaints { id title } }';

describe('complaints and performance levels (第十三–十四条)', () => {
  const suite = serverSuite({ complaintsPerMonthlyLevel: 2, complaintsPerPermanentLevel: 4 });
  const { as } = suite;
  const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(new Date());

  const fileAgainst = async (sales: User, projectId: string, respondent: User) => {
    const response = await (await as(sales)).request<{ fileComplaint: { id: string; title: string } }>(FILE, {
      input: { projectId, respondentId: respondent.id, description: '11月3日现场沟通后没有提交沟通汇报，销售不知道遗留问题' },
    });
    expect(response.errors).toBeUndefined();
    return response.data!.fileComplaint;
  };

  it('two upheld complaints in a month cost a level that month; four in total cost one for good', async () => {
    const ds = suite.server.dataSource;
    const presales = await buildUser(ds, [Role.PRESALES]);
    const project = await buildProject(ds, { firstPresales: presales, name: '政务外网终端管理平台' });
    const manager = await as(await buildUser(ds, [Role.PRESALES_MANAGER]));

    const first = await fileAgainst(project.parts.sales, project.id, presales);
    expect(first.title).toBe('投诉-政务外网终端管理平台沟通问题');
    const second = await fileAgainst(project.parts.sales, project.id, presales);
    const dismissed = await fileAgainst(project.parts.sales, project.id, presales);
    for (const complaint of [first, second]) expect((await manager.request(DECIDE, { input: { complaintId: complaint.id, uphold: true } })).errors).toBeUndefined();
    expect((await manager.request(DECIDE, { input: { complaintId: dismissed.id, uphold: false, comment: '已电话汇报' } })).errors).toBeUndefined();

    const level = await (await as(presales)).request<{ performanceLevel: unknown }>(LEVEL, { userId: presales.id, month });
    expect(level.data?.performanceLevel).toEqual({ upheldThisMonth: 2, upheldTotal: 2, monthlyDeduction: 1, permanentDeduction: 0, level: -1 });

    for (let i = 0; i < 2; i += 1) {
      const complaint = await fileAgainst(project.parts.sales, project.id, presales);
      await manager.request(DECIDE, { input: { complaintId: complaint.id, uphold: true } });
    }
    const after = await manager.request<{ performanceLevel: unknown }>(LEVEL, { userId: presales.id, month });
    expect(after.data?.performanceLevel).toEqual({ upheldThisMonth: 4, upheldTotal: 4, monthlyDeduction: 2, permanentDeduction: 1, level: -3 });
    expect((await (await as(presales)).request<{ performanceLevel: unknown }>(LEVEL, { userId: presales.id, month: '2020-01' })).data?.performanceLevel).toMatchObject({ level: 0 });
  });

  it('a complaint is decided once (CONFLICT), only by the PRESALES_MANAGER (FORBIDDEN)', async () => {
    const ds = suite.server.dataSource;
    const project = await buildProject(ds);
    const complaint = await fileAgainst(project.parts.sales, project.id, project.parts.firstPresales);
    const director = await as(await buildUser(ds, [Role.TECH_DIRECTOR]));
    expect(codes(await director.request(DECIDE, { input: { complaintId: complaint.id, uphold: true } }))).toEqual(['FORBIDDEN']);
    const managers = [await as(await buildUser(ds, [Role.PRESALES_MANAGER])), await as(await buildUser(ds, [Role.PRESALES_MANAGER]))];
    const results = await Promise.all(managers.map((m) => m.request(DECIDE, { input: { complaintId: complaint.id, uphold: true } })));
    expect(results.map((r) => (r.errors ? codes(r)[0] : 'OK')).sort()).toEqual(['CONFLICT', 'OK']);
    expect(codes(await new ApiClient(suite.server).request(DECIDE, { input: { complaintId: complaint.id, uphold: true } }))).toEqual(['UNAUTHENTICATED']);
  });

  it('only the responsible sales complains, about an engineer who supports the project', async () => {
    const ds = suite.server.dataSource;
    const project = await buildProject(ds);
    const input = (respondentId: string, description = '多次远程沟通后没有任何汇报') => ({ input: { projectId: project.id, respondentId, description } });
    expect(codes(await new ApiClient(suite.server).request(FILE, input(project.parts.firstPresales.id)))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await (await as(project.parts.firstPresales)).request(FILE, input(project.parts.firstPresales.id)))).toEqual(['FORBIDDEN']);
    expect(codes(await (await as(await buildUser(ds, [Role.SALES]))).request(FILE, input(project.parts.firstPresales.id)))).toEqual(['NOT_FOUND']);
    const bad = await (await as(project.parts.sales)).request(FILE, input((await buildUser(ds, [Role.PRESALES])).id, '太差'));
    expect(bad.errors?.[0].extensions?.fields).toEqual({ respondentId: 'NOT_SUPPORTING_PROJECT', description: 'TOO_SHORT' });
  });

  it('complaints and levels are visible to the person, the managers and the GM only', async () => {
    const ds = suite.server.dataSource;
    const second = await buildUser(ds, [Role.PRESALES]);
    const project = await buildProject(ds, { secondPresales: second });
    const complaint = await fileAgainst(project.parts.sales, project.id, project.parts.firstPresales);
    const listOf = async (user: User) => ((await (await as(user)).request<{ complaints: { id: string }[] }>(LIST)).data?.complaints ?? []).map((c) => c.id);
    for (const role of [Role.PRESALES_MANAGER, Role.TECH_DIRECTOR, Role.GM]) expect(await listOf(await buildUser(ds, [role]))).toEqual([complaint.id]);
    expect(await listOf(project.parts.firstPresales)).toEqual([complaint.id]);
    expect(await listOf(project.parts.sales)).toEqual([complaint.id]);
    expect(await listOf(second)).toEqual([]);
    expect(await listOf(await buildUser(ds, [Role.SALES_DIRECTOR]))).toEqual([]);
    expect(codes(await (await as(second)).request(LEVEL, { userId: project.parts.firstPresales.id, month }))).toEqual(['FORBIDDEN']);
    expect(codes(await (await as(await buildUser(ds, [Role.CUSTOMER]))).request(LIST))).toEqual(['FORBIDDEN']);
    expect(codes(await new ApiClient(suite.server).request(LIST))).toEqual(['UNAUTHENTICATED']);
  });
});
