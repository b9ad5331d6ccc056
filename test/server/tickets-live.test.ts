import { beforeEach, describe, expect, it } from 'vitest';
import { Role } from '../../server/src/modules/users/role.enum';
import type { User } from '../../server/src/modules/users/user.entity';
import { buildCustomer, buildCustomerUser, buildProject, buildUser } from '../helpers/factories';
import { type ApiClient, ok } from '../helpers/graphql-client';
import { serverSuite } from '../helpers/server-suite';

const CHANGES = 'subscription { ticketsChanged { seq ticketId type action ticket { id number status assignee { id } messages { body internal } } } }';
const CHANGES_OF = (ticketId: string) => `subscription { ticketsChanged(ticketId: "${ticketId}") { seq ticketId type action ticket { id status } } }`;
const CREATE = 'mutation($input: CreateTicketInput!) { createTicket(input: $input) { id number version status } }';
const STEP = 'mutation($input: TicketStepInput!) { ticketStep(input: $input) { id number version status } }';
const MESSAGE = 'mutation($input: TicketMessageInput!) { addTicketMessage(input: $input) { id } }';
const ESCALATE = 'mutation($input: EscalateTicketInput!) { escalateTicket(input: $input) { id version tier } }';

const INTAKE = {
  channel: 'PHONE',
  title: '终端准入客户端安装后无法上线',
  description: '新采购的 20 台办公终端安装准入客户端后，始终显示“未认证”。',
  category: 'FAULT',
  priority: 'URGENT',
};

interface Change {
  ticketsChanged: {
    seq: number;
    ticketId: string;
    type: string;
    action: string | null;
    ticket: { id: string; number?: string; status: string; assignee?: { id: string } | null; messages?: { body: string; internal: boolean }[] } | null;
  };
}
interface Ticket {
  id: string;
  number: string;
  version: number;
  status: string;
}

describe('ticketsChanged: live ticket changes reach only those who may see the ticket (issue 5, acceptance 5)', () => {
  const suite = serverSuite();
  let subscriptions = 0;

  const as = (user: User): Promise<ApiClient> => suite.asOnce(user);
  /** `user`'s feed, registered on the server's bus before it is returned. */
  const feedOf = async (user: User, query = CHANGES) => {
    const feed = await suite.feed<Change>(await as(user), query);
    subscriptions += 1;
    await suite.subscribed(subscriptions);
    return feed;
  };
  const summary = (items: Change[]) => items.map(({ ticketsChanged: change }) => [change.ticketId, change.type, change.action]);

  const file = async (user: User, input: Record<string, unknown> = {}): Promise<Ticket> => ok(await (await as(user)).request<{ createTicket: Ticket }>(CREATE, { input: { ...INTAKE, ...input } }), 'createTicket');
  const step = async (user: User, ticket: Ticket, action: string, extra: Record<string, unknown> = {}): Promise<Ticket> =>
    ok(await (await as(user)).request<{ ticketStep: Ticket }>(STEP, { input: { ticketId: ticket.id, expectedVersion: ticket.version, action, ...extra } }), 'ticketStep');
  const say = async (user: User, ticketId: string, body: string, internal = false) => ok(await (await as(user)).request<{ addTicketMessage: { id: string } }>(MESSAGE, { input: { ticketId, body, internal } }), 'addTicketMessage');

  const world = async () => {
    const ds = suite.server.dataSource;
    const customer = await buildCustomer(ds, '华北某银行科技部');
    const otherCustomer = await buildCustomer(ds, '华南某医院信息科');
    const project = await buildProject(ds, { customer });
    return {
      ds,
      customer,
      project,
      portal: await buildCustomerUser(ds, customer, '客户 刘工'),
      otherPortal: await buildCustomerUser(ds, otherCustomer, '另一客户 黄工'),
      engineer: await buildUser(ds, [Role.PRESALES], '技服 吴工'),
      sales: await buildUser(ds, [Role.SALES], '销售 郑经理'),
      tester: await buildUser(ds, [Role.TESTER]),
    };
  };

  beforeEach(() => {
    subscriptions = 0;
  });

  it('an engineer hears of a portal intake; the filing customer hears of the acknowledgement', async () => {
    const w = await world();
    const engineerFeed = await feedOf(w.engineer);
    const customerFeed = await feedOf(w.portal);

    const ticket = await file(w.portal);
    const [intake] = await engineerFeed.next(1);
    expect(intake.ticketsChanged).toMatchObject({ ticketId: ticket.id, type: 'TICKET_CHANGED', action: 'CREATED', ticket: { id: ticket.id, number: ticket.number, status: 'NEW', assignee: null } });

    const acknowledged = await step(w.engineer, ticket, 'ACKNOWLEDGE');
    const heard = await customerFeed.next(2);
    expect(summary(heard)).toEqual([
      [ticket.id, 'TICKET_CHANGED', 'CREATED'],
      [ticket.id, 'TICKET_CHANGED', 'ACKNOWLEDGE'],
    ]);
    expect(heard[1].ticketsChanged.ticket).toMatchObject({ status: 'ACKNOWLEDGED', assignee: { id: w.engineer.id } });
    expect(summary(await engineerFeed.next(2))).toEqual([
      [ticket.id, 'TICKET_CHANGED', 'CREATED'],
      [acknowledged.id, 'TICKET_CHANGED', 'ACKNOWLEDGE'],
    ]);
    expect(heard[1].ticketsChanged.seq).toBeGreaterThan(heard[0].ticketsChanged.seq);
  });

  it('a customer of another organisation, a non-member SALES and a TESTER never hear of the ticket', async () => {
    const w = await world();
    const outsiders = { otherPortal: await feedOf(w.otherPortal), sales: await feedOf(w.sales), tester: await feedOf(w.tester) };

    // Everything that can happen to customer A's tickets, portal and project alike.
    let ticket = await file(w.portal);
    ticket = await step(w.engineer, ticket, 'ACKNOWLEDGE');
    await say(w.portal, ticket.id, '请尽快处理');
    await say(w.engineer, ticket.id, '内部：需要现场支持', true);
    ticket = await step(w.engineer, ticket, 'RESOLVE', { solution: '重新导入准入根证书' });
    const onProject = await file(w.project.parts.sales, { customerId: w.customer.id, projectId: w.project.id });
    ok(
      await (await as(w.project.parts.firstPresales)).request(ESCALATE, { input: { ticketId: onProject.id, expectedVersion: onProject.version, to: 'RND', reason: '需研发分析准入协议' } }),
      'escalateTicket',
    );

    // Fences: a change each of them may hear of. Events arrive in order, so had any of the
    // changes above reached them, it would be in front.
    const theirs = await file(w.otherPortal);
    const salesOwn = await file(w.sales, { customerId: w.customer.id, title: '销售代客户报修：准入页面空白' });
    const testers = await file(w.tester, { customerId: w.customer.id, title: '测试代报：准入日志缺失' });
    expect(summary(await outsiders.otherPortal.next(1))).toEqual([[theirs.id, 'TICKET_CHANGED', 'CREATED']]);
    expect(summary(await outsiders.sales.next(1))).toEqual([[salesOwn.id, 'TICKET_CHANGED', 'CREATED']]);
    expect(summary(await outsiders.tester.next(1))).toEqual([[testers.id, 'TICKET_CHANGED', 'CREATED']]);
    for (const feed of Object.values(outsiders)) expect(feed.errors).toEqual([]);
  });

  it('a project ticket reaches its members, not an engineer outside the project', async () => {
    const w = await world();
    const member = await feedOf(w.project.parts.firstPresales);
    const outsider = await feedOf(w.engineer);
    const onProject = await file(w.project.parts.sales, { customerId: w.customer.id, projectId: w.project.id });
    const shared = await file(w.portal);
    expect(summary(await member.next(2))).toEqual([
      [onProject.id, 'TICKET_CHANGED', 'CREATED'],
      [shared.id, 'TICKET_CHANGED', 'CREATED'],
    ]);
    expect(summary(await outsider.next(1))).toEqual([[shared.id, 'TICKET_CHANGED', 'CREATED']]);
  });

  it('a portal user hears of replies, not of internal notes', async () => {
    const w = await world();
    const ticket = await step(w.engineer, await file(w.portal), 'ACKNOWLEDGE');
    const customer = await feedOf(w.portal);
    const staff = await feedOf(w.engineer);
    await say(w.engineer, ticket.id, '内部：怀疑是证书链问题', true);
    await say(w.engineer, ticket.id, '您好，请提供客户端日志');
    expect(summary(await staff.next(2))).toEqual([
      [ticket.id, 'TICKET_CHANGED', 'NOTED'],
      [ticket.id, 'TICKET_CHANGED', 'REPLIED'],
    ]);
    const [reply] = await customer.next(1);
    expect(summary([reply])).toEqual([[ticket.id, 'TICKET_CHANGED', 'REPLIED']]);
    expect(reply.ticketsChanged.ticket!.messages).toEqual([{ body: '您好，请提供客户端日志', internal: false }]);
  });

  it('with `ticketId` it reports that ticket only', async () => {
    const w = await world();
    const watched = await file(w.portal, { title: '准入客户端无法上线' });
    const other = await file(w.portal, { title: '准入策略下发延迟' });
    const feed = await feedOf(w.portal, CHANGES_OF(watched.id));
    const engineerFeed = await feedOf(w.engineer, CHANGES_OF(watched.id));
    const foreignFeed = await feedOf(w.otherPortal, CHANGES_OF(watched.id));

    await step(w.engineer, other, 'ACKNOWLEDGE');
    await say(w.portal, other.id, '这个也请看一下');
    const acknowledged = await step(w.engineer, watched, 'ACKNOWLEDGE');
    expect(summary(await feed.next(1))).toEqual([[watched.id, 'TICKET_CHANGED', 'ACKNOWLEDGE']]);
    expect((await feed.next(1))[0].ticketsChanged.ticket).toEqual({ id: watched.id, status: 'ACKNOWLEDGED' });
    expect(summary(await engineerFeed.next(1))).toEqual([[acknowledged.id, 'TICKET_CHANGED', 'ACKNOWLEDGE']]);

    // The other organisation's customer, watching a ticket that is not theirs, hears nothing;
    // fence: a change to a ticket of their own, on a feed of its own.
    const theirs = await file(w.otherPortal);
    const fence = await feedOf(w.otherPortal, CHANGES_OF(theirs.id));
    await step(w.engineer, theirs, 'ACKNOWLEDGE');
    expect(summary(await fence.next(1))).toEqual([[theirs.id, 'TICKET_CHANGED', 'ACKNOWLEDGE']]);
    await say(w.portal, watched.id, '收到，谢谢');
    expect(summary(await feed.next(2))[1]).toEqual([watched.id, 'TICKET_CHANGED', 'REPLIED']);
    expect(foreignFeed.items).toEqual([]);
    expect(foreignFeed.errors).toEqual([]);
  });

  it('a socket without a session is refused', async () => {
    const { closed } = await suite.ws(null);
    expect((await closed).code).toBe(4403);
  });
});
