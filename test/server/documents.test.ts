import { describe, expect, it } from 'vitest';
import { createLoaders } from '../../server/src/context';
import { SupportType } from '../../server/src/modules/projects/support-type';
import { Role } from '../../server/src/modules/users/role.enum';
import type { User } from '../../server/src/modules/users/user.entity';
import { buildProject, buildUser } from '../helpers/factories';
import { codes, type GraphQLResponse } from '../helpers/graphql-client';
import { serverSuite } from '../helpers/server-suite';
import { until } from '../helpers/wait';

const FIELDS = 'id kind status version revision title body salesPart technicalPart rejectionReason internal customerSignedBy tasks { title start end }';
const CREATE = `mutation($input: CreateProjectDocumentInput!) { createProjectDocument(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateProjectDocumentInput!) { updateProjectDocument(input: $input) { ${FIELDS} } }`;
const SUBMIT = `mutation($input: DocumentVersionInput!) { submitProjectDocument(input: $input) { ${FIELDS} approval { id currentStep } } }`;
const REVIEW = `mutation($input: ReviewProjectDocumentInput!) { reviewProjectDocument(input: $input) { ${FIELDS} reviewedBy { id } } }`;
const SIGN = `mutation($input: RecordCustomerSignatureInput!) { recordCustomerSignature(input: $input) { ${FIELDS} } }`;
const DECIDE = 'mutation($input: DecideApprovalInput!) { decideApproval(input: $input) { id status document { id status rejectionReason } } }';

interface Doc {
  id: string;
  kind: string;
  status: string;
  version: number;
  revision: number;
  title: string;
  body: string;
  salesPart: string | null;
  technicalPart: string | null;
  rejectionReason: string | null;
  internal: boolean;
  customerSignedBy: string | null;
  tasks: { title: string; start: string; end: string }[];
  approval?: { id: string; currentStep: number } | null;
}

describe('project documents and their review loop (SPEC §6)', () => {
  const suite = serverSuite();
  const { as, feed } = suite;
  const call = async <K extends string>(user: User | null, query: string, input: Record<string, unknown>) =>
    (await as(user)).request<Record<K, Doc>>(query, { input });
  const doc = <K extends string>(response: GraphQLResponse<Record<K, Doc>>, key: K): Doc => {
    expect(response.errors).toBeUndefined();
    return response.data![key];
  };
  const implementationProject = () => buildProject(suite.server.dataSource, { supportTypes: [SupportType.IMPLEMENTATION, SupportType.PRODUCT_TEST] });

  it('draft → submitted → rejected with reason → edited and resubmitted → approved, every revision kept', async () => {
    const project = await implementationProject();
    const { sales, firstPresales } = project.parts;
    const created = doc(await call(firstPresales, CREATE, { projectId: project.id, kind: 'TEST_PLAN', title: '测试预案：终端准入', body: '环境：两台交换机' }), 'createProjectDocument');
    expect(created).toMatchObject({ status: 'DRAFT', revision: 0, internal: true });

    const edited = doc(await call(firstPresales, UPDATE, { documentId: created.id, expectedVersion: created.version, body: '环境：两台交换机，一台准入控制器；功能项：802.1X 认证' }), 'updateProjectDocument');
    const submitted = doc(await call(firstPresales, SUBMIT, { documentId: edited.id, expectedVersion: edited.version }), 'submitProjectDocument');
    expect(submitted).toMatchObject({ status: 'SUBMITTED', revision: 1 });

    const noReason = await call(sales, REVIEW, { documentId: submitted.id, expectedVersion: submitted.version, decision: 'REJECT' });
    expect(codes(noReason)).toEqual(['VALIDATION']);
    expect(noReason.errors?.[0].extensions?.fields).toEqual({ reason: 'REQUIRED' });
    const rejected = doc(await call(sales, REVIEW, { documentId: submitted.id, expectedVersion: submitted.version, decision: 'REJECT', reason: '缺少客户现网的 VLAN 规划' }), 'reviewProjectDocument');
    expect(rejected).toMatchObject({ status: 'REJECTED', rejectionReason: '缺少客户现网的 VLAN 规划' });

    const fixed = doc(await call(firstPresales, UPDATE, { documentId: rejected.id, expectedVersion: rejected.version, body: '环境：两台交换机、VLAN 10/20；功能项：802.1X 认证' }), 'updateProjectDocument');
    const resubmitted = doc(await call(firstPresales, SUBMIT, { documentId: fixed.id, expectedVersion: fixed.version }), 'submitProjectDocument');
    expect(resubmitted).toMatchObject({ status: 'SUBMITTED', revision: 2, rejectionReason: null });
    const approved = doc(await call(sales, REVIEW, { documentId: resubmitted.id, expectedVersion: resubmitted.version, decision: 'APPROVE' }), 'reviewProjectDocument');
    expect(approved.status).toBe('APPROVED');

    const record = await (await as(sales)).request<{ project: { documents: { id: string; revisions: { revision: number; body: string; outcome: string; rejectionReason: string | null }[] }[] } }>(
      'query($id: ID!) { project(id: $id) { documents { id revisions { revision body outcome rejectionReason } } } }',
      { id: project.id },
    );
    expect(record.data?.project.documents[0].revisions).toEqual([
      { revision: 2, body: '环境：两台交换机、VLAN 10/20；功能项：802.1X 认证', outcome: 'APPROVED', rejectionReason: null },
      { revision: 1, body: '环境：两台交换机，一台准入控制器；功能项：802.1X 认证', outcome: 'REJECTED', rejectionReason: '缺少客户现网的 VLAN 规划' },
    ]);
    const afterApproval = await call(firstPresales, UPDATE, { documentId: approved.id, expectedVersion: approved.version, body: '改' });
    expect(codes(afterApproval)).toEqual(['DOCUMENT_ACTION_NOT_ALLOWED']);
  });

  it('each mutation: unauthenticated, the wrong side, an outsider, and the state rules', async () => {
    const project = await implementationProject();
    const { sales, firstPresales } = project.parts;
    const outsider = await buildUser(suite.server.dataSource, [Role.PRESALES]);
    const input = { projectId: project.id, kind: 'TEST_PLAN', title: '测试预案', body: '功能项：日志审计' };
    expect(codes(await call(null, CREATE, input))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await call(sales, CREATE, input))).toEqual(['FORBIDDEN']); // the pre-sales side writes it
    expect(codes(await call(outsider, CREATE, input))).toEqual(['NOT_FOUND']);
    expect(codes(await call(await buildUser(suite.server.dataSource, [Role.GM]), CREATE, input))).toEqual(['FORBIDDEN']); // no SALES or PRESALES role
    expect(codes(await call(firstPresales, CREATE, { ...input, kind: 'TRAINING_PLAN' }))).toEqual(['FORBIDDEN']); // the sales starts it
    const notAsked = await call(sales, CREATE, { ...input, kind: 'TRAINING_PLAN' });
    expect(codes(notAsked)).toEqual(['DOCUMENT_KIND_NOT_REQUESTED']);
    expect(notAsked.errors?.[0].extensions?.supportType).toBe('TRAINING');
    expect((await call(firstPresales, CREATE, { ...input, title: '  ' })).errors?.[0].extensions?.fields).toEqual({ title: 'REQUIRED' });

    const draft = doc(await call(firstPresales, CREATE, { ...input, body: '' }), 'createProjectDocument');
    const version = { documentId: draft.id, expectedVersion: draft.version };
    expect(codes(await call(null, UPDATE, { ...version, body: 'x' }))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await call(outsider, UPDATE, { ...version, body: 'x' }))).toEqual(['NOT_FOUND']);
    expect(codes(await call(sales, UPDATE, { ...version, body: 'x' }))).toEqual(['FORBIDDEN']);
    expect(codes(await call(firstPresales, UPDATE, { ...version, expectedVersion: draft.version + 5, body: 'x' }))).toEqual(['CONFLICT']);
    expect(codes(await call(null, SUBMIT, version))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await call(sales, SUBMIT, version))).toEqual(['FORBIDDEN']);
    expect((await call(firstPresales, SUBMIT, version)).errors?.[0].extensions?.fields).toEqual({ body: 'REQUIRED' });
    expect(codes(await call(sales, REVIEW, { ...version, decision: 'APPROVE' }))).toEqual(['DOCUMENT_ACTION_NOT_ALLOWED']); // still a draft

    const filled = doc(await call(firstPresales, UPDATE, { ...version, body: '功能项：日志审计、录像回放' }), 'updateProjectDocument');
    const submitted = doc(await call(firstPresales, SUBMIT, { documentId: filled.id, expectedVersion: filled.version }), 'submitProjectDocument');
    const review = { documentId: submitted.id, expectedVersion: submitted.version, decision: 'APPROVE' };
    expect(codes(await call(null, REVIEW, review))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await call(firstPresales, REVIEW, review))).toEqual(['FORBIDDEN']); // not one's own
    expect(codes(await call(outsider, REVIEW, review))).toEqual(['NOT_FOUND']);
    expect(codes(await call(firstPresales, SUBMIT, { documentId: submitted.id, expectedVersion: submitted.version }))).toEqual(['DOCUMENT_ACTION_NOT_ALLOWED']);

    // Two reviews of the same submission at once: exactly one wins.
    const results = await Promise.all([call(sales, REVIEW, review), call(sales, REVIEW, { ...review, decision: 'REJECT', reason: '不同意' })]);
    expect(results.map((result) => (result.errors ? codes(result)[0] : 'OK')).sort()).toEqual(['CONFLICT', 'OK']);
  });

  it('the implementation work order: the sales part, then the technical part, each by its side, reviewed by the PRESALES_MANAGER', async () => {
    const project = await implementationProject();
    const { sales, firstPresales } = project.parts;
    const manager = await buildUser(suite.server.dataSource, [Role.PRESALES_MANAGER]);
    const created = doc(await call(sales, CREATE, { projectId: project.id, kind: 'IMPLEMENTATION_WORK_ORDER', title: '项目实施工作单', salesPart: '合同号 HT-2026-118，交付 3 台审计设备' }), 'createProjectDocument');
    expect(created).toMatchObject({ salesPart: '合同号 HT-2026-118，交付 3 台审计设备', technicalPart: null, internal: true });
    const version = { documentId: created.id, expectedVersion: created.version };
    expect(codes(await call(sales, UPDATE, { ...version, technicalPart: '销售写技术部分' }))).toEqual(['FORBIDDEN']);
    expect(codes(await call(firstPresales, UPDATE, { ...version, salesPart: '售前改销售部分' }))).toEqual(['FORBIDDEN']);
    expect((await call(firstPresales, SUBMIT, version)).errors?.[0].extensions?.fields).toEqual({ technicalPart: 'REQUIRED' });

    const technical = doc(await call(firstPresales, UPDATE, { ...version, technicalPart: '旁路部署于核心交换机镜像口，VLAN 30' }), 'updateProjectDocument');
    const submitted = doc(await call(firstPresales, SUBMIT, { documentId: technical.id, expectedVersion: technical.version }), 'submitProjectDocument');
    const review = { documentId: submitted.id, expectedVersion: submitted.version, decision: 'APPROVE' };
    expect(codes(await call(sales, REVIEW, review))).toEqual(['FORBIDDEN']);
    expect(doc(await call(manager, REVIEW, review), 'reviewProjectDocument').status).toBe('APPROVED');
  });

  it('the implementation schedule needs valid dated tasks', async () => {
    const project = await implementationProject();
    const { firstPresales } = project.parts;
    const base = { projectId: project.id, kind: 'IMPLEMENTATION_SCHEDULE', title: '项目实施与进度计划表' };
    const backwards = await call(firstPresales, CREATE, { ...base, tasks: [{ title: '设备上架', start: '2026-12-10', end: '2026-12-08' }, { title: '', start: '2026-13-01', end: '2026-12-12' }] });
    expect(backwards.errors?.[0].extensions?.fields).toEqual({ 'tasks.0.end': 'BEFORE_START', 'tasks.1.title': 'REQUIRED', 'tasks.1.start': 'INVALID_DATE' });
    const empty = doc(await call(firstPresales, CREATE, base), 'createProjectDocument');
    expect((await call(firstPresales, SUBMIT, { documentId: empty.id, expectedVersion: empty.version })).errors?.[0].extensions?.fields).toEqual({ tasks: 'REQUIRED' });
    const planned = doc(await call(firstPresales, UPDATE, { documentId: empty.id, expectedVersion: empty.version, tasks: [{ title: ' 设备上架 ', start: '2026-12-08', end: '2026-12-10' }] }), 'updateProjectDocument');
    expect(planned.tasks).toEqual([{ title: '设备上架', start: '2026-12-08', end: '2026-12-10' }]);
    expect(doc(await call(firstPresales, SUBMIT, { documentId: planned.id, expectedVersion: planned.version }), 'submitProjectDocument').status).toBe('SUBMITTED');
  });

  it('the site-entry list is confirmed by the sales, then signed by the customer, once', async () => {
    const project = await implementationProject();
    const { sales, firstPresales } = project.parts;
    const created = doc(await call(firstPresales, CREATE, { projectId: project.id, kind: 'SITE_ENTRY_LIST', title: '进场准备单', body: '机柜 2U 空间、220V 电源两路、临时门禁卡' }), 'createProjectDocument');
    const submitted = doc(await call(firstPresales, SUBMIT, { documentId: created.id, expectedVersion: created.version }), 'submitProjectDocument');
    const early = await call(sales, SIGN, { documentId: submitted.id, expectedVersion: submitted.version, signedBy: '客户 张主任' });
    expect(codes(early)).toEqual(['DOCUMENT_ACTION_NOT_ALLOWED']);
    const approved = doc(await call(sales, REVIEW, { documentId: submitted.id, expectedVersion: submitted.version, decision: 'APPROVE' }), 'reviewProjectDocument');
    const sign = { documentId: approved.id, expectedVersion: approved.version, signedBy: '客户 张主任' };
    expect(codes(await call(null, SIGN, sign))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await call(firstPresales, SIGN, sign))).toEqual(['FORBIDDEN']);
    expect((await call(sales, SIGN, { ...sign, signedBy: ' ' })).errors?.[0].extensions?.fields).toEqual({ signedBy: 'REQUIRED' });
    const signed = doc(await call(sales, SIGN, sign), 'recordCustomerSignature');
    expect(signed.customerSignedBy).toBe('客户 张主任');
    expect(codes(await call(sales, SIGN, { ...sign, expectedVersion: signed.version }))).toEqual(['DOCUMENT_ACTION_NOT_ALLOWED']);
  });

  it('a design solution goes PRESALES_MANAGER → CHIEF_ENGINEER through the approval engine; a rejection sends it back with the reason', async () => {
    const project = await buildProject(suite.server.dataSource);
    const { sales, firstPresales } = project.parts;
    const [manager, chief] = [await buildUser(suite.server.dataSource, [Role.PRESALES_MANAGER]), await buildUser(suite.server.dataSource, [Role.CHIEF_ENGINEER])];
    const created = doc(await call(firstPresales, CREATE, { projectId: project.id, kind: 'DESIGN_SOLUTION', title: '设计方案', body: '双机热备，设备选型 LA-3000 两台' }), 'createProjectDocument');
    const submitted = doc(await call(firstPresales, SUBMIT, { documentId: created.id, expectedVersion: created.version }), 'submitProjectDocument');
    expect(submitted.approval).toMatchObject({ currentStep: 0 });
    expect(codes(await call(sales, REVIEW, { documentId: submitted.id, expectedVersion: submitted.version, decision: 'APPROVE' }))).toEqual(['DOCUMENT_ACTION_NOT_ALLOWED']);

    const decide = async (user: User, approvalId: string, step: number, decision: string, comment?: string) =>
      (await as(user)).request<{ decideApproval: { status: string; document: { status: string; rejectionReason: string | null } } }>(DECIDE, {
        input: { approvalId, step, decision, comment },
      });
    expect(codes(await decide(chief, submitted.approval!.id, 0, 'APPROVE'))).toEqual(['FORBIDDEN']);
    expect((await decide(manager, submitted.approval!.id, 0, 'APPROVE')).data?.decideApproval.document.status).toBe('SUBMITTED');
    const rejected = await decide(chief, submitted.approval!.id, 1, 'REJECT', '拓扑图缺少备份链路');
    expect(rejected.data?.decideApproval).toMatchObject({ status: 'REJECTED', document: { status: 'REJECTED', rejectionReason: '拓扑图缺少备份链路' } });

    const current = doc(await call(firstPresales, UPDATE, { documentId: created.id, expectedVersion: submitted.version + 1, body: '双机热备 + 备份链路，LA-3000 两台' }), 'updateProjectDocument');
    const again = doc(await call(firstPresales, SUBMIT, { documentId: current.id, expectedVersion: current.version }), 'submitProjectDocument');
    expect(again.approval?.id).not.toBe(submitted.approval!.id);
    await decide(manager, again.approval!.id, 0, 'APPROVE');
    const approved = await decide(chief, again.approval!.id, 1, 'APPROVE');
    expect(approved.data?.decideApproval).toMatchObject({ status: 'APPROVED', document: { status: 'APPROVED', rejectionReason: null } });
  });

  it('a customer never sees internal documents, nor drafts (filtered in SQL)', async () => {
    const project = await implementationProject();
    const { sales, firstPresales } = project.parts;
    const approve = async (kind: string, title: string) => {
      const created = doc(await call(firstPresales, CREATE, { projectId: project.id, kind, title, body: `${title}正文` }), 'createProjectDocument');
      const submitted = doc(await call(firstPresales, SUBMIT, { documentId: created.id, expectedVersion: created.version }), 'submitProjectDocument');
      return doc(await call(sales, REVIEW, { documentId: submitted.id, expectedVersion: submitted.version, decision: 'APPROVE' }), 'reviewProjectDocument');
    };
    const siteList = await approve('SITE_ENTRY_LIST', '进场准备单');
    await approve('TEST_PLAN', '测试预案');
    await call(firstPresales, CREATE, { projectId: project.id, kind: 'IMPLEMENTATION_SCHEDULE', title: '进度计划草稿' });

    const customer = await buildUser(suite.server.dataSource, [Role.CUSTOMER]);
    const seenByCustomer = await createLoaders(suite.server.dataSource, customer).documentsByProject.load(project.id);
    expect(seenByCustomer.map((d) => d.id)).toEqual([siteList.id]);
    const seenBySales = await createLoaders(suite.server.dataSource, sales).documentsByProject.load(project.id);
    expect(seenBySales).toHaveLength(3);
  });

  it('every document change is on the live timeline of the members, never an outsider', async () => {
    const project = await implementationProject();
    const { sales, firstPresales } = project.parts;
    const outsider = await buildUser(suite.server.dataSource, [Role.SALES]);
    const feedOf = (user: User) => feed<{ projectActivity: { type: string; payload: string } }>(user, `subscription { projectActivity(projectId: "${project.id}") { type payload } }`);
    const [salesFeed, outsiderFeed] = [await feedOf(sales), await feedOf(outsider)];
    await until(() => suite.server.services.bus.listenerCount >= 1, 'the member subscription');
    doc(await call(firstPresales, CREATE, { projectId: project.id, kind: 'TEST_PLAN', title: '测试预案', body: '功能项：日志审计' }), 'createProjectDocument');
    const [event] = await salesFeed.next(1);
    expect(event.projectActivity.type).toBe('DOCUMENT_CHANGED');
    expect(JSON.parse(event.projectActivity.payload)).toMatchObject({ action: 'CREATED', kind: 'TEST_PLAN', status: 'DRAFT' });
    await outsiderFeed.next(1).catch(() => undefined);
    expect(outsiderFeed.items).toEqual([]);
    expect(JSON.stringify(outsiderFeed.errors)).toContain('NOT_FOUND');
  });
});
