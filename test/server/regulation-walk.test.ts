import { describe, expect, it } from 'vitest';
import { Role } from '../../server/src/modules/users/role.enum';
import type { User } from '../../server/src/modules/users/user.entity';
import { buildCustomer, buildUser } from '../helpers/factories';
import { ApiClient, type GraphQLResponse } from '../helpers/graphql-client';
import { serverSuite } from '../helpers/server-suite';

/** The regulation end to end, as the real roles, over GraphQL only (issue 3, acceptance 1). */
describe('the regulation, walked end to end', () => {
  const suite = serverSuite();

  it('initiate → ask support → defer → urgent → hand-off → second reports → tracking table → complaints upheld → level drops → resource request approved', async () => {
    const ds = suite.server.dataSource;
    const people = {
      sales: await buildUser(ds, [Role.SALES], '王海涛'),
      first: await buildUser(ds, [Role.PRESALES], '张伟'),
      second: await buildUser(ds, [Role.PRESALES], '李娜'),
      extra: await buildUser(ds, [Role.PRESALES], '赵磊'),
      manager: await buildUser(ds, [Role.PRESALES_MANAGER], '孙丽'),
      director: await buildUser(ds, [Role.TECH_DIRECTOR], '周建国'),
      gm: await buildUser(ds, [Role.GM], '郑宏'),
    };
    const customer = await buildCustomer(ds, '华东电网信息通信中心');
    const clients = new Map<User, ApiClient>();
    const as = async (user: User) => {
      if (!clients.has(user)) clients.set(user, await suite.as(user));
      return clients.get(user)!;
    };
    const ok = async <T>(user: User, query: string, variables: Record<string, unknown>): Promise<T> => {
      const response: GraphQLResponse<T> = await (await as(user)).request<T>(query, variables);
      expect(response.errors, query).toBeUndefined();
      return response.data as T;
    };

    const { initiateProject: project } = await ok<{ initiateProject: { id: string } }>(people.sales, 'mutation($input: InitiateProjectInput!) { initiateProject(input: $input) { id } }', {
      input: { customerId: customer.id, name: '调度数据网远程运维平台', responsibleSalesId: people.sales.id, firstPresalesId: people.first.id, secondPresalesId: people.second.id, supportTypes: ['EXCHANGE'], requirements: '向信息中心演示跨网段远程控制与审计回放' },
    });

    const ACT = 'mutation($input: SupportActionInput!) { actOnSupportRequest(input: $input) { id version status holder } }';
    type Step = { actOnSupportRequest: { id: string; version: number; status: string } };
    let request = (await ok<{ requestSupport: { id: string; version: number } }>(people.sales, 'mutation($input: RequestSupportInput!) { requestSupport(input: $input) { id version } }', {
      input: { projectId: project.id, content: '12月1日现场技术交流', wantedAt: '2026-11-10T02:00:00Z' },
    })).requestSupport;
    const step = async (user: User, action: string, extra: Record<string, unknown> = {}) => {
      const result = await ok<Step>(user, ACT, { input: { requestId: request.id, action, expectedVersion: request.version, ...extra } });
      request = result.actOnSupportRequest;
      return result.actOnSupportRequest.status;
    };
    expect(await step(people.first, 'PROPOSE_TIME', { at: '2026-11-12T02:00:00Z' })).toBe('DEFERRAL_PROPOSED');
    expect(await step(people.sales, 'MARK_URGENT')).toBe('URGENT');
    expect(await step(people.first, 'HAND_OFF', { content: '现场技术交流', scope: '仅本次交流', at: '2026-11-10T02:00:00Z' })).toBe('HANDED_OFF');
    expect(await step(people.second, 'ACCEPT')).toBe('ACCEPTED_BY_SECOND');

    await ok(people.second, 'mutation($input: FileCommunicationReportInput!) { fileCommunicationReport(input: $input) { id } }', {
      input: { projectId: project.id, result: 'SUCCESS', method: 'ON_SITE', communicator: '信息中心 李工', communicatedAt: '2026-11-10T06:00:00Z', problemsHandled: ['演示跨网段远程控制，解答审计录像保存周期配置'] },
    });
    expect(await step(people.second, 'REPORT_HANDOFF_RESULT', { content: '交流完成，已提交沟通汇报', resolved: true })).toBe('DONE');
    const table = await ok<{ myTrackingTable: { supportRole: string; supporter: { id: string } }[] }>(people.first, 'query { myTrackingTable(month: "2026-11") { supportRole supporter { id } } }', {});
    expect(table.myTrackingTable).toEqual([{ supportRole: 'SECOND', supporter: { id: people.second.id } }]);

    for (let i = 0; i < 2; i += 1) {
      const { fileComplaint } = await ok<{ fileComplaint: { id: string } }>(people.sales, 'mutation($input: FileComplaintInput!) { fileComplaint(input: $input) { id } }', {
        input: { projectId: project.id, respondentId: people.first.id, description: `第${i + 1}次：客户电话沟通后未提交任何沟通汇报` },
      });
      await ok(people.manager, 'mutation($input: DecideComplaintInput!) { decideComplaint(input: $input) { status } }', { input: { complaintId: fileComplaint.id, uphold: true } });
    }
    const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(new Date());
    const level = await ok<{ performanceLevel: { monthlyDeduction: number; level: number } }>(people.manager, 'query($u: ID!, $m: String!) { performanceLevel(userId: $u, month: $m) { monthlyDeduction level } }', { u: people.first.id, m: month });
    expect(level.performanceLevel).toEqual({ monthlyDeduction: 1, level: -1 });

    const { requestResource } = await ok<{ requestResource: { approval: { id: string } } }>(people.first, 'mutation($input: RequestResourceInput!) { requestResource(input: $input) { approval { id } } }', {
      input: { projectId: project.id, candidateId: people.extra.id, reason: '交流后客户要求一周内完成测试，需要增援' },
    });
    const DECIDE = 'mutation($input: DecideApprovalInput!) { decideApproval(input: $input) { status } }';
    for (const [position, approver] of [people.manager, people.director, people.gm].entries()) {
      await ok(approver, DECIDE, { input: { approvalId: requestResource.approval.id, step: position, decision: 'APPROVE' } });
    }
    const members = await ok<{ project: { members: { role: string; user: { id: string } }[] } }>(people.sales, 'query($id: ID!) { project(id: $id) { members { role user { id } } } }', { id: project.id });
    expect(members.project.members).toContainEqual({ role: 'ADDITIONAL_PRESALES', user: { id: people.extra.id } });
  });
});
