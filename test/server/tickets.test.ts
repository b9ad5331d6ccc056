import { afterAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/src/modules/users/role.enum';
import type { User } from '../../server/src/modules/users/user.entity';
import { buildCustomer, buildCustomerUser, buildProject, buildUser } from '../helpers/factories';
import { codes, type GraphQLResponse, ok } from '../helpers/graphql-client';
import { serverSuite } from '../helpers/server-suite';

const TICKET = `id number status version tier channel priority title reopenCount solution acknowledgedAt resolvedAt closedAt customerConfirmedAt
  customer { id } assignee { id } createdBy { id } project { id }
  slaClocks { kind state pauseReason dueAt stoppedAt }
  messages { body internal author { id } }
  writeUp { cause steps lessons }
  viewerCan { actions reply addInternalNote assign escalateTo }`;
const CREATE = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { ${TICKET} } }`;
const STEP = `mutation($input: TicketStepInput!) { ticketStep(input: $input) { ${TICKET} } }`;
const MESSAGE = 'mutation($input: TicketMessageInput!) { addTicketMessage(input: $input) { id body internal author { id } } }';
const ASSIGN = `mutation($input: AssignTicketInput!) { assignTicket(input: $input) { ${TICKET} } }`;
const ESCALATE = `mutation($input: EscalateTicketInput!) { escalateTicket(input: $input) { ${TICKET} } }`;
const READ = `query($id: ID!) { ticket(id: $id) { ${TICKET} } }`;
const BY_NUMBER = 'query($number: String!) { ticket(number: $number) { id } }';
const LIST = 'query($filter: TicketFilter, $limit: Int) { tickets(filter: $filter, limit: $limit) { id number status } }';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const NUMBER = /^TS-\d{4}-\d{6}$/;

type Action = 'ACKNOWLEDGE' | 'START' | 'WAIT_FOR_CUSTOMER' | 'WAIT_FOR_RND' | 'RESUME' | 'RESOLVE' | 'CONFIRM_RESOLUTION' | 'CLOSE' | 'REOPEN';
const ACTIONS: Action[] = ['ACKNOWLEDGE', 'START', 'WAIT_FOR_CUSTOMER', 'WAIT_FOR_RND', 'RESUME', 'RESOLVE', 'CONFIRM_RESOLUTION', 'CLOSE', 'REOPEN'];
type Status = 'NEW' | 'ACKNOWLEDGED' | 'IN_PROGRESS' | 'WAITING_CUSTOMER' | 'WAITING_RND' | 'RESOLVED' | 'CLOSED';

/** A realistic intake: a fault phoned in by the customer's operations team. */
const INTAKE = {
  channel: 'PHONE',
  title: '堡垒机SSH会话约5分钟自动断开',
  description: '运维人员通过堡垒机登录 Linux 主机后，约 5 分钟会话自动断开，影响日常运维。',
  product: '运维安全审计系统',
  productVersion: 'V5.2.1',
  category: 'FAULT',
  module: '会话管理',
  frequency: 'INTERMITTENT',
  steps: '1. 登录堡垒机\n2. 打开 SSH 会话\n3. 空闲等待约 5 分钟',
  errorText: 'Connection reset by peer',
  priority: 'HIGH',
};

/** What each step needs to go through. */
const COMPLETE: Record<Action, Record<string, unknown>> = {
  ACKNOWLEDGE: {},
  START: {},
  WAIT_FOR_CUSTOMER: { note: '请提供堡垒机 /var/log/session.log 及断开时间点' },
  WAIT_FOR_RND: { note: '疑似会话保活缺陷，已请研发分析' },
  RESUME: {},
  RESOLVE: { solution: '将 idle_timeout 调整为 3600 秒并开启 TCP keepalive' },
  CONFIRM_RESOLUTION: {},
  CLOSE: { cause: '防火墙空闲连接超时 300 秒，堡垒机未发送保活包', steps: '修改 sshd_config 的 ClientAliveInterval', lessons: '部署时核对客户防火墙会话超时' },
  REOPEN: { note: '今天上午又断开了两次' },
};

interface Clock {
  kind: string;
  state: string;
  pauseReason: string | null;
  dueAt: string | null;
  stoppedAt: string | null;
}
interface Permissions {
  actions: Action[];
  reply: boolean;
  addInternalNote: boolean;
  assign: boolean;
  escalateTo: string[];
}
interface Ticket {
  id: string;
  number: string;
  status: Status;
  version: number;
  tier: string;
  channel: string;
  priority: string;
  title: string;
  reopenCount: number;
  solution: string | null;
  acknowledgedAt: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
  customerConfirmedAt: string | null;
  customer: { id: string };
  assignee: { id: string } | null;
  createdBy: { id: string };
  project: { id: string } | null;
  slaClocks: Clock[];
  messages: { body: string; internal: boolean; author: { id: string } | null }[];
  writeUp: { cause: string; steps: string | null; lessons: string | null } | null;
  viewerCan: Permissions;
}

describe('service-desk tickets (SPEC §7, issue 5)', () => {
  const suite = serverSuite();
  const as = suite.asOnce;
  const fieldsOf = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.fields;

  /** Customer A with a portal user and a project; customer B with its own portal user; the support staff. */
  const world = async () => {
    const ds = suite.server.dataSource;
    const customer = await buildCustomer(ds, '华东电网信息中心');
    const otherCustomer = await buildCustomer(ds, '西南航空运行控制部');
    const project = await buildProject(ds, { customer });
    return {
      ds,
      customer,
      otherCustomer,
      project,
      firstPresales: project.parts.firstPresales,
      memberSales: project.parts.sales,
      portal: await buildCustomerUser(ds, customer, '客户 张工'),
      otherPortal: await buildCustomerUser(ds, otherCustomer, '另一客户 赵工'),
      engineer: await buildUser(ds, [Role.PRESALES], '技服 李工'),
      colleague: await buildUser(ds, [Role.PRESALES], '技服 周工'),
      senior: await buildUser(ds, [Role.PRESALES], '高级工程师 王工', { senior: true }),
      manager: await buildUser(ds, [Role.PRESALES_MANAGER], '技术支持部经理 陈经理'),
      sales: await buildUser(ds, [Role.SALES], '销售 钱经理'),
      tester: await buildUser(ds, [Role.TESTER], '测试 孙工'),
    };
  };
  type World = Awaited<ReturnType<typeof world>>;

  const create = async (user: User | null, input: Record<string, unknown>) => (await as(user)).request<{ createTicket: Ticket }>(CREATE, { input: { ...INTAKE, ...input } });
  const filed = async (user: User, input: Record<string, unknown> = {}) => ok(await create(user, input), 'createTicket');
  const step = async (user: User | null, ticket: Pick<Ticket, 'id' | 'version'>, action: Action, fields: Record<string, unknown> = COMPLETE[action]) =>
    (await as(user)).request<{ ticketStep: Ticket }>(STEP, { input: { ticketId: ticket.id, expectedVersion: ticket.version, action, ...fields } });
  const stepped = async (user: User, ticket: Pick<Ticket, 'id' | 'version'>, action: Action, fields?: Record<string, unknown>) => ok(await step(user, ticket, action, fields), 'ticketStep');
  const say = async (user: User | null, ticketId: string, body: string, internal = false) =>
    (await as(user)).request<{ addTicketMessage: { id: string; body: string; internal: boolean; author: { id: string } | null } }>(MESSAGE, { input: { ticketId, body, internal } });
  const assign = async (user: User | null, ticket: Pick<Ticket, 'id' | 'version'>, assigneeId: string) =>
    (await as(user)).request<{ assignTicket: Ticket }>(ASSIGN, { input: { ticketId: ticket.id, expectedVersion: ticket.version, assigneeId } });
  const escalate = async (user: User | null, ticket: Pick<Ticket, 'id' | 'version'>, to: string, extra: Record<string, unknown> = {}) =>
    (await as(user)).request<{ escalateTicket: Ticket }>(ESCALATE, { input: { ticketId: ticket.id, expectedVersion: ticket.version, to, reason: '客户核心业务受影响，需要更高一级支持', ...extra } });
  const read = async (user: User | null, id: string) => (await as(user)).request<{ ticket: Ticket | null }>(READ, { id });
  const seen = async (user: User, id: string): Promise<Ticket> => {
    const ticket = ok(await read(user, id), 'ticket');
    expect(ticket).not.toBeNull();
    return ticket!;
  };
  const list = async (user: User, filter: Record<string, unknown> | null = null, limit?: number) =>
    ok(await (await as(user)).request<{ tickets: { id: string; number: string; status: string }[] }>(LIST, { filter, limit }), 'tickets');
  const listedIds = async (user: User, filter: Record<string, unknown> | null = null) => (await list(user, filter)).map((ticket) => ticket.id);
  const clock = (ticket: Ticket, kind: 'RESPONSE' | 'RESOLUTION'): Clock => ticket.slaClocks.find((candidate) => candidate.kind === kind)!;
  const stored = async (id: string) => {
    const [row] = (await suite.server.dataSource.query('SELECT status, version, assignee_id, tier, reopen_count FROM ticket WHERE id = $1', [id])) as {
      status: string;
      version: number;
      assignee_id: string | null;
      tier: string;
      reopen_count: number;
    }[];
    return row;
  };
  const ticketCount = async () => Number(((await suite.server.dataSource.query('SELECT count(*) AS n FROM ticket')) as { n: string }[])[0].n);

  /** A ticket the customer filed in the portal, walked by the engineer to `status`. */
  const inState = async (w: World, status: Status, by: User = w.portal, intake: Record<string, unknown> = {}): Promise<Ticket> => {
    let ticket = await filed(by, intake);
    const walk: Record<Status, Action[]> = {
      NEW: [],
      ACKNOWLEDGED: ['ACKNOWLEDGE'],
      IN_PROGRESS: ['ACKNOWLEDGE', 'START'],
      WAITING_CUSTOMER: ['ACKNOWLEDGE', 'START', 'WAIT_FOR_CUSTOMER'],
      WAITING_RND: ['ACKNOWLEDGE', 'START', 'WAIT_FOR_RND'],
      RESOLVED: ['ACKNOWLEDGE', 'START', 'RESOLVE'],
      CLOSED: ['ACKNOWLEDGE', 'START', 'RESOLVE', 'CLOSE'],
    };
    const handler = ticket.assignee ? ([w.firstPresales, w.engineer].find((user) => user.id === ticket.assignee!.id) ?? w.engineer) : w.engineer;
    for (const action of walk[status]) ticket = await stepped(handler, ticket, action);
    expect(ticket.status).toBe(status);
    return ticket;
  };

  describe('intake', () => {
    it('a PRESALES engineer files a phoned-in ticket: NEW, numbered, both clocks running, in the queue and in the customer’s portal', async () => {
      const w = await world();
      const ticket = await filed(w.engineer, { customerId: w.customer.id });
      expect(ticket).toMatchObject({
        status: 'NEW',
        version: 1,
        tier: 'FIRST_LINE',
        channel: 'PHONE',
        priority: 'HIGH',
        reopenCount: 0,
        customer: { id: w.customer.id },
        assignee: null,
        createdBy: { id: w.engineer.id },
        project: null,
        acknowledgedAt: null,
        messages: [],
        writeUp: null,
      });
      expect(ticket.number).toMatch(NUMBER);
      expect(ticket.slaClocks.map((c) => [c.kind, c.state, c.pauseReason])).toEqual([
        ['RESPONSE', 'RUNNING', null],
        ['RESOLUTION', 'RUNNING', null],
      ]);
      for (const running of ticket.slaClocks) expect(new Date(running.dueAt!).getTime()).toBeGreaterThan(Date.now());
      // The default policy answers within a working hour, resolution takes longer.
      expect(new Date(clock(ticket, 'RESOLUTION').dueAt!).getTime()).toBeGreaterThan(new Date(clock(ticket, 'RESPONSE').dueAt!).getTime());
      expect(ticket.viewerCan).toEqual({ actions: ['ACKNOWLEDGE'], reply: true, addInternalNote: true, assign: true, escalateTo: ['SENIOR', 'MANAGER'] });

      expect(await listedIds(w.colleague)).toEqual([ticket.id]); // the shared queue
      expect(await listedIds(w.portal)).toEqual([ticket.id]);
      expect((await seen(w.portal, ticket.id)).viewerCan).toEqual({ actions: [], reply: true, addInternalNote: false, assign: false, escalateTo: [] });
      expect(ok(await (await as(w.portal)).request<{ ticket: { id: string } | null }>(BY_NUMBER, { number: ticket.number.toLowerCase() }), 'ticket')).toEqual({ id: ticket.id });
    });

    it('a SALES files for their customer and follows it, but does not work it', async () => {
      const w = await world();
      const ticket = await filed(w.sales, { customerId: w.customer.id, channel: 'EMAIL', category: 'CONSULTATION', priority: 'LOW' });
      expect(ticket).toMatchObject({ status: 'NEW', channel: 'EMAIL', priority: 'LOW', createdBy: { id: w.sales.id }, assignee: null });
      expect(await listedIds(w.sales)).toEqual([ticket.id]);
      expect(ticket.viewerCan).toEqual({ actions: [], reply: false, addInternalNote: true, assign: false, escalateTo: [] });
      expect(codes(await step(w.sales, ticket, 'ACKNOWLEDGE'))).toEqual(['TICKET_ACTION_NOT_ALLOWED']);
      expect((await stepped(w.engineer, ticket, 'ACKNOWLEDGE')).assignee).toEqual({ id: w.engineer.id });
    });

    it('a portal user files for their own organisation through the portal, whatever the input says', async () => {
      const w = await world();
      const ticket = await filed(w.portal, { channel: 'PHONE', customerId: w.otherCustomer.id, projectId: w.project.id });
      expect(ticket).toMatchObject({ status: 'NEW', channel: 'WEB_PORTAL', customer: { id: w.customer.id }, project: null, assignee: null, createdBy: { id: w.portal.id } });
      expect(ticket.viewerCan).toEqual({ actions: [], reply: true, addInternalNote: false, assign: false, escalateTo: [] });
      expect(await listedIds(w.engineer)).toEqual([ticket.id]);
      expect(await listedIds(w.otherPortal)).toEqual([]);
      expect(ok(await read(w.otherPortal, ticket.id), 'ticket')).toBeNull();
    });

    it('rejects incomplete or inconsistent intake with VALIDATION fields and files nothing', async () => {
      const w = await world();
      const otherContact = (await w.ds.query(`INSERT INTO contact (customer_id, name) VALUES ($1, '赵工') RETURNING id`, [w.otherCustomer.id])) as { id: string }[];
      const cases: [User, Record<string, unknown>, Record<string, string>][] = [
        [w.engineer, { customerId: w.customer.id, title: '  ', description: '' }, { title: 'REQUIRED', description: 'REQUIRED' }],
        [w.engineer, {}, { customerId: 'REQUIRED' }],
        [w.engineer, { customerId: UNKNOWN }, { customerId: 'NOT_FOUND' }],
        [w.engineer, { customerId: 'not-a-uuid' }, { customerId: 'NOT_FOUND' }],
        [w.engineer, { customerId: w.customer.id, contactId: otherContact[0].id }, { contactId: 'NOT_FOUND' }],
        [w.engineer, { customerId: w.customer.id, occurredAt: new Date(Date.now() + 86_400_000).toISOString() }, { occurredAt: 'IN_THE_FUTURE' }],
        [w.portal, { contactId: otherContact[0].id }, { contactId: 'NOT_FOUND' }],
        [await buildUser(w.ds, [Role.CUSTOMER]), {}, { customerId: 'NO_ORGANISATION' }],
      ];
      for (const [user, input, fields] of cases) {
        const response = await create(user, input);
        expect(codes(response), JSON.stringify(input)).toEqual(['VALIDATION']);
        expect(fieldsOf(response), JSON.stringify(input)).toEqual(fields);
      }
      expect(codes(await create(null, { customerId: w.customer.id }))).toEqual(['UNAUTHENTICATED']);
      expect(await ticketCount()).toBe(0);
    });

    it('records a contact of the customer with the ticket', async () => {
      const w = await world();
      const [contact] = (await w.ds.query(`INSERT INTO contact (customer_id, name) VALUES ($1, '张工') RETURNING id`, [w.customer.id])) as { id: string }[];
      const ticket = await filed(w.engineer, { customerId: w.customer.id, contactId: contact.id });
      const [row] = (await w.ds.query('SELECT contact_id FROM ticket WHERE id = $1', [ticket.id])) as { contact_id: string }[];
      expect(row.contact_id).toBe(contact.id);
    });
  });

  describe('after-sales routing', () => {
    it("a ticket on a project goes to the project's first pre-sales and is seen by the project's members only", async () => {
      const w = await world();
      const ticket = await filed(w.memberSales, { customerId: w.customer.id, projectId: w.project.id });
      expect(ticket).toMatchObject({ assignee: { id: w.firstPresales.id }, project: { id: w.project.id }, status: 'NEW' });
      expect(await listedIds(w.firstPresales)).toEqual([ticket.id]);
      expect(await listedIds(w.memberSales)).toEqual([ticket.id]);
      expect(await listedIds(w.manager)).toEqual([ticket.id]);
      for (const outsider of [w.sales, w.engineer, w.tester, w.otherPortal]) {
        expect(await listedIds(outsider), outsider.name).toEqual([]);
        expect(ok(await read(outsider, ticket.id), 'ticket'), outsider.name).toBeNull();
      }
      // The customer sees their ticket, never the internal project.
      expect((await seen(w.portal, ticket.id)).project).toBeNull();
      // Only the assigned first pre-sales works it.
      expect((await seen(w.firstPresales, ticket.id)).viewerCan.actions).toEqual(['ACKNOWLEDGE']);
      expect((await seen(w.memberSales, ticket.id)).viewerCan.actions).toEqual([]);
    });

    it('a project of another customer → VALIDATION projectId OTHER_CUSTOMER; a project the filer may not see → NOT_FOUND', async () => {
      const w = await world();
      const foreign = await buildProject(w.ds, { customer: w.otherCustomer, sales: w.memberSales });
      let response = await create(w.memberSales, { customerId: w.customer.id, projectId: foreign.id });
      expect(codes(response)).toEqual(['VALIDATION']);
      expect(fieldsOf(response)).toEqual({ projectId: 'OTHER_CUSTOMER' });
      response = await create(w.sales, { customerId: w.customer.id, projectId: w.project.id });
      expect(fieldsOf(response)).toEqual({ projectId: 'NOT_FOUND' });
      response = await create(w.manager, { customerId: w.customer.id, projectId: UNKNOWN });
      expect(fieldsOf(response)).toEqual({ projectId: 'NOT_FOUND' });
      expect(await ticketCount()).toBe(0);
    });
  });

  describe('lifecycle', () => {
    it('portal intake → acknowledge → start → wait for customer (paused) → reply resumes → wait for R&D → resume → resolve → confirm → close → reopen', async () => {
      const w = await world();
      let ticket = await filed(w.portal);

      ticket = await stepped(w.engineer, ticket, 'ACKNOWLEDGE');
      expect(ticket).toMatchObject({ status: 'ACKNOWLEDGED', version: 2, assignee: { id: w.engineer.id } });
      expect(ticket.acknowledgedAt).not.toBeNull();
      expect(clock(ticket, 'RESPONSE')).toMatchObject({ state: 'MET', pauseReason: null });
      expect(clock(ticket, 'RESPONSE').stoppedAt).not.toBeNull();
      expect(clock(ticket, 'RESOLUTION')).toMatchObject({ state: 'RUNNING', stoppedAt: null });
      expect(ticket.viewerCan.actions).toEqual(['START', 'WAIT_FOR_CUSTOMER', 'WAIT_FOR_RND', 'RESOLVE']);
      // Now that the engineer holds it, a colleague no longer works it.
      expect((await seen(w.colleague, ticket.id)).viewerCan).toMatchObject({ actions: [], reply: false, assign: false, escalateTo: [] });

      ticket = await stepped(w.engineer, ticket, 'START');
      expect(ticket).toMatchObject({ status: 'IN_PROGRESS', version: 3 });

      ticket = await stepped(w.engineer, ticket, 'WAIT_FOR_CUSTOMER');
      expect(ticket.status).toBe('WAITING_CUSTOMER');
      expect(clock(ticket, 'RESOLUTION')).toMatchObject({ state: 'PAUSED', pauseReason: 'WAITING_CUSTOMER', dueAt: null });
      expect(clock(ticket, 'RESPONSE').state).toBe('MET');
      const asked = await seen(w.portal, ticket.id);
      expect(asked.messages).toEqual([{ body: COMPLETE.WAIT_FOR_CUSTOMER.note, internal: false, author: { id: w.engineer.id } }]);
      expect(clock(asked, 'RESOLUTION')).toMatchObject({ state: 'PAUSED', pauseReason: 'WAITING_CUSTOMER' });

      const reply = ok(await say(w.portal, ticket.id, '日志已上传，断开时间为 10:05 和 10:11'), 'addTicketMessage');
      expect(reply).toMatchObject({ internal: false, author: { id: w.portal.id } });
      ticket = await seen(w.engineer, ticket.id);
      expect(ticket).toMatchObject({ status: 'IN_PROGRESS', version: 5 });
      expect(clock(ticket, 'RESOLUTION')).toMatchObject({ state: 'RUNNING', pauseReason: null });
      expect(new Date(clock(ticket, 'RESOLUTION').dueAt!).getTime()).toBeGreaterThan(Date.now());

      ticket = await stepped(w.engineer, ticket, 'WAIT_FOR_RND');
      expect(ticket.status).toBe('WAITING_RND');
      expect(clock(ticket, 'RESOLUTION')).toMatchObject({ state: 'PAUSED', pauseReason: 'WAITING_RND', dueAt: null });
      // The customer's reply ends a wait for the customer only.
      expect(ok(await say(w.portal, ticket.id, '请问进展如何？'), 'addTicketMessage').internal).toBe(false);
      ticket = await seen(w.engineer, ticket.id);
      expect(ticket.status).toBe('WAITING_RND');
      ticket = await stepped(w.engineer, ticket, 'RESUME');
      expect(ticket.status).toBe('IN_PROGRESS');
      expect(clock(ticket, 'RESOLUTION')).toMatchObject({ state: 'RUNNING', pauseReason: null });

      ticket = await stepped(w.engineer, ticket, 'RESOLVE');
      expect(ticket).toMatchObject({ status: 'RESOLVED', solution: COMPLETE.RESOLVE.solution, customerConfirmedAt: null });
      expect(ticket.resolvedAt).not.toBeNull();
      expect(clock(ticket, 'RESOLUTION')).toMatchObject({ state: 'MET', dueAt: expect.any(String) });
      expect(ticket.viewerCan.actions).toEqual(['CLOSE', 'REOPEN']);

      let forCustomer = await seen(w.portal, ticket.id);
      expect(forCustomer.viewerCan.actions).toEqual(['CONFIRM_RESOLUTION', 'REOPEN']);
      expect(forCustomer.messages.at(-1)).toEqual({ body: COMPLETE.RESOLVE.solution, internal: false, author: { id: w.engineer.id } });
      forCustomer = await stepped(w.portal, forCustomer, 'CONFIRM_RESOLUTION');
      expect(forCustomer.status).toBe('RESOLVED');
      expect(forCustomer.customerConfirmedAt).not.toBeNull();
      // Confirmed once: the customer's word is not given again.
      expect(forCustomer.viewerCan.actions).toEqual(['REOPEN']);
      expect(codes(await step(w.portal, forCustomer, 'CONFIRM_RESOLUTION'))).toEqual(['TICKET_ACTION_NOT_ALLOWED']);

      ticket = await seen(w.engineer, ticket.id);
      ticket = await stepped(w.engineer, ticket, 'CLOSE', { ...COMPLETE.CLOSE, publishArticle: true });
      expect(ticket).toMatchObject({ status: 'CLOSED', solution: COMPLETE.RESOLVE.solution });
      expect(ticket.closedAt).not.toBeNull();
      expect(ticket.writeUp).toEqual({ cause: COMPLETE.CLOSE.cause, steps: COMPLETE.CLOSE.steps, lessons: COMPLETE.CLOSE.lessons });
      expect(ticket.viewerCan).toMatchObject({ actions: ['REOPEN'], reply: false, assign: false, escalateTo: [] });
      expect((await seen(w.portal, ticket.id)).writeUp).toBeNull();
      const articles = (await w.ds.query('SELECT status, cause, solution, source_ticket_id FROM knowledge_article')) as Record<string, unknown>[];
      expect(articles).toEqual([{ status: 'DRAFT', cause: COMPLETE.CLOSE.cause, solution: COMPLETE.RESOLVE.solution, source_ticket_id: ticket.id }]);
      const surveys = (await w.ds.query('SELECT ticket_id, engineer_id FROM satisfaction_survey')) as Record<string, unknown>[];
      expect(surveys).toEqual([{ ticket_id: ticket.id, engineer_id: w.engineer.id }]);

      forCustomer = await seen(w.portal, ticket.id);
      expect(forCustomer.viewerCan).toMatchObject({ actions: ['REOPEN'], reply: false });
      forCustomer = await stepped(w.portal, forCustomer, 'REOPEN');
      expect(forCustomer).toMatchObject({ status: 'IN_PROGRESS', reopenCount: 1, closedAt: null, resolvedAt: null, customerConfirmedAt: null });
      expect(clock(forCustomer, 'RESOLUTION')).toMatchObject({ state: 'RUNNING', pauseReason: null, stoppedAt: null });
      expect(new Date(clock(forCustomer, 'RESOLUTION').dueAt!).getTime()).toBeGreaterThan(Date.now());
      expect(clock(forCustomer, 'RESPONSE').state).toBe('MET');
      expect(forCustomer.messages.at(-1)).toEqual({ body: COMPLETE.REOPEN.note, internal: false, author: { id: w.portal.id } });
    });

    it('staff reopen a resolved ticket the customer says is not solved, and may close it again', async () => {
      const w = await world();
      let ticket = await inState(w, 'RESOLVED');
      ticket = await stepped(w.engineer, ticket, 'REOPEN', { note: '客户反馈问题仍存在' });
      expect(ticket).toMatchObject({ status: 'IN_PROGRESS', reopenCount: 1 });
      expect(clock(ticket, 'RESOLUTION').state).toBe('RUNNING');
      ticket = await stepped(w.engineer, ticket, 'RESOLVE', { solution: '升级到 V5.2.2 修复保活缺陷' });
      ticket = await stepped(w.engineer, ticket, 'CLOSE', { cause: '保活缺陷' });
      ticket = await stepped(w.engineer, ticket, 'REOPEN');
      ticket = await stepped(w.engineer, ticket, 'RESOLVE');
      ticket = await stepped(w.engineer, ticket, 'CLOSE', { cause: '保活缺陷，第二次' });
      expect(ticket).toMatchObject({ status: 'CLOSED', reopenCount: 2, writeUp: { cause: '保活缺陷，第二次', steps: null, lessons: null } });
    });

    it('every step is compare-and-set: a stale version is a CONFLICT, the wrong state TICKET_ACTION_NOT_ALLOWED, and nothing changes', async () => {
      const w = await world();
      const allowedFor = (ticket: Ticket, user: User) => (user.id === w.portal.id ? PORTAL_STEPS[ticket.status] : STAFF_STEPS[ticket.status]);
      const STAFF_STEPS: Record<Status, Action[]> = {
        NEW: ['ACKNOWLEDGE'],
        ACKNOWLEDGED: ['START', 'WAIT_FOR_CUSTOMER', 'WAIT_FOR_RND', 'RESOLVE'],
        IN_PROGRESS: ['WAIT_FOR_CUSTOMER', 'WAIT_FOR_RND', 'RESOLVE'],
        WAITING_CUSTOMER: ['RESUME'],
        WAITING_RND: ['RESUME'],
        RESOLVED: ['CLOSE', 'REOPEN'],
        CLOSED: ['REOPEN'],
      };
      const PORTAL_STEPS: Record<Status, Action[]> = {
        NEW: [],
        ACKNOWLEDGED: [],
        IN_PROGRESS: [],
        WAITING_CUSTOMER: [],
        WAITING_RND: [],
        RESOLVED: ['CONFIRM_RESOLUTION', 'REOPEN'],
        CLOSED: ['REOPEN'],
      };
      for (const status of ['NEW', 'ACKNOWLEDGED', 'IN_PROGRESS', 'WAITING_CUSTOMER', 'WAITING_RND', 'RESOLVED', 'CLOSED'] as Status[]) {
        const ticket = await inState(w, status);
        for (const user of [w.engineer, w.portal]) {
          const allowed = allowedFor(ticket, user);
          expect((await seen(user, ticket.id)).viewerCan.actions, `${status} ${user.name}`).toEqual(allowed);
          for (const action of ACTIONS) {
            const stale = await step(user, { id: ticket.id, version: ticket.version - 1 }, action);
            expect(codes(stale), `${status} ${action} stale`).toEqual(['CONFLICT']);
            if (allowed.includes(action)) continue;
            const refused = await step(user, ticket, action);
            expect(codes(refused), `${status} ${action} by ${user.name}`).toEqual(['TICKET_ACTION_NOT_ALLOWED']);
            expect(refused.errors?.[0].extensions?.status).toBe(status);
          }
        }
        expect(await stored(ticket.id)).toMatchObject({ status, version: ticket.version });
      }
    });

    it('steps that need a note, a solution or a cause say which with VALIDATION fields', async () => {
      const w = await world();
      const cases: [Status, Action, Record<string, unknown>, Record<string, string>][] = [
        ['IN_PROGRESS', 'WAIT_FOR_CUSTOMER', { note: '   ' }, { note: 'REQUIRED' }],
        ['ACKNOWLEDGED', 'WAIT_FOR_RND', {}, { note: 'REQUIRED' }],
        ['IN_PROGRESS', 'RESOLVE', { solution: '' }, { solution: 'REQUIRED' }],
        ['RESOLVED', 'CLOSE', { steps: '重启服务', lessons: '无' }, { cause: 'REQUIRED' }],
        ['RESOLVED', 'CLOSE', { cause: ' ', solution: ' ' }, { cause: 'REQUIRED' }],
        ['RESOLVED', 'REOPEN', {}, { note: 'REQUIRED' }],
        ['CLOSED', 'REOPEN', { note: '' }, { note: 'REQUIRED' }],
      ];
      for (const [status, action, fields, problems] of cases) {
        const ticket = await inState(w, status);
        const response = await step(w.engineer, ticket, action, fields);
        expect(codes(response), `${status} ${action}`).toEqual(['VALIDATION']);
        expect(fieldsOf(response), `${status} ${action}`).toEqual(problems);
        expect(await stored(ticket.id)).toMatchObject({ status, version: ticket.version });
      }
      const resolved = await inState(w, 'RESOLVED');
      const response = await step(w.portal, resolved, 'REOPEN', { note: '' });
      expect(fieldsOf(response)).toEqual({ note: 'REQUIRED' });
    });

    it('CLOSE writes up the solution given at RESOLVE unless a better one is written; the customer keeps the one they were given', async () => {
      const w = await world();
      const writeUp = async (ticketId: string) =>
        ok(await (await as(w.engineer)).request<{ ticket: { solution: string; writeUp: { solution: string } } }>('query($id: ID!) { ticket(id: $id) { solution writeUp { solution } } }', { id: ticketId }), 'ticket');
      const kept = await stepped(w.engineer, await inState(w, 'RESOLVED'), 'CLOSE', { cause: '配置错误' });
      expect(await writeUp(kept.id)).toEqual({ solution: COMPLETE.RESOLVE.solution, writeUp: { solution: COMPLETE.RESOLVE.solution } });
      const rewritten = await stepped(w.engineer, await inState(w, 'RESOLVED'), 'CLOSE', { cause: '配置错误', solution: '修改防火墙空闲超时为 3600 秒' });
      expect(await writeUp(rewritten.id)).toEqual({ solution: COMPLETE.RESOLVE.solution, writeUp: { solution: '修改防火墙空闲超时为 3600 秒' } });
    });

    it('two engineers acknowledging at once: exactly one wins, the other gets CONFLICT', async () => {
      const w = await world();
      const ticket = await filed(w.portal);
      const responses = await Promise.all([w.engineer, w.colleague, w.senior].map((user) => step(user, ticket, 'ACKNOWLEDGE')));
      const winners = responses.filter((response) => !response.errors);
      expect(winners).toHaveLength(1);
      expect(responses.flatMap(codes).sort()).toEqual(['CONFLICT', 'CONFLICT']);
      expect(await stored(ticket.id)).toMatchObject({ status: 'ACKNOWLEDGED', version: 2, assignee_id: winners[0].data!.ticketStep.assignee!.id });
    });

    it('ticketStep: UNAUTHENTICATED, NOT_FOUND for those who may not see it, TICKET_ACTION_NOT_ALLOWED for staff who do not work it', async () => {
      const w = await world();
      const ticket = await inState(w, 'NEW', w.memberSales, { customerId: w.customer.id, projectId: w.project.id });
      expect(codes(await step(null, ticket, 'ACKNOWLEDGE'))).toEqual(['UNAUTHENTICATED']);
      for (const outsider of [w.otherPortal, w.sales, w.tester, w.engineer]) {
        expect(codes(await step(outsider, ticket, 'ACKNOWLEDGE')), outsider.name).toEqual(['NOT_FOUND']);
      }
      expect(codes(await step(w.engineer, { id: UNKNOWN, version: 1 }, 'ACKNOWLEDGE'))).toEqual(['NOT_FOUND']);
      expect(codes(await step(w.engineer, { id: 'TS-2026-000001', version: 1 }, 'ACKNOWLEDGE'))).toEqual(['NOT_FOUND']);
      expect(codes(await step(w.memberSales, ticket, 'ACKNOWLEDGE'))).toEqual(['TICKET_ACTION_NOT_ALLOWED']);
      expect(codes(await step(w.portal, ticket, 'ACKNOWLEDGE'))).toEqual(['TICKET_ACTION_NOT_ALLOWED']);
      expect(await stored(ticket.id)).toMatchObject({ status: 'NEW', version: 1 });

      const resolved = await inState(w, 'RESOLVED');
      expect(codes(await step(w.otherPortal, resolved, 'CONFIRM_RESOLUTION'))).toEqual(['NOT_FOUND']);
      expect(codes(await step(w.otherPortal, resolved, 'REOPEN'))).toEqual(['NOT_FOUND']);
      expect(codes(await step(w.engineer, resolved, 'CONFIRM_RESOLUTION'))).toEqual(['TICKET_ACTION_NOT_ALLOWED']); // the customer's own word
      expect(await stored(resolved.id)).toMatchObject({ status: 'RESOLVED', version: resolved.version });
    });
  });

  describe('escalation', () => {
    it('first line → senior (a senior engineer takes it) → manager; never back down; R&D needs a project', async () => {
      const w = await world();
      let ticket = await inState(w, 'IN_PROGRESS');
      expect(ticket.viewerCan.escalateTo).toEqual(['SENIOR', 'MANAGER']);

      let response = await escalate(w.engineer, ticket, 'SENIOR', { assigneeId: w.colleague.id });
      expect(codes(response)).toEqual(['VALIDATION']);
      expect(fieldsOf(response)).toEqual({ assigneeId: 'NOT_SENIOR' });
      response = await escalate(w.engineer, ticket, 'SENIOR', { assigneeId: UNKNOWN });
      expect(fieldsOf(response)).toEqual({ assigneeId: 'NOT_FOUND' });
      response = await escalate(w.engineer, ticket, 'SENIOR', { assigneeId: w.senior.id, reason: '  ' });
      expect(fieldsOf(response)).toEqual({ reason: 'REQUIRED' });
      response = await escalate(w.engineer, ticket, 'RND');
      expect(codes(response)).toEqual(['TICKET_NEEDS_PROJECT']);
      response = await escalate(w.engineer, { id: ticket.id, version: ticket.version - 1 }, 'SENIOR', { assigneeId: w.senior.id });
      expect(codes(response)).toEqual(['CONFLICT']);
      expect(await stored(ticket.id)).toMatchObject({ tier: 'FIRST_LINE', version: ticket.version, assignee_id: w.engineer.id });

      ticket = ok(await escalate(w.engineer, ticket, 'SENIOR', { assigneeId: w.senior.id, reason: '会话保活需要高级工程师分析抓包' }), 'escalateTicket');
      expect(ticket).toMatchObject({ tier: 'SENIOR', status: 'IN_PROGRESS', assignee: { id: w.senior.id } });
      expect(ticket.messages.at(-1)).toEqual({ body: '会话保活需要高级工程师分析抓包', internal: true, author: { id: w.engineer.id } });
      expect((await seen(w.portal, ticket.id)).messages).toEqual([]);
      // The first line no longer holds it.
      expect((await seen(w.engineer, ticket.id)).viewerCan.escalateTo).toEqual([]);
      expect(codes(await escalate(w.engineer, ticket, 'MANAGER'))).toEqual(['FORBIDDEN']);

      ticket = await seen(w.senior, ticket.id);
      expect(ticket.viewerCan.escalateTo).toEqual(['MANAGER']);
      expect(codes(await escalate(w.senior, ticket, 'FIRST_LINE'))).toEqual(['ESCALATION_NOT_ALLOWED']);
      expect(codes(await escalate(w.senior, ticket, 'SENIOR', { assigneeId: w.senior.id }))).toEqual(['ESCALATION_NOT_ALLOWED']);
      ticket = ok(await escalate(w.senior, ticket, 'MANAGER'), 'escalateTicket');
      expect(ticket).toMatchObject({ tier: 'MANAGER', assignee: { id: w.senior.id } });
      expect(ticket.viewerCan.escalateTo).toEqual([]);
      for (const down of ['FIRST_LINE', 'SENIOR', 'RND', 'MANAGER']) {
        expect(codes(await escalate(w.senior, ticket, down, { assigneeId: w.senior.id })), down).toEqual(['ESCALATION_NOT_ALLOWED']);
      }
      expect(await stored(ticket.id)).toMatchObject({ tier: 'MANAGER', version: ticket.version });
    });

    it('to a senior without naming one leaves the ticket with its current engineer', async () => {
      const w = await world();
      const ticket = ok(await escalate(w.engineer, await inState(w, 'ACKNOWLEDGED'), 'SENIOR'), 'escalateTicket');
      expect(ticket).toMatchObject({ tier: 'SENIOR', status: 'ACKNOWLEDGED', assignee: { id: w.engineer.id } });
      expect(ticket.viewerCan.escalateTo).toEqual(['MANAGER']);
    });

    it('to R&D on a project: opens a remaining issue for the ticket and waits for R&D with the clocks paused', async () => {
      const w = await world();
      let ticket = await inState(w, 'IN_PROGRESS', w.memberSales, { customerId: w.customer.id, projectId: w.project.id });
      expect(ticket.assignee).toEqual({ id: w.firstPresales.id });
      expect(ticket.viewerCan.escalateTo).toEqual(['SENIOR', 'RND', 'MANAGER']);
      ticket = ok(await escalate(w.firstPresales, ticket, 'RND', { reason: '需研发定位保活缺陷' }), 'escalateTicket');
      expect(ticket).toMatchObject({ tier: 'RND', status: 'WAITING_RND' });
      expect(clock(ticket, 'RESOLUTION')).toMatchObject({ state: 'PAUSED', pauseReason: 'WAITING_RND', dueAt: null });

      const issues = (await w.ds.query('SELECT id, project_id, report_id, ticket_id, owner_id, description, status FROM remaining_issue')) as Record<string, unknown>[];
      expect(issues).toEqual([
        {
          id: expect.any(String),
          project_id: w.project.id,
          report_id: null,
          ticket_id: ticket.id,
          owner_id: w.firstPresales.id,
          description: expect.stringContaining(ticket.number),
          status: 'OPEN',
        },
      ]);
      const [row] = (await w.ds.query('SELECT remaining_issue_id FROM ticket WHERE id = $1', [ticket.id])) as { remaining_issue_id: string }[];
      expect(row.remaining_issue_id).toBe(issues[0].id);
      // The R&D manager now sees the ticket.
      expect(await listedIds(await buildUser(w.ds, [Role.RND_MANAGER]))).toEqual([ticket.id]);

      expect(codes(await escalate(w.firstPresales, ticket, 'SENIOR', { assigneeId: w.senior.id }))).toEqual(['ESCALATION_NOT_ALLOWED']);
      expect(codes(await escalate(w.firstPresales, ticket, 'RND'))).toEqual(['ESCALATION_NOT_ALLOWED']);
      ticket = ok(await escalate(w.firstPresales, ticket, 'MANAGER'), 'escalateTicket');
      expect(ticket).toMatchObject({ tier: 'MANAGER', status: 'WAITING_RND' });
      ticket = await stepped(w.firstPresales, ticket, 'RESUME');
      expect(clock(ticket, 'RESOLUTION').state).toBe('RUNNING');
    });

    it('escalateTicket: UNAUTHENTICATED; FORBIDDEN for other roles and for an engineer who does not hold it; closed tickets stay where they are', async () => {
      const w = await world();
      const ticket = await inState(w, 'ACKNOWLEDGED');
      expect(codes(await escalate(null, ticket, 'MANAGER'))).toEqual(['UNAUTHENTICATED']);
      for (const user of [w.portal, w.otherPortal, w.sales, w.tester, await buildUser(w.ds, [Role.TECH_DIRECTOR])]) {
        expect(codes(await escalate(user, ticket, 'MANAGER')), user.name).toEqual(['FORBIDDEN']);
      }
      expect(codes(await escalate(w.colleague, ticket, 'MANAGER'))).toEqual(['FORBIDDEN']);
      expect((await seen(w.colleague, ticket.id)).viewerCan.escalateTo).toEqual([]);
      const manager = await seen(w.manager, ticket.id);
      expect(manager.viewerCan.escalateTo).toEqual(['SENIOR', 'MANAGER']);
      expect(ok(await escalate(w.manager, manager, 'MANAGER'), 'escalateTicket').tier).toBe('MANAGER');

      const closed = await inState(w, 'CLOSED');
      expect(closed.viewerCan.escalateTo).toEqual([]);
      expect(codes(await escalate(w.engineer, closed, 'MANAGER'))).toEqual(['ESCALATION_NOT_ALLOWED']);
      expect(codes(await escalate(w.engineer, { id: UNKNOWN, version: 1 }, 'MANAGER'))).toEqual(['NOT_FOUND']);
    });
  });

  describe('assignment', () => {
    it('the manager assigns anyone who handles tickets; an engineer takes an unassigned one for themself', async () => {
      const w = await world();
      let ticket = await filed(w.portal);
      expect((await seen(w.engineer, ticket.id)).viewerCan.assign).toBe(true);
      ticket = ok(await assign(w.engineer, ticket, w.engineer.id), 'assignTicket');
      expect(ticket).toMatchObject({ assignee: { id: w.engineer.id }, version: 2, status: 'NEW' });

      // Held now: a colleague may neither take it nor hand it on.
      expect((await seen(w.colleague, ticket.id)).viewerCan.assign).toBe(false);
      expect(codes(await assign(w.colleague, ticket, w.colleague.id))).toEqual(['FORBIDDEN']);
      expect(codes(await assign(w.engineer, ticket, w.colleague.id))).toEqual(['FORBIDDEN']);

      const manager = await seen(w.manager, ticket.id);
      expect(manager.viewerCan.assign).toBe(true);
      const response = await assign(w.manager, manager, w.sales.id);
      expect(codes(response)).toEqual(['VALIDATION']);
      expect(fieldsOf(response)).toEqual({ assigneeId: 'NOT_AN_ENGINEER' });
      expect(fieldsOf(await assign(w.manager, manager, UNKNOWN))).toEqual({ assigneeId: 'NOT_FOUND' });
      expect(codes(await assign(w.manager, { id: ticket.id, version: 1 }, w.colleague.id))).toEqual(['CONFLICT']);
      ticket = ok(await assign(w.manager, manager, w.colleague.id), 'assignTicket');
      expect(ticket.assignee).toEqual({ id: w.colleague.id });
      expect((await seen(w.colleague, ticket.id)).viewerCan.actions).toEqual(['ACKNOWLEDGE']);
      expect((await seen(w.engineer, ticket.id)).viewerCan.actions).toEqual([]);
    });

    it('assignTicket: UNAUTHENTICATED; FORBIDDEN for roles that do not handle tickets, portal users and closed tickets', async () => {
      const w = await world();
      const ticket = await filed(w.portal);
      expect(codes(await assign(null, ticket, w.engineer.id))).toEqual(['UNAUTHENTICATED']);
      for (const user of [w.portal, w.otherPortal, w.sales, w.tester, await buildUser(w.ds, [Role.GM])]) {
        expect(codes(await assign(user, ticket, w.engineer.id)), user.name).toEqual(['FORBIDDEN']);
        expect(codes(await assign(user, ticket, user.id)), user.name).toEqual(['FORBIDDEN']);
      }
      expect(await stored(ticket.id)).toMatchObject({ version: 1, assignee_id: null });

      const closed = await inState(w, 'CLOSED');
      expect((await seen(w.manager, closed.id)).viewerCan.assign).toBe(false);
      expect(codes(await assign(w.manager, closed, w.colleague.id))).toEqual(['FORBIDDEN']);
      const project = await inState(w, 'NEW', w.memberSales, { customerId: w.customer.id, projectId: w.project.id });
      expect(codes(await assign(w.engineer, project, w.engineer.id))).toEqual(['NOT_FOUND']); // not their project
    });
  });

  describe('conversation', () => {
    it('internal notes reach staff only: never in a portal user’s messages, and a portal user cannot write one', async () => {
      const w = await world();
      const ticket = await inState(w, 'IN_PROGRESS');
      const note = ok(await say(w.engineer, ticket.id, '内部：客户防火墙由第三方维护，沟通需经销售', true), 'addTicketMessage');
      expect(note).toMatchObject({ internal: true, author: { id: w.engineer.id } });
      ok(await say(w.engineer, ticket.id, '您好，我们正在分析日志'), 'addTicketMessage');

      expect((await seen(w.engineer, ticket.id)).messages.map((m) => [m.body, m.internal])).toEqual([
        ['内部：客户防火墙由第三方维护，沟通需经销售', true],
        ['您好，我们正在分析日志', false],
      ]);
      const forCustomer = await seen(w.portal, ticket.id);
      expect(forCustomer.messages).toEqual([{ body: '您好，我们正在分析日志', internal: false, author: { id: w.engineer.id } }]);
      expect(forCustomer.viewerCan.addInternalNote).toBe(false);

      expect(codes(await say(w.portal, ticket.id, '我想写内部备注', true))).toEqual(['FORBIDDEN']);
      expect((await seen(w.engineer, ticket.id)).messages).toHaveLength(2);
    });

    it('addTicketMessage: UNAUTHENTICATED, NOT_FOUND for those who may not see the ticket, VALIDATION for an empty body, no replies on a closed ticket', async () => {
      const w = await world();
      const ticket = await inState(w, 'IN_PROGRESS', w.memberSales, { customerId: w.customer.id, projectId: w.project.id });
      expect(codes(await say(null, ticket.id, '你好'))).toEqual(['UNAUTHENTICATED']);
      for (const outsider of [w.otherPortal, w.sales, w.tester, w.engineer]) {
        expect(codes(await say(outsider, ticket.id, '你好')), outsider.name).toEqual(['NOT_FOUND']);
        expect(codes(await say(outsider, ticket.id, '内部', true)), outsider.name).toEqual(['NOT_FOUND']);
      }
      expect(codes(await say(w.portal, UNKNOWN, '你好'))).toEqual(['NOT_FOUND']);
      const empty = await say(w.portal, ticket.id, '  \n ');
      expect(codes(empty)).toEqual(['VALIDATION']);
      expect(fieldsOf(empty)).toEqual({ body: 'REQUIRED' });
      expect((await seen(w.firstPresales, ticket.id)).messages).toEqual([]);

      const closed = await inState(w, 'CLOSED');
      expect(codes(await say(w.portal, closed.id, '还有一个问题'))).toEqual(['TICKET_ACTION_NOT_ALLOWED']);
      expect(codes(await say(w.engineer, closed.id, '补充回复'))).toEqual(['TICKET_ACTION_NOT_ALLOWED']);
      expect(ok(await say(w.engineer, closed.id, '内部：结单后补充的备注', true), 'addTicketMessage').internal).toBe(true);
    });

    it('viewerCan.reply and addInternalNote match what the server accepts', async () => {
      const w = await world();
      const ticket = await inState(w, 'IN_PROGRESS', w.memberSales, { customerId: w.customer.id, projectId: w.project.id });
      const viewers = [w.portal, w.firstPresales, w.memberSales, w.manager, await buildUser(w.ds, [Role.TECH_DIRECTOR]), await buildUser(w.ds, [Role.PRESALES])];
      await w.ds.query(`INSERT INTO project_member (project_id, user_id, role) VALUES ($1, $2, 'SECOND_PRESALES')`, [w.project.id, viewers[5].id]);
      for (const viewer of viewers) {
        const { reply, addInternalNote } = (await seen(viewer, ticket.id)).viewerCan;
        const replied = await say(viewer, ticket.id, `${viewer.name} 的回复`);
        expect(replied.errors === undefined, `${viewer.name} reply`).toBe(reply);
        const noted = await say(viewer, ticket.id, `${viewer.name} 的内部备注`, true);
        expect(noted.errors === undefined, `${viewer.name} note`).toBe(addInternalNote);
      }
    });
  });

  describe('visibility', () => {
    it('ticket and tickets: UNAUTHENTICATED; null and empty for a customer of another organisation, a non-member SALES and a TESTER', async () => {
      const w = await world();
      const portalTicket = await filed(w.portal);
      const projectTicket = await filed(w.memberSales, { customerId: w.customer.id, projectId: w.project.id });
      const other = await filed(w.otherPortal);

      const anonymous = await as(null);
      expect(codes(await anonymous.request(LIST))).toEqual(['UNAUTHENTICATED']);
      expect(codes(await anonymous.request(READ, { id: portalTicket.id }))).toEqual(['UNAUTHENTICATED']);
      expect(codes(await anonymous.request(BY_NUMBER, { number: portalTicket.number }))).toEqual(['UNAUTHENTICATED']);

      const expectations: [User, string[]][] = [
        [w.portal, [portalTicket.id, projectTicket.id]],
        [w.otherPortal, [other.id]],
        [w.engineer, [portalTicket.id, other.id]], // the shared queue, not other projects
        [w.firstPresales, [portalTicket.id, projectTicket.id, other.id]],
        [w.memberSales, [projectTicket.id]],
        [w.sales, []],
        [w.tester, []],
        [w.manager, [portalTicket.id, projectTicket.id, other.id]],
        [await buildUser(w.ds, [Role.GM]), [portalTicket.id, projectTicket.id, other.id]],
      ];
      for (const [user, ids] of expectations) {
        expect((await listedIds(user)).sort(), user.name).toEqual([...ids].sort());
        for (const ticket of [portalTicket, projectTicket, other]) {
          const found = ok(await read(user, ticket.id), 'ticket');
          expect(found?.id ?? null, `${user.name} reads ${ticket.number}`).toBe(ids.includes(ticket.id) ? ticket.id : null);
          const byNumber = ok(await (await as(user)).request<{ ticket: { id: string } | null }>(BY_NUMBER, { number: ticket.number }), 'ticket');
          expect(byNumber?.id ?? null, `${user.name} reads ${ticket.number} by number`).toBe(ids.includes(ticket.id) ? ticket.id : null);
        }
      }
      expect(ok(await read(w.manager, 'not-a-uuid'), 'ticket')).toBeNull();
    });

    it('the queue filters by status, priority, customer, holder and text, and bounds its limit', async () => {
      const w = await world();
      const urgent = await filed(w.engineer, { customerId: w.customer.id, priority: 'URGENT', title: '核心业务系统无法登录' });
      const mine = await inState(w, 'IN_PROGRESS');
      const closed = await inState(w, 'CLOSED');
      const other = await filed(w.engineer, { customerId: w.otherCustomer.id, priority: 'LOW', title: '咨询：审计报表导出格式' });

      expect((await listedIds(w.engineer)).sort()).toEqual([urgent.id, mine.id, other.id].sort());
      expect(await listedIds(w.engineer, { statuses: ['CLOSED'] })).toEqual([closed.id]);
      expect(await listedIds(w.engineer, { priorities: ['URGENT'] })).toEqual([urgent.id]);
      expect((await listedIds(w.engineer, { customerId: w.otherCustomer.id }))).toEqual([other.id]);
      expect(await listedIds(w.engineer, { customerId: 'nonsense' })).toEqual([]);
      expect(await listedIds(w.engineer, { mine: true })).toEqual([mine.id]);
      expect((await listedIds(w.engineer, { unassigned: true })).sort()).toEqual([urgent.id, other.id].sort());
      expect(await listedIds(w.engineer, { text: '审计报表' })).toEqual([other.id]);
      expect(await listedIds(w.engineer, { text: urgent.number })).toEqual([urgent.id]);
      expect(await listedIds(w.engineer, { text: '100%_' })).toEqual([]);
      // Customers filtering for another organisation still get only their own.
      expect(await listedIds(w.otherPortal, { customerId: w.customer.id })).toEqual([]);
      // SLA risk first: the URGENT ticket's response is due soonest.
      expect((await listedIds(w.engineer))[0]).toBe(urgent.id);

      for (const limit of [0, 501]) expect(codes(await (await as(w.engineer)).request(LIST, { limit })), String(limit)).toEqual(['VALIDATION']);
      expect(await list(w.engineer, null, 1)).toHaveLength(1);
    });
  });

  describe('SLA clocks', () => {
    const CALENDAR_ID = '00000000-0000-4000-8000-0000000c1c24';
    const POLICY_ID = '00000000-0000-4000-8000-0000000f1f24';
    const MINUTE = 60_000;
    const HOUR = 60 * MINUTE;
    const RESOLUTION_MINUTES = 600;

    interface ClockRow {
      id: string;
      state: string;
      started_at: Date;
      due_at: Date | null;
      stopped_at: Date | null;
      breached_at: Date | null;
      pauses: { from: string; to: string | null; reason: string }[];
    }
    afterAll(async () => {
      const ds = suite.server.dataSource;
      await ds.query('DELETE FROM customer_contract WHERE sla_policy_id = $1', [POLICY_ID]);
      await ds.query('DELETE FROM sla_policy WHERE id = $1', [POLICY_ID]);
      await ds.query('DELETE FROM business_calendar WHERE id = $1', [CALENDAR_ID]);
    });

    const clockRow = async (ticketId: string, kind: 'RESPONSE' | 'RESOLUTION'): Promise<ClockRow> =>
      ((await suite.server.dataSource.query('SELECT id, state, started_at, due_at, stopped_at, breached_at, pauses FROM sla_clock WHERE ticket_id = $1 AND kind = $2', [ticketId, kind])) as ClockRow[])[0];
    const rewrite = (clock: ClockRow, changes: { startedAt?: Date; dueAt?: Date | null; stoppedAt?: Date | null; pauses?: ClockRow['pauses'] }) =>
      suite.server.dataSource.query('UPDATE sla_clock SET started_at = $2, due_at = $3, stopped_at = $4, pauses = $5::jsonb WHERE id = $1', [
        clock.id,
        changes.startedAt ?? clock.started_at,
        changes.dueAt === undefined ? clock.due_at : changes.dueAt,
        changes.stoppedAt === undefined ? clock.stopped_at : changes.stoppedAt,
        JSON.stringify(changes.pauses ?? clock.pauses),
      ]);
    const minutesOf = async (user: User, ticketId: string) =>
      ok(
        await (await as(user)).request<{ ticket: { slaClocks: { kind: string; businessMinutesUsed: number; businessMinutesLeft: number | null }[] } }>(
          'query($id: ID!) { ticket(id: $id) { slaClocks { kind businessMinutesUsed businessMinutesLeft } } }',
          { id: ticketId },
        ),
        'ticket',
      ).slaClocks;

    /** Customer A's contract names a round-the-clock calendar, so that business time is wall time. */
    const roundTheClock = async (w: World) => {
      await w.ds.query(
        `INSERT INTO business_calendar (id, name, time_zone, periods, working_weekdays) VALUES ($1, '7×24', 'Asia/Shanghai', $2, '{1,2,3,4,5,6,7}') ON CONFLICT (id) DO NOTHING`,
        [CALENDAR_ID, JSON.stringify([{ start: '00:00', end: '24:00' }])],
      );
      const targets = ['URGENT', 'HIGH', 'MEDIUM', 'LOW'].map((priority) => ({ priority, responseMinutes: 60, resolutionMinutes: RESOLUTION_MINUTES }));
      await w.ds.query(
        `INSERT INTO sla_policy (id, name, calendar_id, targets, warn_at_share, is_default) VALUES ($1, '7×24 金牌服务', $2, $3, 0.8, false) ON CONFLICT (id) DO UPDATE SET targets = EXCLUDED.targets`,
        [POLICY_ID, CALENDAR_ID, JSON.stringify(targets)],
      );
      const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
      await w.ds.query(`INSERT INTO customer_contract (customer_id, number, starts_on, service_expires_on, sla_policy_id) VALUES ($1, 'HT-7X24', $2, $3, $4)`, [
        w.customer.id,
        day(-2),
        day(365),
        POLICY_ID,
      ]);
    };

    it('time spent waiting for the customer is left out of the resolution budget', async () => {
      const w = await world();
      await roundTheClock(w);
      const ticket = await inState(w, 'WAITING_CUSTOMER');
      // As if filed three hours ago and waiting for the customer for the last two.
      const paused = await clockRow(ticket.id, 'RESOLUTION');
      expect(paused).toMatchObject({ state: 'PAUSED', due_at: null, pauses: [{ to: null, reason: 'WAITING_CUSTOMER' }] });
      const startedAt = new Date(paused.started_at.getTime() - 3 * HOUR);
      await rewrite(paused, { startedAt, pauses: [{ ...paused.pauses[0], from: new Date(Date.now() - 2 * HOUR).toISOString() }] });
      const whilePaused = (await minutesOf(w.portal, ticket.id)).find((c) => c.kind === 'RESOLUTION')!;
      expect(whilePaused.businessMinutesUsed).toBeCloseTo(60, -1);
      expect(whilePaused.businessMinutesLeft).toBeCloseTo(RESOLUTION_MINUTES - 60, -1);

      ok(await say(w.portal, ticket.id, '日志已上传'), 'addTicketMessage');
      const resumed = await clockRow(ticket.id, 'RESOLUTION');
      expect(resumed).toMatchObject({ state: 'RUNNING', stopped_at: null });
      const [pause] = resumed.pauses;
      const waited = new Date(pause.to!).getTime() - new Date(pause.from).getTime();
      expect(waited).toBeGreaterThan(2 * HOUR - MINUTE);
      expect(Math.abs(resumed.due_at!.getTime() - (startedAt.getTime() + RESOLUTION_MINUTES * MINUTE + waited))).toBeLessThan(1000);
      const running = (await minutesOf(w.engineer, ticket.id)).find((c) => c.kind === 'RESOLUTION')!;
      expect(running.businessMinutesUsed).toBeCloseTo(60, -1);
    });

    it('a reopened ticket’s resolution clock runs on from where it stopped, the customer’s verifying time left out', async () => {
      const w = await world();
      await roundTheClock(w);
      const ticket = await inState(w, 'RESOLVED');
      const stopped = await clockRow(ticket.id, 'RESOLUTION');
      expect(stopped.state).toBe('MET');
      // Worked for an hour, then an hour with the customer verifying.
      await rewrite(stopped, { startedAt: new Date(Date.now() - 2 * HOUR), stoppedAt: new Date(Date.now() - HOUR) });
      const reopened = await stepped(w.portal, ticket, 'REOPEN');
      expect(clock(reopened, 'RESOLUTION')).toMatchObject({ state: 'RUNNING', pauseReason: null, stoppedAt: null });
      const row = await clockRow(ticket.id, 'RESOLUTION');
      expect(row.pauses.at(-1)).toMatchObject({ reason: 'CUSTOMER_VERIFYING' });
      const used = (await minutesOf(w.engineer, ticket.id)).find((c) => c.kind === 'RESOLUTION')!;
      expect(used.businessMinutesUsed).toBeCloseTo(60, -1);
      expect(used.businessMinutesLeft).toBeCloseTo(RESOLUTION_MINUTES - 60, -1);
    });

    it('acknowledging after the response was due records the breach, even before the breach job ran', async () => {
      const w = await world();
      const ticket = await filed(w.portal);
      const response = await clockRow(ticket.id, 'RESPONSE');
      const dueAt = new Date(Date.now() - 5 * MINUTE);
      await rewrite(response, { startedAt: new Date(Date.now() - 10 * 24 * HOUR), dueAt });
      const acknowledged = await stepped(w.engineer, ticket, 'ACKNOWLEDGE');
      expect(clock(acknowledged, 'RESPONSE')).toMatchObject({ state: 'BREACHED' });
      expect((await clockRow(ticket.id, 'RESPONSE')).breached_at).toEqual(dueAt);
    });
  });

  describe('viewerCan', () => {
    it('offers exactly the steps the server then accepts, for every viewer and state', async () => {
      const w = await world();
      const viewers = (): User[] => [w.engineer, w.colleague, w.manager, w.portal, w.memberSales];
      const statuses: Status[] = ['NEW', 'ACKNOWLEDGED', 'IN_PROGRESS', 'WAITING_CUSTOMER', 'WAITING_RND', 'RESOLVED', 'CLOSED'];
      for (const status of statuses) {
        for (const viewer of viewers()) {
          // SALES files it, so that they see it too.
          const ticket = await inState(w, status, w.memberSales, { customerId: w.customer.id });
          const offered = (await seen(viewer, ticket.id)).viewerCan.actions;
          for (const action of ACTIONS) {
            if (offered.includes(action)) continue;
            expect(codes(await step(viewer, ticket, action)), `${status} ${action} by ${viewer.name}`).toEqual(['TICKET_ACTION_NOT_ALLOWED']);
          }
          for (const action of offered) {
            const fresh = await inState(w, status, w.memberSales, { customerId: w.customer.id });
            expect((await step(viewer, fresh, action)).errors, `${status} ${action} by ${viewer.name}`).toBeUndefined();
          }
        }
      }
    });

    it('offers exactly the escalations and assignments the server then accepts', async () => {
      const w = await world();
      const secondPresales = await buildUser(w.ds, [Role.PRESALES]);
      await w.ds.query(`INSERT INTO project_member (project_id, user_id, role) VALUES ($1, $2, 'SECOND_PRESALES')`, [w.project.id, secondPresales.id]);
      const TIERS = ['FIRST_LINE', 'SENIOR', 'RND', 'MANAGER'];
      const onProject = { customerId: w.customer.id, projectId: w.project.id };
      const viewers = [w.firstPresales, secondPresales, w.manager, w.portal, w.memberSales];
      for (const status of ['NEW', 'IN_PROGRESS', 'WAITING_CUSTOMER', 'CLOSED'] as Status[]) {
        for (const viewer of viewers) {
          const ticket = await inState(w, status, w.memberSales, onProject);
          const { escalateTo, assign: mayAssign } = (await seen(viewer, ticket.id)).viewerCan;
          for (const to of TIERS) {
            const fresh = escalateTo.includes(to) ? await inState(w, status, w.memberSales, onProject) : ticket;
            const response = await escalate(viewer, fresh, to, { assigneeId: w.senior.id });
            expect(response.errors === undefined, `${status}: ${viewer.name} escalates to ${to}`).toBe(escalateTo.includes(to));
          }
          const response = await assign(viewer, ticket, viewer.id === w.manager.id ? w.colleague.id : viewer.id);
          expect(response.errors === undefined, `${status}: ${viewer.name} assigns`).toBe(mayAssign);
        }
      }
      // Without a project there is no way to R&D, and none is offered.
      const noProject = await inState(w, 'IN_PROGRESS');
      expect(noProject.viewerCan.escalateTo).toEqual(['SENIOR', 'MANAGER']);
      expect(codes(await escalate(w.engineer, noProject, 'RND'))).toEqual(['TICKET_NEEDS_PROJECT']);
    });
  });
});
