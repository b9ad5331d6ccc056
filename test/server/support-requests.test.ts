import { describe, expect, it } from 'vitest';
import { Role } from '../../server/src/modules/users/role.enum';
import type { User } from '../../server/src/modules/users/user.entity';
import { buildProject, buildUser } from '../helpers/factories';
import { ApiClient, codes } from '../helpers/graphql-client';
import { serverSuite } from '../helpers/server-suite';

const REQUEST = 'mutation($input: RequestSupportInput!) { requestSupport(input: $input) { id status holder version dueAt } }';
const ACT = `mutation($input: SupportActionInput!) { actOnSupportRequest(input: $input) {
  id status holder version dueAt proposedFor responsibleForFailure { id } handoffs { content scope result resolved } } }`;

interface Request {
  id: string;
  status: string;
  holder: string;
  version: number;
  dueAt: string;
  proposedFor: string | null;
  responsibleForFailure: { id: string } | null;
  handoffs: { content: string; scope: string; result: string | null; resolved: boolean | null }[];
}

describe('support requests, deferrals and hand-offs (第五–七条)', () => {
  const suite = serverSuite();
  const { as } = suite;
  const wanted = '2026-12-01T02:00:00.000Z';

  const setup = async (withSecond = true) => {
    const ds = suite.server.dataSource;
    const second = withSecond ? await buildUser(ds, [Role.PRESALES]) : null;
    const project = await buildProject(ds, { secondPresales: second });
    const created = await (await as(project.parts.sales)).request<{ requestSupport: Request }>(REQUEST, {
      input: { projectId: project.id, content: '12月1日到客户现场演示跨网段远程控制', wantedAt: wanted },
    });
    expect(created.errors).toBeUndefined();
    return { project, second, request: created.data!.requestSupport };
  };
  const act = async (user: User, request: Pick<Request, 'id' | 'version'>, action: string, extra: Record<string, unknown> = {}) =>
    (await as(user)).request<{ actOnSupportRequest: Request }>(ACT, { input: { requestId: request.id, action, expectedVersion: request.version, ...extra } });

  it('defer → urgent → hand-off → second reports: the ball moves, and who holds it is on the request', async () => {
    const { project, second, request } = await setup();
    expect(request).toMatchObject({ status: 'OPEN', holder: 'FIRST_PRESALES' });
    const deferred = await act(project.parts.firstPresales, request, 'PROPOSE_TIME', { at: '2026-12-03T02:00:00.000Z' });
    expect(deferred.data?.actOnSupportRequest).toMatchObject({ status: 'DEFERRAL_PROPOSED', holder: 'SALES', proposedFor: '2026-12-03T02:00:00.000Z' });
    const urgent = await act(project.parts.sales, deferred.data!.actOnSupportRequest, 'MARK_URGENT');
    expect(urgent.data?.actOnSupportRequest).toMatchObject({ status: 'URGENT', holder: 'FIRST_PRESALES' });
    const handedOff = await act(project.parts.firstPresales, urgent.data!.actOnSupportRequest, 'HAND_OFF', {
      content: '现场演示跨网段远程控制', scope: '仅本次演示，不含后续测试', at: wanted,
    });
    expect(handedOff.data?.actOnSupportRequest).toMatchObject({ status: 'HANDED_OFF', holder: 'SECOND_PRESALES', handoffs: [{ scope: '仅本次演示，不含后续测试', result: null }] });
    const accepted = await act(second!, handedOff.data!.actOnSupportRequest, 'ACCEPT');
    const reported = await act(second!, accepted.data!.actOnSupportRequest, 'REPORT_HANDOFF_RESULT', { content: '演示完成，客户认可跨网段方案', resolved: true });
    expect(reported.data?.actOnSupportRequest).toMatchObject({ status: 'DONE', holder: 'NOBODY', handoffs: [{ result: '演示完成，客户认可跨网段方案', resolved: true }] });
  });

  it('a hand-off that bounces back unresolved puts the responsibility on the first pre-sales', async () => {
    const { project, second, request } = await setup();
    const urgent = await act(project.parts.sales, request, 'MARK_URGENT');
    const handedOff = await act(project.parts.firstPresales, urgent.data!.actOnSupportRequest, 'HAND_OFF', { content: '演示', scope: '本次', at: wanted });
    const accepted = await act(second!, handedOff.data!.actOnSupportRequest, 'ACCEPT');
    const bounced = await act(second!, accepted.data!.actOnSupportRequest, 'REPORT_HANDOFF_RESULT', { content: '客户环境不具备，无法演示', resolved: false });
    expect(bounced.data?.actOnSupportRequest).toMatchObject({ status: 'BOUNCED', holder: 'FIRST_PRESALES', responsibleForFailure: { id: project.parts.firstPresales.id } });
  });

  it('the second may propose a time; the sales escalates to the manager, who closes it', async () => {
    const { project, second, request } = await setup();
    const urgent = await act(project.parts.sales, request, 'MARK_URGENT');
    const handedOff = await act(project.parts.firstPresales, urgent.data!.actOnSupportRequest, 'HAND_OFF', { content: '演示', scope: '本次', at: wanted });
    const proposed = await act(second!, handedOff.data!.actOnSupportRequest, 'PROPOSE_TIME', { at: '2026-12-05T02:00:00.000Z' });
    expect(proposed.data?.actOnSupportRequest).toMatchObject({ status: 'SECOND_DEFERRAL_PROPOSED', holder: 'SALES' });
    const escalated = await act(project.parts.sales, proposed.data!.actOnSupportRequest, 'ESCALATE');
    expect(escalated.data?.actOnSupportRequest).toMatchObject({ status: 'ESCALATED', holder: 'PRESALES_MANAGER' });
    const manager = await buildUser(suite.server.dataSource, [Role.PRESALES_MANAGER]);
    expect((await act(manager, escalated.data!.actOnSupportRequest, 'COMPLETE')).data?.actOnSupportRequest).toMatchObject({ status: 'DONE' });
  });

  it('breaking the flow: wrong state, wrong party, stale version, no second, bad times, outsiders', async () => {
    const { project, second, request } = await setup();
    expect(codes(await act(project.parts.firstPresales, request, 'HAND_OFF', { content: 'x', scope: 'y', at: wanted }))).toEqual(['SUPPORT_ACTION_NOT_ALLOWED']);
    expect(codes(await act(second!, request, 'ACCEPT'))).toEqual(['FORBIDDEN']); // OPEN is the first's to accept
    expect(codes(await act(project.parts.sales, request, 'ACCEPT'))).toEqual(['FORBIDDEN']);
    expect(codes(await act(project.parts.firstPresales, request, 'PROPOSE_TIME', { at: '2026-11-01T00:00:00Z' }))).toEqual(['VALIDATION']); // not later than wanted
    expect(codes(await act(project.parts.firstPresales, { ...request, version: 99 }, 'ACCEPT'))).toEqual(['CONFLICT']);
    const accepted = await act(project.parts.firstPresales, request, 'ACCEPT');
    expect(accepted.data?.actOnSupportRequest.status).toBe('ACCEPTED');
    expect(codes(await act(project.parts.firstPresales, request, 'COMPLETE'))).toEqual(['CONFLICT']); // stale version
    expect(codes(await act(await buildUser(suite.server.dataSource, [Role.PRESALES]), accepted.data!.actOnSupportRequest, 'COMPLETE'))).toEqual(['NOT_FOUND']);
    expect(codes(await new ApiClient(suite.server).request(ACT, { input: { requestId: request.id, action: 'COMPLETE', expectedVersion: 2 } }))).toEqual(['UNAUTHENTICATED']);

    const lonely = await setup(false);
    const urgent = await act(lonely.project.parts.sales, lonely.request, 'MARK_URGENT');
    expect(codes(await act(lonely.project.parts.firstPresales, urgent.data!.actOnSupportRequest, 'HAND_OFF', { content: '演示', scope: '本次', at: wanted }))).toEqual(['NO_SECOND_PRESALES']);
  });

  it('only the responsible sales asks for support', async () => {
    const { project } = await setup();
    const input = { projectId: project.id, content: '需要支持', wantedAt: wanted };
    expect(codes(await (await as(project.parts.firstPresales)).request(REQUEST, { input }))).toEqual(['FORBIDDEN']);
    expect(codes(await (await as(await buildUser(suite.server.dataSource, [Role.SALES]))).request(REQUEST, { input }))).toEqual(['NOT_FOUND']);
    expect(codes(await new ApiClient(suite.server).request(REQUEST, { input }))).toEqual(['UNAUTHENTICATED']);
  });
});
