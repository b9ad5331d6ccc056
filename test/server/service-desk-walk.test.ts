import { describe, expect, it } from 'vitest';
import { Role } from '../../server/src/modules/users/role.enum';
import type { User } from '../../server/src/modules/users/user.entity';
import { buildCustomer, buildCustomerUser, buildUser } from '../helpers/factories';
import type { GraphQLResponse } from '../helpers/graphql-client';
import { serverSuite } from '../helpers/server-suite';

const CLOCKS = 'slaClocks { kind state pauseReason dueAt stoppedAt }';
const CREATE = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id number version status ${CLOCKS} } }`;
const STEP = `mutation($input: TicketStepInput!) { ticketStep(input: $input) { id version status ${CLOCKS} } }`;
const REPLY = 'mutation($input: TicketMessageInput!) { addTicketMessage(input: $input) { id } }';
const TICKET = `query($id: ID!) { ticket(id: $id) { id version status solution customerConfirmedAt ${CLOCKS} survey { answered responseSpeed } } }`;
const ANSWER = 'mutation($input: AnswerSatisfactionSurveyInput!) { answerSatisfactionSurvey(input: $input) { answered } }';
const SUMMARY = 'query { me { satisfaction { answered responseSpeed resolution professionalism attitude } } }';
const ARTICLES = 'query($search: String) { knowledgeArticles(search: $search) { title status } }';

interface Clock {
  kind: string;
  state: string;
  pauseReason: string | null;
  dueAt: string | null;
  stoppedAt: string | null;
}
interface Ticket {
  id: string;
  version: number;
  status: string;
  slaClocks: Clock[];
}

/** SPEC §7 end to end, as the people who do it: the customer in the portal, the engineer at the desk. */
describe('a service-desk ticket from the portal to the survey', () => {
  const suite = serverSuite();
  const { as } = suite;
  const ok = <T>(response: GraphQLResponse<T>): T => {
    expect(response.errors).toBeUndefined();
    return response.data!;
  };
  const clock = (ticket: Pick<Ticket, 'slaClocks'>, kind: string) => ticket.slaClocks.find((candidate) => candidate.kind === kind)!;

  it('intake → acknowledge → wait for the customer (clock paused) → reply resumes → resolve → confirm → close → survey', async () => {
    const ds = suite.server.dataSource;
    const customer = await buildCustomer(ds);
    const portalUser = await buildCustomerUser(ds, customer);
    const engineerUser: User = await buildUser(ds, [Role.PRESALES]);
    const [portal, engineer] = [await as(portalUser), await as(engineerUser)];
    const step = async (ticket: Pick<Ticket, 'id' | 'version'>, action: string, fields: Record<string, unknown> = {}, by = engineer) =>
      ok(await by.request<{ ticketStep: Ticket }>(STEP, { input: { ticketId: ticket.id, expectedVersion: ticket.version, action, ...fields } })).ticketStep;

    let ticket: Ticket = ok(
      await portal.request<{ createTicket: Ticket }>(CREATE, {
        input: { channel: 'WEB_PORTAL', title: '远程打印失败', description: '远程会话中打印时提示驱动安装失败', category: 'FAULT', priority: 'HIGH' },
      }),
    ).createTicket;
    expect(ticket.status).toBe('NEW');
    expect(ticket.slaClocks.map((c) => [c.kind, c.state])).toEqual([['RESPONSE', 'RUNNING'], ['RESOLUTION', 'RUNNING']]);

    ticket = await step(ticket, 'ACKNOWLEDGE');
    expect(clock(ticket, 'RESPONSE').state).toBe('MET');
    ticket = await step(ticket, 'START');
    ticket = await step(ticket, 'WAIT_FOR_CUSTOMER', { note: '请提供打印机型号' });
    expect(clock(ticket, 'RESOLUTION')).toMatchObject({ state: 'PAUSED', pauseReason: 'WAITING_CUSTOMER', dueAt: null });

    ok(await portal.request(REPLY, { input: { ticketId: ticket.id, body: 'HP LaserJet M403d', internal: false } }));
    ticket = ok(await engineer.request<{ ticket: Ticket }>(TICKET, { id: ticket.id })).ticket;
    expect(ticket.status).toBe('IN_PROGRESS');
    expect(clock(ticket, 'RESOLUTION').state).toBe('RUNNING');
    expect(clock(ticket, 'RESOLUTION').dueAt).not.toBeNull();

    ticket = await step(ticket, 'RESOLVE', { solution: '服务端安装通用打印驱动' });
    expect(clock(ticket, 'RESOLUTION').state).toBe('MET');
    ticket = await step(ticket, 'CONFIRM_RESOLUTION', {}, portal);
    ticket = await step(ticket, 'CLOSE', { cause: '服务端缺少该型号驱动', solution: '安装通用打印驱动并开启通用驱动映射', steps: '1. 安装驱动 2. 开启策略', lessons: '交付前收集打印机型号', publishArticle: true });
    expect(ticket.status).toBe('CLOSED');

    const seenByCustomer = ok(await portal.request<{ ticket: Ticket & { solution: string; customerConfirmedAt: string | null; survey: { answered: boolean } } }>(TICKET, { id: ticket.id })).ticket;
    expect(seenByCustomer).toMatchObject({ status: 'CLOSED', solution: '服务端安装通用打印驱动', survey: { answered: false } });
    expect(seenByCustomer.customerConfirmedAt).not.toBeNull();
    ok(await portal.request(ANSWER, { input: { ticketId: ticket.id, responseSpeed: 5, resolution: 4, professionalism: 5, attitude: 4, comment: '很快' } }));

    // The results attach to the engineer, and the write-up waits in the knowledge base as a draft.
    expect(ok(await engineer.request<{ me: { satisfaction: unknown } }>(SUMMARY)).me.satisfaction).toEqual({ answered: 1, responseSpeed: 5, resolution: 4, professionalism: 5, attitude: 4 });
    expect(ok(await engineer.request<{ knowledgeArticles: { title: string; status: string }[] }>(ARTICLES, { search: '打印' })).knowledgeArticles).toEqual([{ title: '远程打印失败', status: 'DRAFT' }]);
    expect(ok(await portal.request<{ knowledgeArticles: unknown[] }>(ARTICLES, { search: '打印' })).knowledgeArticles).toEqual([]);
  });
});
