import { describe, expect, it } from 'vitest';
import { EventRecord } from '../../server/src/platform/events/event.entity';
import { ProjectMember } from '../../server/src/modules/projects/project-member.entity';
import { ProjectMemberRole } from '../../server/src/modules/projects/project-member-role';
import { Project } from '../../server/src/modules/projects/project.entity';
import { Role } from '../../server/src/modules/users/role.enum';
import type { User } from '../../server/src/modules/users/user.entity';
import { ProductVersion } from '../../server/src/modules/versions/product-version.entity';
import { buildProject, buildUser } from '../helpers/factories';
import { ApiClient, codes, type GraphQLResponse } from '../helpers/graphql-client';
import { serverSuite } from '../helpers/server-suite';

const VERSION = 'id product version kind confirmedAt confirmedBy { id }';
const REGISTER = `mutation($input: RegisterProductVersionInput!) { registerProductVersion(input: $input) { ${VERSION} } }`;
const CONFIRM = `mutation($id: ID!) { confirmProductVersion(versionId: $id) { ${VERSION} } }`;
const USE = `mutation($input: UseProductVersionInput!) { useProductVersion(input: $input) { id version productVersion { ${VERSION} } } }`;
const LIST = `{ productVersions { ${VERSION} } }`;
const RECORD = `query($id: ID!) { project(id: $id) { version productVersion { id kind } timeline { type payload } } }`;

const ISSUE = 'mutation($input: IssueImprovementRequestInput!) { issueImprovementRequest(input: $input) { id version } }';
const DECIDE = 'mutation($input: DecideImprovementRequestInput!) { decideImprovementRequest(input: $input) { id version } }';
const COMPLETE = 'mutation($input: CompleteImprovementRequestInput!) { completeImprovementRequest(input: $input) { id status } }';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

interface Version {
  id: string;
  product: string;
  version: string;
  kind: string;
  confirmedAt: string | null;
  confirmedBy: { id: string } | null;
}

describe('product versions: registered, confirmed, used by a project (SPEC §5, 第二十条)', () => {
  const suite = serverSuite();
  const { as } = suite;
  const ok = <K extends string, T>(response: GraphQLResponse<Record<K, T>>, key: K): T => {
    expect(response.errors).toBeUndefined();
    return response.data![key];
  };
  const register = async (user: User | null, product: string, version: string, kind = 'RELEASE') =>
    (await as(user)).request<{ registerProductVersion: Version }>(REGISTER, { input: { product, version, kind } });
  const confirm = async (user: User | null, id: string) => (await as(user)).request<{ confirmProductVersion: Version }>(CONFIRM, { id });
  const use = async (user: User | null, project: { id: string; version: number }, versionId: string) =>
    (await as(user)).request<{ useProductVersion: { id: string; version: number; productVersion: Version | null } }>(USE, {
      input: { projectId: project.id, versionId, expectedVersion: project.version },
    });
  const currentVersion = async (projectId: string) => (await suite.server.dataSource.getRepository(Project).findOneByOrFail({ id: projectId })).version;

  /** A CUSTOM version the real way: an improvement request on `projectId`, accepted, completed with the build. */
  const customFor = async (projectId: string, build: string): Promise<string> => {
    const ds = suite.server.dataSource;
    const [manager, rndManager, lead] = [await buildUser(ds, [Role.PRESALES_MANAGER]), await buildUser(ds, [Role.RND_MANAGER]), await buildUser(ds, [Role.RND])];
    const issued = ok(await (await as(manager)).request<{ issueImprovementRequest: { id: string; version: number } }>(ISSUE, { input: { projectId, title: '定制分辨率自适应', description: '麒麟 V10 定制构建' } }), 'issueImprovementRequest');
    const accepted = ok(
      await (await as(rndManager)).request<{ decideImprovementRequest: { id: string; version: number } }>(DECIDE, { input: { requestId: issued.id, expectedVersion: issued.version, decision: 'ACCEPT', rndLeadId: lead.id } }),
      'decideImprovementRequest',
    );
    const done = await (await as(lead)).request(COMPLETE, { input: { requestId: accepted.id, expectedVersion: accepted.version, product: '运维审计系统', customVersion: build } });
    expect(done.errors).toBeUndefined();
    return (await ds.getRepository(ProductVersion).findOneByOrFail({ product: '运维审计系统', version: build })).id;
  };

  it('registerProductVersion: RND_MANAGER, RND and TESTER register RELEASE and MAINLINE versions', async () => {
    const ds = suite.server.dataSource;
    const [rndManager, rnd, tester] = [await buildUser(ds, [Role.RND_MANAGER]), await buildUser(ds, [Role.RND]), await buildUser(ds, [Role.TESTER])];
    const release = ok(await register(rndManager, '  运维审计系统 ', ' 5.2.0 '), 'registerProductVersion');
    expect(release).toEqual({ id: expect.any(String), product: '运维审计系统', version: '5.2.0', kind: 'RELEASE', confirmedAt: null, confirmedBy: null });
    expect(ok(await register(rnd, '运维审计系统', '5.3-main-1107', 'MAINLINE'), 'registerProductVersion')).toMatchObject({ kind: 'MAINLINE', confirmedAt: null });
    expect(ok(await register(tester, '堡垒机', '5.2.0'), 'registerProductVersion').product).toBe('堡垒机'); // the same number of another product

    const rows = await ds.getRepository(ProductVersion).find({ order: { createdAt: 'ASC' } });
    expect(rows.map((r) => [r.product, r.version, r.kind, r.improvementRequestId])).toEqual([
      ['运维审计系统', '5.2.0', 'RELEASE', null],
      ['运维审计系统', '5.3-main-1107', 'MAINLINE', null],
      ['堡垒机', '5.2.0', 'RELEASE', null],
    ]);
    const events = await ds.getRepository(EventRecord).find({ where: { type: 'PRODUCT_VERSION_CHANGED' }, order: { seq: 'ASC' } });
    expect(events.map((e) => [e.entityId, e.projectId, e.actorId, (e.payload as { action: string }).action])).toEqual([
      [rows[0].id, null, rndManager.id, 'REGISTERED'],
      [rows[1].id, null, rnd.id, 'REGISTERED'],
      [rows[2].id, null, tester.id, 'REGISTERED'],
    ]);
  });

  it('registerProductVersion refuses the anonymous, other roles, CUSTOM, blanks and duplicates', async () => {
    const ds = suite.server.dataSource;
    const rnd = await buildUser(ds, [Role.RND]);
    expect(codes(await register(null, '运维审计系统', '5.2.0'))).toEqual(['UNAUTHENTICATED']);
    for (const roles of [[Role.SALES], [Role.PRESALES], [Role.PRESALES_MANAGER], [Role.GM], [Role.ADMIN]]) {
      expect(codes(await register(await buildUser(ds, roles), '运维审计系统', '5.2.0'))).toEqual(['FORBIDDEN']);
    }
    const custom = await register(rnd, '运维审计系统', '5.2-custom', 'CUSTOM');
    expect(codes(custom)).toEqual(['VALIDATION']);
    expect(custom.errors?.[0].extensions?.fields).toEqual({ kind: 'CUSTOM_FROM_IMPROVEMENT_REQUEST' });
    const blank = await register(rnd, ' ', '', 'MAINLINE');
    expect(blank.errors?.[0].extensions?.fields).toEqual({ product: 'REQUIRED', version: 'REQUIRED' });
    expect(await ds.getRepository(ProductVersion).count()).toBe(0);

    expect((await register(rnd, '运维审计系统', '5.2.0')).errors).toBeUndefined();
    for (const [version, kind] of [['5.2.0', 'RELEASE'], [' 5.2.0 ', 'MAINLINE']]) {
      const duplicate = await register(rnd, '运维审计系统', version, kind);
      expect(codes(duplicate)).toEqual(['VALIDATION']);
      expect(duplicate.errors?.[0].extensions?.fields).toEqual({ version: 'ALREADY_EXISTS' });
    }
    expect(await ds.getRepository(ProductVersion).count()).toBe(1);
    expect(await ds.getRepository(EventRecord).countBy({ type: 'PRODUCT_VERSION_CHANGED' })).toBe(1);
  });

  it('confirmProductVersion: a TESTER confirms a MAINLINE build once; others are refused', async () => {
    const ds = suite.server.dataSource;
    const [rnd, tester] = [await buildUser(ds, [Role.RND]), await buildUser(ds, [Role.TESTER])];
    const mainline = ok(await register(rnd, '运维审计系统', '5.3-main-1107', 'MAINLINE'), 'registerProductVersion');
    const release = ok(await register(rnd, '运维审计系统', '5.2.0'), 'registerProductVersion');

    expect(codes(await confirm(null, mainline.id))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await confirm(rnd, mainline.id))).toEqual(['FORBIDDEN']);
    expect(codes(await confirm(await buildUser(ds, [Role.RND_MANAGER]), mainline.id))).toEqual(['FORBIDDEN']);
    expect(codes(await confirm(await buildUser(ds, [Role.PRESALES_MANAGER]), mainline.id))).toEqual(['FORBIDDEN']);
    expect(codes(await confirm(tester, UNKNOWN))).toEqual(['NOT_FOUND']);
    expect(codes(await confirm(tester, 'v5'))).toEqual(['NOT_FOUND']);
    const notMainline = await confirm(tester, release.id);
    expect(codes(notMainline)).toEqual(['VALIDATION']);
    expect(notMainline.errors?.[0].extensions?.fields).toEqual({ versionId: 'NOT_MAINLINE' });
    expect((await ds.getRepository(ProductVersion).findOneByOrFail({ id: release.id })).confirmedAt).toBeNull();
    expect((await ds.getRepository(ProductVersion).findOneByOrFail({ id: mainline.id })).confirmedAt).toBeNull();

    const confirmed = ok(await confirm(tester, mainline.id), 'confirmProductVersion');
    expect(confirmed).toMatchObject({ id: mainline.id, kind: 'MAINLINE', confirmedBy: { id: tester.id } });
    expect(confirmed.confirmedAt).toEqual(expect.any(String));
    expect(await ds.getRepository(ProductVersion).findOneByOrFail({ id: mainline.id })).toMatchObject({ confirmedById: tester.id, confirmedAt: expect.any(Date) });
    const confirmations = await ds.getRepository(EventRecord).findBy({ entityId: mainline.id, type: 'PRODUCT_VERSION_CHANGED' });
    expect(confirmations.map((e) => (e.payload as { action: string }).action).sort()).toEqual(['CONFIRMED', 'REGISTERED']);

    const again = await confirm(await buildUser(ds, [Role.TESTER]), mainline.id);
    expect(codes(again)).toEqual(['CONFLICT']);
    expect((await ds.getRepository(ProductVersion).findOneByOrFail({ id: mainline.id })).confirmedById).toBe(tester.id);
  });

  it('two testers confirming one build at once: exactly one confirmation stands', async () => {
    const ds = suite.server.dataSource;
    const mainline = ok(await register(await buildUser(ds, [Role.RND]), '运维审计系统', '5.3-main-1121', 'MAINLINE'), 'registerProductVersion');
    const testers = await Promise.all([0, 1, 2].map(() => buildUser(ds, [Role.TESTER])));
    const results = await Promise.all(testers.map((tester) => confirm(tester, mainline.id)));
    expect(results.map((r) => (r.errors ? codes(r)[0] : 'OK')).sort()).toEqual(['CONFLICT', 'CONFLICT', 'OK']);
    const winner = testers[results.findIndex((r) => !r.errors)];
    expect((await ds.getRepository(ProductVersion).findOneByOrFail({ id: mainline.id })).confirmedById).toBe(winner.id);
  });

  it('useProductVersion: the stage drivers and the PRESALES_MANAGER record the version the project uses', async () => {
    const ds = suite.server.dataSource;
    const second = await buildUser(ds, [Role.PRESALES]);
    const project = await buildProject(ds, { secondPresales: second });
    const { sales, firstPresales } = project.parts;
    const rnd = await buildUser(ds, [Role.RND]);
    const [v520, v521, v522, v523] = await Promise.all(['5.2.0', '5.2.1', '5.2.2', '5.2.3'].map(async (number) => ok(await register(rnd, '运维审计系统', number), 'registerProductVersion')));
    expect((await (await as(sales)).request<{ project: { productVersion: unknown } }>(RECORD, { id: project.id })).data?.project.productVersion).toBeNull();

    let version = await currentVersion(project.id);
    for (const [user, chosen] of [[sales, v520], [firstPresales, v521], [second, v522], [await buildUser(ds, [Role.PRESALES_MANAGER]), v523]] as const) {
      const used = ok(await use(user, { id: project.id, version }, chosen.id), 'useProductVersion');
      expect(used).toMatchObject({ id: project.id, version: version + 1, productVersion: { id: chosen.id, version: chosen.version, kind: 'RELEASE' } });
      version = used.version;
    }
    expect(await ds.getRepository(Project).findOneByOrFail({ id: project.id })).toMatchObject({ productVersionId: v523.id, version });
    const record = (await (await as(second)).request<{ project: { version: number; productVersion: { id: string; kind: string }; timeline: { type: string; payload: string }[] } }>(RECORD, { id: project.id })).data!.project;
    expect(record.productVersion).toEqual({ id: v523.id, kind: 'RELEASE' });
    const chosen = record.timeline.filter((event) => event.type === 'PROJECT_VERSION_CHOSEN').map((event) => (JSON.parse(event.payload) as { version: string }).version);
    expect(chosen).toEqual(['5.2.3', '5.2.2', '5.2.1', '5.2.0']); // newest first
  });

  it('useProductVersion refuses the anonymous, other roles, non-drivers, outsiders, unknown versions and a stale project version', async () => {
    const ds = suite.server.dataSource;
    const project = await buildProject(ds);
    const { sales } = project.parts;
    const release = ok(await register(await buildUser(ds, [Role.RND]), '运维审计系统', '5.2.0'), 'registerProductVersion');
    const at = { id: project.id, version: await currentVersion(project.id) };

    expect(codes(await use(null, at, release.id))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await use(await buildUser(ds, [Role.TESTER]), at, release.id))).toEqual(['FORBIDDEN']);
    expect(codes(await use(await buildUser(ds, [Role.GM]), at, release.id))).toEqual(['FORBIDDEN']);
    expect(codes(await use(await buildUser(ds, [Role.SALES, Role.SALES_DIRECTOR]), at, release.id))).toEqual(['FORBIDDEN']); // sees it, drives nothing
    const additional = await buildUser(ds, [Role.PRESALES]);
    await ds.getRepository(ProjectMember).insert({ projectId: project.id, userId: additional.id, role: ProjectMemberRole.ADDITIONAL_PRESALES });
    expect(codes(await use(additional, at, release.id))).toEqual(['FORBIDDEN']); // a member, but not a stage driver
    expect(codes(await use(await buildUser(ds, [Role.SALES]), at, release.id))).toEqual(['NOT_FOUND']);
    expect(codes(await use(await buildUser(ds, [Role.PRESALES]), at, release.id))).toEqual(['NOT_FOUND']);
    expect(codes(await use(sales, { id: UNKNOWN, version: 1 }, release.id))).toEqual(['NOT_FOUND']);
    for (const versionId of [UNKNOWN, '5.2.0']) {
      const unknown = await use(sales, at, versionId);
      expect(codes(unknown)).toEqual(['VALIDATION']);
      expect(unknown.errors?.[0].extensions?.fields).toEqual({ versionId: 'NOT_FOUND' });
    }
    expect(codes(await use(sales, { ...at, version: at.version + 3 }, release.id))).toEqual(['CONFLICT']);
    expect(await ds.getRepository(Project).findOneByOrFail({ id: project.id })).toMatchObject({ productVersionId: null, version: at.version });

    // Two drivers choosing at once from the same version: one wins.
    const other = ok(await register(await buildUser(ds, [Role.RND]), '运维审计系统', '5.2.1'), 'registerProductVersion');
    const raced = await Promise.all([use(sales, at, release.id), use(project.parts.firstPresales, at, other.id)]);
    expect(raced.map((r) => (r.errors ? codes(r)[0] : 'OK')).sort()).toEqual(['CONFLICT', 'OK']);
    expect(await currentVersion(project.id)).toBe(at.version + 1);
  });

  it('an unconfirmed MAINLINE build is VERSION_NOT_CONFIRMED until a tester confirms it', async () => {
    const ds = suite.server.dataSource;
    const project = await buildProject(ds);
    const { firstPresales } = project.parts;
    const mainline = ok(await register(await buildUser(ds, [Role.RND]), '运维审计系统', '5.3-main-1107', 'MAINLINE'), 'registerProductVersion');
    const at = { id: project.id, version: await currentVersion(project.id) };

    const refused = await use(firstPresales, at, mainline.id);
    expect(codes(refused)).toEqual(['VERSION_NOT_CONFIRMED']);
    expect(codes(await use(await buildUser(ds, [Role.PRESALES_MANAGER]), at, mainline.id))).toEqual(['VERSION_NOT_CONFIRMED']);
    expect(await ds.getRepository(Project).findOneByOrFail({ id: project.id })).toMatchObject({ productVersionId: null, version: at.version });

    expect((await confirm(await buildUser(ds, [Role.TESTER]), mainline.id)).errors).toBeUndefined();
    const used = ok(await use(firstPresales, at, mainline.id), 'useProductVersion');
    expect(used.productVersion).toMatchObject({ id: mainline.id, kind: 'MAINLINE', confirmedAt: expect.any(String) });
  });

  it('a CUSTOM version serves only the project whose improvement request produced it', async () => {
    const ds = suite.server.dataSource;
    const project = await buildProject(ds);
    const other = await buildProject(ds);
    const ours = await customFor(project.id, '5.2-custom-kylin');
    const theirs = await customFor(other.id, '5.2-custom-uos');

    const foreign = await use(project.parts.sales, { id: project.id, version: await currentVersion(project.id) }, theirs);
    expect(codes(foreign)).toEqual(['VALIDATION']);
    expect(foreign.errors?.[0].extensions?.fields).toEqual({ versionId: 'CUSTOM_FOR_OTHER_PROJECT' });
    const managerForeign = await use(await buildUser(ds, [Role.PRESALES_MANAGER]), { id: project.id, version: await currentVersion(project.id) }, theirs);
    expect(managerForeign.errors?.[0].extensions?.fields).toEqual({ versionId: 'CUSTOM_FOR_OTHER_PROJECT' });
    expect((await ds.getRepository(Project).findOneByOrFail({ id: project.id })).productVersionId).toBeNull();

    const used = ok(await use(project.parts.sales, { id: project.id, version: await currentVersion(project.id) }, ours), 'useProductVersion');
    expect(used.productVersion).toMatchObject({ id: ours, kind: 'CUSTOM', version: '5.2-custom-kylin' });
    expect(ok(await use(other.parts.firstPresales, { id: other.id, version: await currentVersion(other.id) }, theirs), 'useProductVersion').productVersion?.id).toBe(theirs);
  });

  it('productVersions: every staff member reads the list, grouped by product and newest first; customers and the anonymous may not', async () => {
    const ds = suite.server.dataSource;
    const [rnd, tester] = [await buildUser(ds, [Role.RND]), await buildUser(ds, [Role.TESTER])];
    const older = ok(await register(rnd, 'AuditServer', '5.2.0'), 'registerProductVersion');
    const bastion = ok(await register(rnd, 'Bastion', '3.1.0'), 'registerProductVersion');
    const newer = ok(await register(rnd, 'AuditServer', '5.3-main-1107', 'MAINLINE'), 'registerProductVersion');
    ok(await confirm(tester, newer.id), 'confirmProductVersion');

    for (const roles of [[Role.SALES], [Role.PRESALES], [Role.TESTER], [Role.ADMIN]]) {
      const list = ok(await (await as(await buildUser(ds, roles))).request<{ productVersions: Version[] }>(LIST), 'productVersions');
      expect(list.map((v) => v.id)).toEqual([newer.id, older.id, bastion.id]);
      expect(list[0]).toMatchObject({ kind: 'MAINLINE', confirmedBy: { id: tester.id } });
    }
    expect(codes(await (await as(await buildUser(ds, [Role.CUSTOMER]))).request(LIST))).toEqual(['FORBIDDEN']);
    expect(codes(await new ApiClient(suite.server).request(LIST))).toEqual(['UNAUTHENTICATED']);
  });
});
