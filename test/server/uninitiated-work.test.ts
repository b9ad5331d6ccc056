import { describe, expect, it } from 'vitest';
import { UninitiatedWork } from '../../server/src/modules/uninitiated-work/uninitiated-work.entity';
import { Role } from '../../server/src/modules/users/role.enum';
import { User } from '../../server/src/modules/users/user.entity';
import { buildCustomer, buildProject, buildUser } from '../helpers/factories';
import { ApiClient, codes } from '../helpers/graphql-client';
import { serverSuite } from '../helpers/server-suite';
import type { Customer } from '../../server/src/modules/customers/customer.entity';

const WORK = 'id projectName description status reminders lastRemindedAt stoppedAt version customer { id } sales { id } presales { id } responsibleForDelay { id } project { id }';
const RECORD = `mutation($input: RecordUninitiatedWorkInput!) { recordUninitiatedWork(input: $input) { ${WORK} } }`;
const REMIND = `mutation($input: UninitiatedWorkStepInput!) { remindSalesToInitiate(input: $input) { ${WORK} } }`;
const STOP = `mutation($input: UninitiatedWorkStepInput!) { stopUninitiatedSupport(input: $input) { ${WORK} } }`;
const LINK = `mutation($input: LinkInitiatedProjectInput!) { linkInitiatedProject(input: $input) { ${WORK} } }`;
const LIST = '{ uninitiatedWork { id } }';
const CHANGED = 'subscription { uninitiatedWorkChanged { seq work { id status reminders } } }';

interface Work {
  id: string;
  projectName: string;
  description: string;
  status: string;
  reminders: number;
  lastRemindedAt: string | null;
  stoppedAt: string | null;
  version: number;
  customer: { id: string } | null;
  sales: { id: string };
  presales: { id: string };
  responsibleForDelay: { id: string } | null;
  project: { id: string } | null;
}
interface Pushed {
  uninitiatedWorkChanged: { seq: number; work: { id: string; status: string; reminders: number } | null };
}

describe('work on an un-initiated project (第十一条)', () => {
  const suite = serverSuite();
  const { as, feed, subscribed } = suite;
  const client = async (user: User | null) => (user ? as(user) : new ApiClient(suite.server));

  /** A pre-sales records the work they were pulled into for a sales' customer. */
  const recorded = async (presales?: User, sales?: User, forCustomer?: Customer) => {
    const ds = suite.server.dataSource;
    const customer = forCustomer ?? (await buildCustomer(ds));
    const people = { presales: presales ?? (await buildUser(ds, [Role.PRESALES])), sales: sales ?? (await buildUser(ds, [Role.SALES])) };
    const response = await (await as(people.presales)).request<{ recordUninitiatedWork: Work }>(RECORD, {
      input: { customerId: customer.id, projectName: '  省医保局终端管理  ', salesId: people.sales.id, description: '  应销售口头要求，11月5日到客户现场做了产品交流  ' },
    });
    expect(response.errors).toBeUndefined();
    return { customer, ...people, work: response.data!.recordUninitiatedWork };
  };
  const step = async (mutation: string, user: User | null, work: Pick<Work, 'id' | 'version'>, extra: Record<string, unknown> = {}) => {
    const response = await (await client(user)).request<Record<string, Work>>(mutation, { input: { workId: work.id, expectedVersion: work.version, ...extra } });
    return { ...response, work: response.data ? Object.values(response.data)[0] : undefined };
  };
  const feedOf = (user: User) => feed<Pushed>(user, CHANGED);

  it('record → remind → stop: stopping needs a reminder on record, and then the sales answers for the delay', async () => {
    const ds = suite.server.dataSource;
    const { customer, presales, sales, work } = await recorded();
    expect(work).toEqual({
      id: expect.any(String),
      projectName: '省医保局终端管理',
      description: '应销售口头要求，11月5日到客户现场做了产品交流',
      status: 'INVOLVED',
      reminders: 0,
      lastRemindedAt: null,
      stoppedAt: null,
      version: 1,
      customer: { id: customer.id },
      sales: { id: sales.id },
      presales: { id: presales.id },
      responsibleForDelay: null,
      project: null,
    });

    const tooEarly = await step(STOP, presales, work);
    expect(codes(tooEarly)).toEqual(['INITIATION_REMINDER_MISSING']);
    expect(await ds.getRepository(UninitiatedWork).findOneByOrFail({ id: work.id })).toMatchObject({ status: 'INVOLVED', version: 1, stoppedAt: null });

    const reminded = await step(REMIND, presales, work);
    expect(reminded.errors).toBeUndefined();
    expect(reminded.work).toMatchObject({ status: 'REMINDED', reminders: 1, version: 2, stoppedAt: null, responsibleForDelay: null });
    expect(reminded.work?.lastRemindedAt).toEqual(expect.any(String));
    const again = await step(REMIND, presales, reminded.work!);
    expect(again.work).toMatchObject({ status: 'REMINDED', reminders: 2, version: 3 });

    const stopped = await step(STOP, presales, again.work!);
    expect(stopped.errors).toBeUndefined();
    expect(stopped.work).toMatchObject({ status: 'STOPPED', reminders: 2, version: 4, responsibleForDelay: { id: sales.id } });
    expect(stopped.work?.stoppedAt).toEqual(expect.any(String));
    const row = await ds.getRepository(UninitiatedWork).findOneByOrFail({ id: work.id });
    expect(row).toMatchObject({ status: 'STOPPED', reminders: 2, version: 4, presalesId: presales.id, salesId: sales.id, projectId: null });
    expect(row.stoppedAt).toBeInstanceOf(Date);

    // The sales sees the same record, with themself responsible.
    const seen = await (await as(sales)).request<{ uninitiatedWork: Work[] }>(`{ uninitiatedWork { ${WORK} } }`);
    expect(seen.data?.uninitiatedWork).toMatchObject([{ id: work.id, status: 'STOPPED', responsibleForDelay: { id: sales.id } }]);

    // Nothing more may be reminded or stopped.
    expect(codes(await step(REMIND, presales, stopped.work!))).toEqual(['UNINITIATED_WORK_CLOSED']);
    expect(codes(await step(STOP, presales, stopped.work!))).toEqual(['UNINITIATED_WORK_CLOSED']);
  });

  it('the sales initiates and links the project: the record is closed', async () => {
    const ds = suite.server.dataSource;
    const { presales, sales, work, customer } = await recorded();
    const project = await buildProject(ds, { customer, sales, firstPresales: presales });
    const reminded = await step(REMIND, presales, work);
    const linked = await step(LINK, sales, reminded.work!, { projectId: project.id });
    expect(linked.errors).toBeUndefined();
    expect(linked.work).toMatchObject({ status: 'INITIATED', version: 3, project: { id: project.id }, responsibleForDelay: null });
    expect((await ds.getRepository(UninitiatedWork).findOneByOrFail({ id: work.id })).projectId).toBe(project.id);

    expect(codes(await step(LINK, sales, linked.work!, { projectId: project.id }))).toEqual(['UNINITIATED_WORK_CLOSED']);
    expect(codes(await step(REMIND, presales, linked.work!))).toEqual(['UNINITIATED_WORK_CLOSED']);
    expect(codes(await step(STOP, presales, linked.work!))).toEqual(['UNINITIATED_WORK_CLOSED']);

    // The pre-sales may link too, even after stopping.
    const other = await recorded(presales, sales, customer);
    const r = await step(REMIND, presales, other.work);
    const s = await step(STOP, presales, r.work!);
    const byPresales = await step(LINK, presales, s.work!, { projectId: project.id });
    expect(byPresales.work).toMatchObject({ status: 'INITIATED', project: { id: project.id } });
  });

  it('a stop stays on record after the sales finally initiates: the record still names the sales responsible for the delay', async () => {
    const ds = suite.server.dataSource;
    const { presales, sales, work, customer } = await recorded();
    const project = await buildProject(ds, { customer, sales, firstPresales: presales });
    const reminded = await step(REMIND, presales, work);
    const stopped = await step(STOP, presales, reminded.work!);
    expect(stopped.work).toMatchObject({ status: 'STOPPED', responsibleForDelay: { id: sales.id } });
    const linked = await step(LINK, sales, stopped.work!, { projectId: project.id });
    expect(linked.work).toMatchObject({ status: 'INITIATED', project: { id: project.id } });
    expect(linked.work?.stoppedAt).toBe(stopped.work?.stoppedAt);
    expect(linked.work?.responsibleForDelay).toEqual({ id: sales.id });
  });

  it('a stale expectedVersion is CONFLICT on every step; of two reminders at once one wins', async () => {
    const ds = suite.server.dataSource;
    const { presales, sales, work, customer } = await recorded();
    const project = await buildProject(ds, { customer, sales, firstPresales: presales });
    expect(codes(await step(REMIND, presales, { ...work, version: 7 }))).toEqual(['CONFLICT']);
    const results = await Promise.all([step(REMIND, presales, work), step(REMIND, presales, work)]);
    expect(results.map((r) => (r.errors ? codes(r)[0] : 'OK')).sort()).toEqual(['CONFLICT', 'OK']);
    expect(await ds.getRepository(UninitiatedWork).findOneByOrFail({ id: work.id })).toMatchObject({ reminders: 1, version: 2 });
    expect(codes(await step(STOP, presales, work))).toEqual(['CONFLICT']); // version 1 is stale
    expect(codes(await step(LINK, sales, work, { projectId: project.id }))).toEqual(['CONFLICT']);
    expect(await ds.getRepository(UninitiatedWork).findOneByOrFail({ id: work.id })).toMatchObject({ status: 'REMINDED', version: 2, projectId: null });
  });

  it('recordUninitiatedWork: PRESALES only, for a real customer and an active sales', async () => {
    const ds = suite.server.dataSource;
    const customer = await buildCustomer(ds);
    const sales = await buildUser(ds, [Role.SALES]);
    const presales = await buildUser(ds, [Role.PRESALES]);
    const input = (extra: Record<string, unknown> = {}) => ({ input: { customerId: customer.id, projectName: '新项目', salesId: sales.id, description: '电话支持两次', ...extra } });
    expect(codes(await new ApiClient(suite.server).request(RECORD, input()))).toEqual(['UNAUTHENTICATED']);
    for (const role of [Role.SALES, Role.PRESALES_MANAGER, Role.SALES_DIRECTOR]) expect(codes(await (await as(await buildUser(ds, [role]))).request(RECORD, input()))).toEqual(['FORBIDDEN']);

    const api = await as(presales);
    const bad = await api.request(RECORD, input({ customerId: '00000000-0000-4000-8000-000000000000', projectName: ' ', description: '', salesId: (await buildUser(ds, [Role.PRESALES])).id }));
    expect(codes(bad)).toEqual(['VALIDATION']);
    expect(bad.errors?.[0].extensions?.fields).toEqual({ projectName: 'REQUIRED', description: 'REQUIRED', customerId: 'NOT_FOUND', salesId: 'NOT_SALES' });
    expect((await api.request(RECORD, input({ customerId: 'not-a-uuid', salesId: 'nobody' }))).errors?.[0].extensions?.fields).toEqual({ customerId: 'NOT_FOUND', salesId: 'NOT_FOUND' });
    const retired = await buildUser(ds, [Role.SALES]);
    await ds.getRepository(User).update({ id: retired.id }, { active: false });
    expect((await api.request(RECORD, input({ salesId: retired.id }))).errors?.[0].extensions?.fields).toEqual({ salesId: 'NOT_FOUND' });
    expect(await ds.getRepository(UninitiatedWork).count()).toBe(0);

    expect((await api.request(RECORD, input())).errors).toBeUndefined();
    expect(await ds.getRepository(UninitiatedWork).findBy({ presalesId: presales.id })).toMatchObject([{ salesId: sales.id, customerId: customer.id, status: 'INVOLVED' }]);
  });

  it('remindSalesToInitiate and stopUninitiatedSupport: only the pre-sales who recorded it', async () => {
    const ds = suite.server.dataSource;
    const { presales, sales, work } = await recorded();
    const overseeingEngineer = await buildUser(ds, [Role.PRESALES, Role.PRESALES_MANAGER]); // sees every record, recorded none
    for (const mutation of [REMIND, STOP]) {
      expect(codes(await step(mutation, null, work))).toEqual(['UNAUTHENTICATED']);
      expect(codes(await step(mutation, sales, work))).toEqual(['FORBIDDEN']);
      expect(codes(await step(mutation, await buildUser(ds, [Role.PRESALES_MANAGER]), work))).toEqual(['FORBIDDEN']);
      expect(codes(await step(mutation, overseeingEngineer, work))).toEqual(['FORBIDDEN']);
      expect(codes(await step(mutation, await buildUser(ds, [Role.PRESALES]), work))).toEqual(['NOT_FOUND']);
      expect(codes(await step(mutation, presales, { id: '00000000-0000-4000-8000-000000000000', version: 1 }))).toEqual(['NOT_FOUND']);
    }
    expect(await ds.getRepository(UninitiatedWork).findOneByOrFail({ id: work.id })).toMatchObject({ status: 'INVOLVED', reminders: 0, version: 1 });
    expect((await step(REMIND, presales, work)).work).toMatchObject({ status: 'REMINDED' });
  });

  it('linkInitiatedProject: the sales or the pre-sales named on the record, to a project they can see, of the same customer and sales', async () => {
    const ds = suite.server.dataSource;
    const { presales, sales, work, customer } = await recorded();
    const project = await buildProject(ds, { customer, sales, firstPresales: presales });
    const link = (user: User | null, projectId = project.id) => step(LINK, user, work, { projectId });
    expect(codes(await link(null))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await link(await buildUser(ds, [Role.SALES_DIRECTOR])))).toEqual(['FORBIDDEN']);
    expect(codes(await link(await buildUser(ds, [Role.SALES, Role.SALES_DIRECTOR])))).toEqual(['FORBIDDEN']); // sees it, is not named on it
    expect(codes(await link(await buildUser(ds, [Role.SALES])))).toEqual(['NOT_FOUND']);
    expect(codes(await link(sales, (await buildProject(ds)).id))).toEqual(['NOT_FOUND']); // a project the sales cannot see
    expect(codes(await link(sales, 'not-a-project'))).toEqual(['NOT_FOUND']);
    const otherCustomer = await link(sales, (await buildProject(ds, { sales, firstPresales: presales })).id);
    expect(otherCustomer.errors?.[0].extensions?.fields).toEqual({ projectId: 'OTHER_CUSTOMER' });
    const otherSales = await link(presales, (await buildProject(ds, { customer, firstPresales: presales })).id);
    expect(otherSales.errors?.[0].extensions?.fields).toEqual({ projectId: 'OTHER_SALES' });
    expect(await ds.getRepository(UninitiatedWork).findOneByOrFail({ id: work.id })).toMatchObject({ status: 'INVOLVED', projectId: null, version: 1 });
    expect((await link(sales)).work).toMatchObject({ status: 'INITIATED', project: { id: project.id } });
  });

  it('uninitiatedWork: the two people named on a record and the heads of both departments see it; nobody else', async () => {
    const ds = suite.server.dataSource;
    const { presales, sales, work } = await recorded();
    const listOf = async (user: User) => {
      const response = await (await as(user)).request<{ uninitiatedWork: { id: string }[] }>(LIST);
      expect(response.errors).toBeUndefined();
      return response.data!.uninitiatedWork.map((w) => w.id);
    };
    expect(await listOf(presales)).toEqual([work.id]);
    expect(await listOf(sales)).toEqual([work.id]);
    for (const role of [Role.PRESALES_MANAGER, Role.TECH_DIRECTOR, Role.GM, Role.SALES_DIRECTOR]) expect(await listOf(await buildUser(ds, [role]))).toEqual([work.id]);
    expect(await listOf(await buildUser(ds, [Role.SALES]))).toEqual([]);
    expect(await listOf(await buildUser(ds, [Role.PRESALES]))).toEqual([]);
    expect(await listOf(await buildUser(ds, [Role.RND]))).toEqual([]);
    const later = await recorded(presales);
    expect(await listOf(presales)).toEqual([later.work.id, work.id]); // newest first
    expect(codes(await new ApiClient(suite.server).request(LIST))).toEqual(['UNAUTHENTICATED']);
  });

  it('uninitiatedWorkChanged: live for the pre-sales, the sales and the overseers; never for an unrelated sales or pre-sales', async () => {
    const ds = suite.server.dataSource;
    const presales = await buildUser(ds, [Role.PRESALES]);
    const sales = await buildUser(ds, [Role.SALES]);
    const otherPresales = await buildUser(ds, [Role.PRESALES]);
    const otherSales = await buildUser(ds, [Role.SALES]);
    const presalesFeed = await feedOf(presales);
    const salesFeed = await feedOf(sales);
    const managerFeed = await feedOf(await buildUser(ds, [Role.PRESALES_MANAGER]));
    const directorFeed = await feedOf(await buildUser(ds, [Role.SALES_DIRECTOR]));
    const otherPresalesFeed = await feedOf(otherPresales);
    const otherSalesFeed = await feedOf(otherSales);
    await subscribed(6);

    const { work } = await recorded(presales, sales);
    const reminded = await step(REMIND, presales, work);
    expect(reminded.errors).toBeUndefined();
    for (const feed of [presalesFeed, salesFeed, managerFeed, directorFeed]) {
      expect((await feed.next(2)).map((p) => p.uninitiatedWorkChanged.work)).toEqual([
        { id: work.id, status: 'INVOLVED', reminders: 0 },
        { id: work.id, status: 'REMINDED', reminders: 1 },
      ]);
    }

    // A fence: a record of the other two. Events arrive in order, so had the first record
    // reached them, it would come before this one.
    const { work: theirs } = await recorded(otherPresales, otherSales);
    for (const feed of [otherPresalesFeed, otherSalesFeed]) {
      expect((await feed.next(1)).map((p) => p.uninitiatedWorkChanged.work?.id)).toEqual([theirs.id]);
    }
    expect((await managerFeed.next(3))[2].uninitiatedWorkChanged.work?.id).toBe(theirs.id);
    await suite.server.services.bus.settle();
    expect(otherPresalesFeed.items).toHaveLength(1);
    expect(otherSalesFeed.items).toHaveLength(1);
    expect(presalesFeed.items).toHaveLength(2);
    expect(salesFeed.items).toHaveLength(2);
    expect(presalesFeed.items[0].uninitiatedWorkChanged.seq).toBeLessThan(presalesFeed.items[1].uninitiatedWorkChanged.seq);
  });
});
