import { describe, expect, it } from 'vitest';
import { Waiver } from '../../server/src/modules/waivers/waiver.entity';
import { Role } from '../../server/src/modules/users/role.enum';
import type { User } from '../../server/src/modules/users/user.entity';
import { buildProject, buildUser } from '../helpers/factories';
import { ApiClient, codes } from '../helpers/graphql-client';
import { serverSuite } from '../helpers/server-suite';
import { until } from '../helpers/wait';

const WAIVE = 'mutation($input: WaiveStepInput!) { waiveStep(input: $input) { id step reason createdAt waivedBy { id } } }';
const RECORD_QUERY = `query($id: ID!) { project(id: $id) { hasOpenProblem waivers { id step reason waivedBy { id } }
  timeline { type entityType entityId payload actor { id } } } }`;
const FILE_COMPLAINT = 'mutation($input: FileComplaintInput!) { fileComplaint(input: $input) { id } }';
const DECIDE_COMPLAINT = 'mutation($input: DecideComplaintInput!) { decideComplaint(input: $input) { id status } }';
const FILE_REPORT = 'mutation($input: FileCommunicationReportInput!) { fileCommunicationReport(input: $input) { id } }';

interface ProjectRecord {
  project: {
    hasOpenProblem: boolean;
    waivers: { id: string; step: string; reason: string; waivedBy: { id: string } }[];
    timeline: { type: string; entityType: string; entityId: string; payload: string; actor: { id: string } | null }[];
  };
}

describe('waived steps of a simplified process (第五十二条)', () => {
  const suite = serverSuite();
  const { as, feed, subscribed } = suite;

  const waive = async (user: User | null, projectId: string, step: string, reason = '  客户已有同类产品部署经验，免做测试预案  ') =>
    (user ? await as(user) : new ApiClient(suite.server)).request<{ waiveStep: { id: string; step: string; reason: string; waivedBy: { id: string } } }>(WAIVE, {
      input: { projectId, step, reason },
    });
  const recordOf = async (user: User, projectId: string) => {
    const response = await (await as(user)).request<ProjectRecord>(RECORD_QUERY, { id: projectId });
    expect(response.errors).toBeUndefined();
    return response.data!.project;
  };

  it('PRESALES_MANAGER, TECH_DIRECTOR and GM waive steps: each on the record with who answers for it, and on the timeline', async () => {
    const ds = suite.server.dataSource;
    const project = await buildProject(ds);
    const [manager, director, gm] = [await buildUser(ds, [Role.PRESALES_MANAGER]), await buildUser(ds, [Role.TECH_DIRECTOR]), await buildUser(ds, [Role.GM])];

    const first = await waive(manager, project.id, 'TEST_PLAN');
    expect(first.errors).toBeUndefined();
    expect(first.data?.waiveStep).toMatchObject({ step: 'TEST_PLAN', reason: '客户已有同类产品部署经验，免做测试预案', waivedBy: { id: manager.id } });
    const second = await waive(director, project.id, 'SITE_ENTRY_LIST', '客户机房自行准备');
    const third = await waive(gm, project.id, 'IMPLEMENTATION_PLAN', '合同约定简化实施');
    expect(second.errors).toBeUndefined();
    expect(third.errors).toBeUndefined();

    const rows = await ds.getRepository(Waiver).find({ order: { createdAt: 'ASC' } });
    expect(rows.map((w) => [w.projectId, w.step, w.waivedById])).toEqual([
      [project.id, 'TEST_PLAN', manager.id],
      [project.id, 'SITE_ENTRY_LIST', director.id],
      [project.id, 'IMPLEMENTATION_PLAN', gm.id],
    ]);

    // Members see them, oldest first, with the manager who answers for each.
    const record = await recordOf(project.parts.sales, project.id);
    expect(record.waivers).toEqual([
      { id: first.data!.waiveStep.id, step: 'TEST_PLAN', reason: '客户已有同类产品部署经验，免做测试预案', waivedBy: { id: manager.id } },
      { id: second.data!.waiveStep.id, step: 'SITE_ENTRY_LIST', reason: '客户机房自行准备', waivedBy: { id: director.id } },
      { id: third.data!.waiveStep.id, step: 'IMPLEMENTATION_PLAN', reason: '合同约定简化实施', waivedBy: { id: gm.id } },
    ]);
    // The timeline, newest first, has a STEP_WAIVED entry per waiver, by its manager.
    expect(record.timeline.map((e) => [e.type, e.entityType, e.entityId, e.actor?.id])).toEqual([
      ['STEP_WAIVED', 'Waiver', third.data!.waiveStep.id, gm.id],
      ['STEP_WAIVED', 'Waiver', second.data!.waiveStep.id, director.id],
      ['STEP_WAIVED', 'Waiver', first.data!.waiveStep.id, manager.id],
    ]);
    expect(JSON.parse(record.timeline[2].payload)).toEqual({ step: 'TEST_PLAN', reason: '客户已有同类产品部署经验，免做测试预案' });
  });

  it('waiveStep: managers only; the project must exist; a reason is required; a step is waived once', async () => {
    const ds = suite.server.dataSource;
    const project = await buildProject(ds);
    const manager = await buildUser(ds, [Role.PRESALES_MANAGER]);
    expect(codes(await waive(null, project.id, 'TEST_PLAN'))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await waive(project.parts.sales, project.id, 'TEST_PLAN'))).toEqual(['FORBIDDEN']);
    expect(codes(await waive(project.parts.firstPresales, project.id, 'TEST_PLAN'))).toEqual(['FORBIDDEN']);
    for (const role of [Role.SALES_DIRECTOR, Role.CHIEF_ENGINEER, Role.RND_MANAGER, Role.ADMIN]) {
      expect(codes(await waive(await buildUser(ds, [role]), project.id, 'TEST_PLAN'))).toEqual(['FORBIDDEN']);
    }
    expect(codes(await waive(manager, '00000000-0000-4000-8000-000000000000', 'TEST_PLAN'))).toEqual(['NOT_FOUND']);
    expect(codes(await waive(manager, 'not-a-project', 'TEST_PLAN'))).toEqual(['NOT_FOUND']);
    const noReason = await waive(manager, project.id, 'TEST_PLAN', '   ');
    expect(codes(noReason)).toEqual(['VALIDATION']);
    expect(noReason.errors?.[0].extensions?.fields).toEqual({ reason: 'REQUIRED' });
    expect(await ds.getRepository(Waiver).count()).toBe(0);

    expect((await waive(manager, project.id, 'TEST_PLAN')).errors).toBeUndefined();
    const twice = await waive(await buildUser(ds, [Role.GM]), project.id, 'TEST_PLAN', '再次豁免');
    expect(codes(twice)).toEqual(['VALIDATION']);
    expect(twice.errors?.[0].extensions?.fields).toEqual({ step: 'ALREADY_WAIVED' });
    expect(await ds.getRepository(Waiver).countBy({ projectId: project.id })).toBe(1);
    // The same step on another project is another waiver.
    expect((await waive(manager, (await buildProject(ds)).id, 'TEST_PLAN')).errors).toBeUndefined();
    // Only the one event per waiver.
    const [{ count }] = (await ds.query(`SELECT count(*)::int AS count FROM event WHERE type = 'STEP_WAIVED' AND project_id = $1`, [project.id])) as { count: number }[];
    expect(count).toBe(1);
  });

  it('two managers waiving the same step at once: one waiver, the other ALREADY_WAIVED', async () => {
    const ds = suite.server.dataSource;
    const project = await buildProject(ds);
    const managers = await Promise.all([Role.PRESALES_MANAGER, Role.TECH_DIRECTOR, Role.GM].map((role) => buildUser(ds, [role])));
    const results = await Promise.all(managers.map((m) => waive(m, project.id, 'EXCHANGE_PREP')));
    expect(results.map((r) => (r.errors ? (r.errors[0].extensions?.fields as { step?: string }).step : 'OK')).sort()).toEqual(['ALREADY_WAIVED', 'ALREADY_WAIVED', 'OK']);
    expect(await ds.getRepository(Waiver).countBy({ projectId: project.id, step: 'EXCHANGE_PREP' as Waiver['step'] })).toBe(1);
  });

  it('hasOpenProblem: false with waivers alone, and complaints never count (members may not see them)', async () => {
    const ds = suite.server.dataSource;
    const project = await buildProject(ds);
    const manager = await buildUser(ds, [Role.PRESALES_MANAGER]);
    expect((await recordOf(project.parts.sales, project.id)).hasOpenProblem).toBe(false);
    expect((await waive(manager, project.id, 'TEST_PLAN')).errors).toBeUndefined();
    expect((await recordOf(project.parts.sales, project.id)).hasOpenProblem).toBe(false);

    const fileOne = async () => {
      const filed = await (await as(project.parts.sales)).request<{ fileComplaint: { id: string } }>(FILE_COMPLAINT, {
        input: { projectId: project.id, respondentId: project.parts.firstPresales.id, description: '11月3日现场沟通后没有提交沟通汇报' },
      });
      expect(filed.errors).toBeUndefined();
      return filed.data!.fileComplaint.id;
    };
    const dismissed = await (await as(manager)).request(DECIDE_COMPLAINT, { input: { complaintId: await fileOne(), uphold: false, comment: '已电话汇报' } });
    expect(dismissed.errors).toBeUndefined();
    expect((await recordOf(manager, project.id)).hasOpenProblem).toBe(false);

    const upheld = await (await as(manager)).request(DECIDE_COMPLAINT, { input: { complaintId: await fileOne(), uphold: true } });
    expect(upheld.errors).toBeUndefined();
    const record = await recordOf(manager, project.id);
    expect(record.hasOpenProblem).toBe(false);
    expect((await recordOf(project.parts.sales, project.id)).hasOpenProblem).toBe(false);
    expect(record.waivers.map((w) => [w.step, w.waivedBy.id])).toEqual([['TEST_PLAN', manager.id]]);
    // Another project is not affected.
    expect((await recordOf(manager, (await buildProject(ds)).id)).hasOpenProblem).toBe(false);
  });

  it('hasOpenProblem: an open remaining issue (a report with ISSUE_REMAINING) is a problem too', async () => {
    const project = await buildProject(suite.server.dataSource);
    const filed = await (await as(project.parts.firstPresales)).request(FILE_REPORT, {
      input: {
        projectId: project.id,
        result: 'ISSUE_REMAINING',
        method: 'REMOTE',
        communicator: '客户信息中心 李工',
        communicatedAt: '2026-11-20T03:00:00.000Z',
        problemsHandled: ['解决Windows 7下远程控制端口3389被防火墙拦截的问题'],
        remainingProblems: ['国产麒麟系统下远程桌面分辨率无法自适应，需研发确认'],
      },
    });
    expect(filed.errors).toBeUndefined();
    expect((await recordOf(project.parts.sales, project.id)).hasOpenProblem).toBe(true);
  });

  it('a waiver is pushed live on projectActivity to a member and a manager, never to an outsider', async () => {
    const ds = suite.server.dataSource;
    const project = await buildProject(ds);
    const manager = await buildUser(ds, [Role.PRESALES_MANAGER]);
    const subscription = `subscription { projectActivity(projectId: "${project.id}") { type entityId projectId payload actor { id } } }`;
    const open = (user: User) => feed<{ projectActivity: { type: string; entityId: string; projectId: string; payload: string; actor: { id: string } } }>(user, subscription);
    const memberFeed = await open(project.parts.firstPresales);
    const managerFeed = await open(await buildUser(ds, [Role.TECH_DIRECTOR]));
    const outsiderFeed = await open(await buildUser(ds, [Role.PRESALES]));
    await subscribed(2);
    await until(() => outsiderFeed.errors.length > 0, 'the outsider to be refused');
    expect(JSON.stringify(outsiderFeed.errors)).toContain('NOT_FOUND');

    const waived = await waive(manager, project.id, 'TECH_DOC', '客户不需要技术文档');
    const expected = { type: 'STEP_WAIVED', entityId: waived.data!.waiveStep.id, projectId: project.id, actor: { id: manager.id } };
    const [forMember] = await memberFeed.next(1);
    expect(forMember.projectActivity).toMatchObject(expected);
    expect(JSON.parse(forMember.projectActivity.payload)).toEqual({ step: 'TECH_DOC', reason: '客户不需要技术文档' });
    expect((await managerFeed.next(1))[0].projectActivity).toMatchObject(expected);
    await suite.server.services.bus.settle();
    expect(outsiderFeed.items).toEqual([]);
    expect(memberFeed.items).toHaveLength(1);
  });
});
