import { describe, expect, it } from 'vitest';
import { hashSurveyToken } from '../../server/src/modules/satisfaction/satisfaction.service';
import { Role } from '../../server/src/modules/users/role.enum';
import type { User } from '../../server/src/modules/users/user.entity';
import { buildCustomer, buildCustomerUser, buildUser } from '../helpers/factories';
import { type ApiClient, codes } from '../helpers/graphql-client';
import { serverSuite } from '../helpers/server-suite';
import { closedTicket, resolvedTicket } from '../helpers/ticket-closing';

interface Survey {
  answered: boolean;
  responseSpeed: number | null;
  resolution: number | null;
  professionalism: number | null;
  attitude: number | null;
  comment: string | null;
  answeredAt: string | null;
  engineer: { id: string } | null;
}

const SURVEY_FIELDS = 'answered responseSpeed resolution professionalism attitude comment answeredAt engineer { id }';
const TICKET = `query($id: ID!) { ticket(id: $id) { id survey { ${SURVEY_FIELDS} } } }`;
const ANSWER = `mutation($input: AnswerSatisfactionSurveyInput!) { answerSatisfactionSurvey(input: $input) { ${SURVEY_FIELDS} } }`;
const BY_TOKEN = 'query($token: String!) { surveyByToken(token: $token) { ticketNumber ticketTitle answered } }';
const ANSWER_BY_TOKEN = 'mutation($input: AnswerSatisfactionSurveyByTokenInput!) { answerSatisfactionSurveyByToken(input: $input) { ticketNumber ticketTitle answered } }';
const SUMMARY_FIELDS = 'answered responseSpeed resolution professionalism attitude';
const MY_SUMMARY = `query($from: String, $to: String) { me { id satisfaction(from: $from, to: $to) { ${SUMMARY_FIELDS} } } }`;
const COLLEAGUES_SUMMARY = `{ users(role: PRESALES) { id satisfaction { ${SUMMARY_FIELDS} } } }`;

const scores = (responseSpeed: number, resolution: number, professionalism: number, attitude: number, comment: string | null = null) => ({ responseSpeed, resolution, professionalism, attitude, comment });

describe('satisfaction surveys (满意度)', () => {
  const suite = serverSuite();
  const { as } = suite;
  const ds = () => suite.server.dataSource;

  /** An engineer, a customer organisation with a portal user, and a closed ticket of theirs. */
  const closedCase = async (engineer?: User) => {
    const presales = engineer ?? (await buildUser(ds(), [Role.PRESALES], '工程师'));
    const customer = await buildCustomer(ds());
    const portalUser = await buildCustomerUser(ds(), customer);
    const ticket = await closedTicket(await as(presales), customer.id);
    return { presales, customer, portalUser, portal: await as(portalUser), ticket };
  };
  const answer = (client: ApiClient, ticketId: string, values: ReturnType<typeof scores>) => client.request<{ answerSatisfactionSurvey: Survey }>(ANSWER, { input: { ticketId, ...values } });
  const surveyOf = async (client: ApiClient, ticketId: string) => {
    const response = await client.request<{ ticket: { survey: Survey | null } | null }>(TICKET, { id: ticketId });
    expect(response.errors).toBeUndefined();
    return response.data!.ticket?.survey;
  };
  /** The mailed link carries a token only the mail has; the test gives the survey one it knows. */
  const knownToken = async (ticketId: string) => {
    const token = `token-${ticketId}`;
    await ds().query('UPDATE satisfaction_survey SET token_hash = $1 WHERE ticket_id = $2', [hashSurveyToken(token), ticketId]);
    return token;
  };

  it('opens on close for the engineer; the customer answers once; the ticket shows the answer to who may see it', async () => {
    const presales = await buildUser(ds(), [Role.PRESALES]);
    const customer = await buildCustomer(ds());
    const portal = await as(await buildCustomerUser(ds(), customer));
    const engineerApi = await as(presales);
    const open = await resolvedTicket(engineerApi, customer.id);
    expect(await surveyOf(engineerApi, open.id)).toBeNull();
    expect(codes(await answer(portal, open.id, scores(5, 5, 5, 5)))).toEqual(['SURVEY_NOT_OPEN']);

    const { ticket } = { ticket: await closedTicket(engineerApi, customer.id) };
    const opened = await surveyOf(portal, ticket.id);
    expect(opened).toEqual({ answered: false, responseSpeed: null, resolution: null, professionalism: null, attitude: null, comment: null, answeredAt: null, engineer: { id: presales.id } });

    const answered = await answer(portal, ticket.id, scores(5, 4, 3, 5, '  响应很快，问题已解决  '));
    expect(answered.errors).toBeUndefined();
    expect(answered.data?.answerSatisfactionSurvey).toMatchObject({ answered: true, responseSpeed: 5, resolution: 4, professionalism: 3, attitude: 5, comment: '响应很快，问题已解决' });
    expect(codes(await answer(portal, ticket.id, scores(1, 1, 1, 1)))).toEqual(['SURVEY_ALREADY_ANSWERED']);
    const colleague = await as(await buildCustomerUser(ds(), customer));
    expect(codes(await answer(colleague, ticket.id, scores(1, 1, 1, 1)))).toEqual(['SURVEY_ALREADY_ANSWERED']);

    for (const reader of [portal, colleague, engineerApi, await as(await buildUser(ds(), [Role.PRESALES_MANAGER])), await as(await buildUser(ds(), [Role.GM]))]) {
      expect(await surveyOf(reader, ticket.id)).toMatchObject({ answered: true, responseSpeed: 5, resolution: 4, professionalism: 3, attitude: 5 });
    }
    // Who may not see the ticket sees no survey either.
    expect(await surveyOf(await as(await buildCustomerUser(ds(), await buildCustomer(ds()))), ticket.id)).toBeUndefined();
    expect(await surveyOf(await as(await buildUser(ds(), [Role.RND])), ticket.id)).toBeUndefined();
    expect((await ds().query('SELECT count(*)::int AS n FROM satisfaction_survey WHERE ticket_id = $1', [ticket.id]))[0].n).toBe(1);

    const events = (await ds().query(`SELECT type, payload FROM event WHERE entity_id = $1 AND (type = 'SATISFACTION_SURVEY_CHANGED' OR payload->>'action' = 'SURVEY_ANSWERED') ORDER BY seq`, [ticket.id])) as { type: string; payload: Record<string, unknown> }[];
    expect(events.map((event) => [event.type, event.payload.action])).toEqual([
      ['SATISFACTION_SURVEY_CHANGED', 'OPENED'],
      ['SATISFACTION_SURVEY_CHANGED', 'ANSWERED'],
      ['TICKET_CHANGED', 'SURVEY_ANSWERED'],
    ]);
    expect(events[1]!.payload).toMatchObject({ customerId: customer.id, engineerId: presales.id, number: ticket.number });
    expect(events[2]!.payload).toMatchObject({ customerId: customer.id, number: ticket.number, status: 'CLOSED' });
  });

  it('an answer reaches open ticket pages through the ticket feed, only of those who may see the ticket', async () => {
    const { presales, portalUser, portal, ticket } = await closedCase();
    const outsider = await buildCustomerUser(ds(), await buildCustomer(ds()));
    type Change = { ticketsChanged: { ticketId: string; action: string | null } };
    const customerFeed = await suite.feed<Change>(portalUser, `subscription { ticketsChanged(ticketId: "${ticket.id}") { ticketId action } }`);
    const engineerFeed = await suite.feed<Change>(presales, 'subscription { ticketsChanged { ticketId action } }');
    const outsiderFeed = await suite.feed<Change>(outsider, 'subscription { ticketsChanged { ticketId action } }');
    await suite.subscribed(3);
    expect((await answer(portal, ticket.id, scores(5, 5, 5, 5))).errors).toBeUndefined();
    for (const feed of [customerFeed, engineerFeed]) expect((await feed.next(1)).map((item) => item.ticketsChanged)).toEqual([{ ticketId: ticket.id, action: 'SURVEY_ANSWERED' }]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(outsiderFeed.items).toEqual([]);
  });

  it('two answers at once: exactly one wins', async () => {
    const { customer, portal, ticket } = await closedCase();
    const other = await as(await buildCustomerUser(ds(), customer));
    const results = await Promise.all([answer(portal, ticket.id, scores(5, 5, 5, 5)), answer(other, ticket.id, scores(1, 1, 1, 1)), answer(portal, ticket.id, scores(3, 3, 3, 3))]);
    const outcomes = results.map((result) => (result.errors ? codes(result)[0] : 'OK'));
    expect(outcomes.sort()).toEqual(['OK', 'SURVEY_ALREADY_ANSWERED', 'SURVEY_ALREADY_ANSWERED']);
    const winner = results.find((result) => !result.errors)!.data!.answerSatisfactionSurvey;
    expect(await surveyOf(portal, ticket.id)).toMatchObject({ responseSpeed: winner.responseSpeed, attitude: winner.attitude });
  });

  it('scores are whole numbers 1–5 and the comment is bounded; other organisations and staff are refused', async () => {
    const { portal, ticket } = await closedCase();
    const bad = await answer(portal, ticket.id, scores(0, 6, -1, 3, 'x'.repeat(2001)));
    expect(codes(bad)).toEqual(['VALIDATION']);
    expect(bad.errors?.[0].extensions?.fields).toEqual({ responseSpeed: 'OUT_OF_RANGE', resolution: 'OUT_OF_RANGE', professionalism: 'OUT_OF_RANGE', comment: 'TOO_LONG' });
    expect(codes(await portal.request(ANSWER, { input: { ticketId: ticket.id, ...scores(3, 3, 3, 3), attitude: 2.5 } }))).toEqual(['BAD_USER_INPUT']);

    const otherOrganisation = await as(await buildCustomerUser(ds(), await buildCustomer(ds())));
    expect(codes(await answer(otherOrganisation, ticket.id, scores(5, 5, 5, 5)))).toEqual(['NOT_FOUND']);
    expect(codes(await answer(portal, 'not-a-ticket', scores(5, 5, 5, 5)))).toEqual(['NOT_FOUND']);
    for (const role of [Role.PRESALES, Role.PRESALES_MANAGER, Role.GM]) {
      expect(codes(await answer(await as(await buildUser(ds(), [role])), ticket.id, scores(5, 5, 5, 5)))).toEqual(['FORBIDDEN']);
    }
    expect(codes(await answer(await as(null), ticket.id, scores(5, 5, 5, 5)))).toEqual(['UNAUTHENTICATED']);
    expect((await surveyOf(portal, ticket.id))?.answered).toBe(false);
  });

  it('the mailed link answers without signing in, once', async () => {
    const { portal, ticket } = await closedCase();
    const token = await knownToken(ticket.id);
    const anonymous = await as(null);
    expect((await anonymous.request(BY_TOKEN, { token })).data?.surveyByToken).toEqual({ ticketNumber: ticket.number, ticketTitle: '打印机驱动安装失败', answered: false });
    expect((await anonymous.request(BY_TOKEN, { token: 'guessed' })).data?.surveyByToken).toBeNull();
    expect((await anonymous.request(BY_TOKEN, { token: '' })).data?.surveyByToken).toBeNull();
    expect(codes(await anonymous.request(ANSWER_BY_TOKEN, { input: { token: 'guessed', ...scores(5, 5, 5, 5) } }))).toEqual(['NOT_FOUND']);
    const invalid = await anonymous.request(ANSWER_BY_TOKEN, { input: { token, ...scores(5, 5, 5, 9) } });
    expect(invalid.errors?.[0].extensions?.fields).toEqual({ attitude: 'OUT_OF_RANGE' });

    const answered = await anonymous.request(ANSWER_BY_TOKEN, { input: { token, ...scores(4, 4, 5, 5, '电话回访满意') } });
    expect(answered.errors).toBeUndefined();
    expect(answered.data?.answerSatisfactionSurveyByToken).toEqual({ ticketNumber: ticket.number, ticketTitle: '打印机驱动安装失败', answered: true });
    expect(codes(await anonymous.request(ANSWER_BY_TOKEN, { input: { token, ...scores(1, 1, 1, 1) } }))).toEqual(['SURVEY_ALREADY_ANSWERED']);
    expect(codes(await answer(portal, ticket.id, scores(1, 1, 1, 1)))).toEqual(['SURVEY_ALREADY_ANSWERED']);
    expect((await anonymous.request(BY_TOKEN, { token })).data?.surveyByToken).toMatchObject({ answered: true });
    expect(await surveyOf(portal, ticket.id)).toMatchObject({ responseSpeed: 4, resolution: 4, professionalism: 5, attitude: 5, comment: '电话回访满意' });
  });

  it("an engineer's averages come from the answered surveys, over a range of days, for the engineer and the heads only", async () => {
    const engineer = await buildUser(ds(), [Role.PRESALES], '被评价的工程师');
    const answers = [scores(5, 4, 3, 5), scores(4, 4, 5, 5), scores(3, 2, 4, 4)];
    const tickets: string[] = [];
    for (const values of answers) {
      const { portal, ticket } = await closedCase(engineer);
      expect((await answer(portal, ticket.id, values)).errors).toBeUndefined();
      tickets.push(ticket.id);
    }
    await closedCase(engineer); // closed, never answered: not counted
    const someoneElse = await closedCase();
    expect((await answer(someoneElse.portal, someoneElse.ticket.id, scores(1, 1, 1, 1))).errors).toBeUndefined();

    const mine = async (variables: Record<string, unknown> = {}) => {
      const response = await (await as(engineer)).request<{ me: { satisfaction: unknown } }>(MY_SUMMARY, variables);
      expect(response.errors).toBeUndefined();
      return response.data!.me.satisfaction;
    };
    // By hand: (5+4+3)/3, (4+4+2)/3, (3+5+4)/3, (5+5+4)/3.
    const all = { answered: 3, responseSpeed: 4, resolution: 10 / 3, professionalism: 4, attitude: 14 / 3 };
    const summary = (await mine()) as typeof all;
    expect(summary.answered).toBe(3);
    for (const key of ['responseSpeed', 'resolution', 'professionalism', 'attitude'] as const) expect(summary[key]).toBeCloseTo(all[key], 10);

    // The third answer was given just after midnight on 2020-03-10 in China (still the 9th in UTC): days are company days.
    await ds().query(`UPDATE satisfaction_survey SET answered_at = '2020-03-10T00:30:00+08:00' WHERE ticket_id = $1`, [tickets[2]]);
    expect(await mine({ from: '2020-03-10', to: '2020-03-10' })).toEqual({ answered: 1, responseSpeed: 3, resolution: 2, professionalism: 4, attitude: 4 });
    expect(await mine({ from: '2020-03-11', to: '2020-03-31' })).toEqual({ answered: 0, responseSpeed: null, resolution: null, professionalism: null, attitude: null });
    expect(await mine({ to: '2020-03-09' })).toMatchObject({ answered: 0 });
    const invalid = await (await as(engineer)).request(MY_SUMMARY, { from: '2026-02-30', to: '2026-01-01' });
    expect(invalid.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION', fields: { from: 'INVALID_DAY' } });
    expect((await (await as(engineer)).request(MY_SUMMARY, { from: '2026-03-02', to: '2026-03-01' })).errors?.[0].extensions?.fields).toEqual({ to: 'BEFORE_FROM' });

    // The heads read everyone's; a colleague and the customer read none.
    const summaryOf = async (viewer: User) => {
      const response = await (await as(viewer)).request<{ users: { id: string; satisfaction: { answered: number } | null }[] }>(COLLEAGUES_SUMMARY);
      expect(response.errors).toBeUndefined();
      return response.data!.users.find((user) => user.id === engineer.id)!.satisfaction;
    };
    for (const role of [Role.PRESALES_MANAGER, Role.TECH_DIRECTOR, Role.GM]) expect(await summaryOf(await buildUser(ds(), [role]))).toMatchObject({ answered: 3 });
    for (const role of [Role.PRESALES, Role.SALES, Role.RND_MANAGER, Role.CHIEF_ENGINEER]) expect(await summaryOf(await buildUser(ds(), [role]))).toBeNull();
    const customerView = await (await as(someoneElse.portalUser)).request<{ ticket: { survey: { engineer: { satisfaction: unknown } } } }>(
      `query($id: ID!) { ticket(id: $id) { survey { engineer { id satisfaction { answered } } } } }`,
      { id: someoneElse.ticket.id },
    );
    expect(customerView.data?.ticket.survey.engineer.satisfaction).toBeNull();
    expect((await (await as(null)).request(`{ me { id satisfaction { answered } } }`)).data?.me).toBeNull();
  });
});
