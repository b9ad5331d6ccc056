import { describe, expect, it } from 'vitest';
import { Role } from '../../server/src/modules/users/role.enum';
import type { User } from '../../server/src/modules/users/user.entity';
import { inTransaction } from '../../server/src/platform/db/transaction';
import { buildCustomer, buildProject, buildUser } from '../helpers/factories';
import { TicketAction, TicketCategory, TicketChannel, TicketPriority } from '../../server/src/modules/tickets/ticket.enums';
import { codes } from '../helpers/graphql-client';
import { serverSuite } from '../helpers/server-suite';

const BELL = 'query { unreadNotificationCount notifications { id rule recipientRole subject link readAt } }';
const READ = 'mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }';
const LIVE = 'subscription { notificationsChanged { unread } }';
const OUTBOX = 'query { outbox { rule to cc subject status } }';

interface Bell {
  unreadNotificationCount: number;
  notifications: { id: string; rule: string; recipientRole: string; subject: string; link: string; readAt: string | null }[];
}

describe('notifications: the bell, who is told, the outbox (issue 6)', () => {
  const suite = serverSuite();
  const { as } = suite;

  /** An event as a feature would record it; waits until the dispatcher has passed it. */
  const raise = async (event: { type: string; projectId: string | null; entityType: string; entityId: string; actorId: string; payload: Record<string, string> }) => {
    const { services } = suite.server;
    await inTransaction(services.dataSource, services.bus, ({ record }) => record(event));
    const [{ seq }] = (await services.dataSource.query('SELECT max(seq)::bigint AS seq FROM event WHERE type = $1', [event.type])) as { seq: string }[];
    const deadline = Date.now() + 5000;
    while (Number((await services.dataSource.query('SELECT last_seq FROM notification_cursor'))[0].last_seq) < Number(seq)) {
      if (Date.now() > deadline) throw new Error('the dispatcher did not reach the event');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  const report = (projectId: string, actor: User) =>
    raise({ type: 'REPORT_FILED', projectId, entityType: 'CommunicationReport', entityId: projectId, actorId: actor.id, payload: { result: 'SUCCESS' } });
  const bell = async (user: User) => (await (await as(user)).request<Bell>(BELL)).data!;

  it('the recipient sees it in the bell, live, and marks it read; nobody else sees it', async () => {
    const ds = suite.server.dataSource;
    const project = await buildProject(ds, { name: '网点远程桌面集中管控' });
    const { sales, firstPresales } = project.parts;
    const feed = await suite.feed<{ notificationsChanged: { unread: number } }>(sales, LIVE);
    const otherFeed = await suite.feed<{ notificationsChanged: { unread: number } }>(firstPresales, LIVE);
    await suite.subscribed(2);

    await report(project.id, firstPresales);
    expect((await feed.next(1))[0]!.notificationsChanged.unread).toBe(1);
    const seen = await bell(sales);
    expect(seen.unreadNotificationCount).toBe(1);
    expect(seen.notifications).toEqual([
      { id: expect.any(String), rule: 'REPORT_FILED', recipientRole: 'TO', subject: `客户沟通-网点远程桌面集中管控-${firstPresales.name}`, link: `/projects/${project.id}`, readAt: null },
    ]);
    expect((await bell(firstPresales)).notifications).toEqual([]);

    // Someone else cannot mark it read; its recipient can.
    expect((await (await as(firstPresales)).request<{ markNotificationsRead: number }>(READ, { ids: [seen.notifications[0]!.id] })).data!.markNotificationsRead).toBe(0);
    expect((await (await as(sales)).request<{ markNotificationsRead: number }>(READ, { ids: null })).data!.markNotificationsRead).toBe(1);
    expect((await bell(sales)).unreadNotificationCount).toBe(0);
    expect(otherFeed.items).toEqual([]);
    expect(codes(await (await as(null)).request(BELL))).toEqual(['UNAUTHENTICATED']);
  });

  it('reaches only those who may see the record: a membership removed before the event, or a ticket the person cannot see, means no notification', async () => {
    const ds = suite.server.dataSource;
    const project = await buildProject(ds);
    const { sales, firstPresales } = project.parts;
    await report(project.id, firstPresales);
    expect((await bell(sales)).unreadNotificationCount).toBe(1);

    await ds.query('DELETE FROM project_member WHERE project_id = $1 AND user_id = $2', [project.id, sales.id]);
    await report(project.id, firstPresales);
    expect((await bell(sales)).unreadNotificationCount).toBe(1);

    // A ticket event naming, as assignee, someone who cannot see the ticket.
    const outsider = await buildUser(ds, [Role.SALES]);
    const [{ id: ticketId }] = (await ds.query(
      `INSERT INTO ticket (number, channel, customer_id, project_id, title, description, category, priority, created_by_id, sla_policy_id)
       SELECT 'TS-TEST-000002', 'PHONE', $1, $2, '故障', '无法登录', 'FAULT', 'HIGH', $3, p.id FROM sla_policy p WHERE p.is_default RETURNING id`,
      [project.customerId, project.id, firstPresales.id],
    )) as { id: string }[];
    await raise({ type: 'TICKET_CHANGED', projectId: project.id, entityType: 'Ticket', entityId: ticketId, actorId: firstPresales.id, payload: { action: 'ASSIGNED', assigneeId: outsider.id } });
    expect((await bell(outsider)).unreadNotificationCount).toBe(0);
  });

  it('without SMTP_URL, mail waits in the outbox, which only the ADMIN reads', async () => {
    const ds = suite.server.dataSource;
    const project = await buildProject(ds, { name: '院内终端远程协助系统' });
    await report(project.id, project.parts.firstPresales);
    const admin = await buildUser(ds, [Role.ADMIN]);
    const outbox = await (await as(admin)).request<{ outbox: { rule: string; to: string[]; cc: string[]; subject: string; status: string }[] }>(OUTBOX);
    expect(outbox.data!.outbox).toEqual([
      { rule: 'REPORT_FILED', to: [project.parts.sales.email], cc: [], subject: `客户沟通-院内终端远程协助系统-${project.parts.firstPresales.name}`, status: 'OUTBOX' },
    ]);
    expect(codes(await (await as(project.parts.sales)).request(OUTBOX))).toEqual(['FORBIDDEN']);
  });

  it('writes each recipient in their language, which they choose', async () => {
    const ds = suite.server.dataSource;
    const project = await buildProject(ds, { name: 'Campus desktop cloud' });
    const SET = 'mutation($language: String!) { setMyLanguage(language: $language) { language } }';
    const salesApi = await as(project.parts.sales);
    expect((await salesApi.request(SET, { language: 'fr' })).errors?.[0]?.extensions?.fields).toEqual({ language: 'UNKNOWN' });
    expect(codes(await (await as(null)).request(SET, { language: 'en' }))).toEqual(['UNAUTHENTICATED']);
    expect((await salesApi.request<{ setMyLanguage: { language: string } }>(SET, { language: 'en' })).data!.setMyLanguage.language).toBe('en');
    await report(project.id, project.parts.firstPresales);
    expect((await bell(project.parts.sales)).notifications.map((n) => n.subject)).toEqual([`Customer communication-Campus desktop cloud-${project.parts.firstPresales.name}`]);
  });

  it('each person chooses per kind: in the app only, a daily digest, or off — but the regulation\'s reports cannot be switched off', async () => {
    const ds = suite.server.dataSource;
    const project = await buildProject(ds, { name: '研发网络远程控制试点' });
    const { sales, firstPresales } = project.parts;
    const api = await as(sales);
    const CHOOSE = 'mutation($rule: String!, $choice: DeliveryChoice!) { chooseNotificationDelivery(rule: $rule, choice: $choice) { rule mandatory choice } }';
    expect(codes(await api.request(CHOOSE, { rule: 'REPORT_FILED', choice: 'OFF' }))).toEqual(['NOTIFICATION_MANDATORY']);
    expect((await api.request<{ chooseNotificationDelivery: unknown }>(CHOOSE, { rule: 'REPORT_FILED', choice: 'DAILY_DIGEST' })).data!.chooseNotificationDelivery).toEqual({
      rule: 'REPORT_FILED',
      mandatory: true,
      choice: 'DAILY_DIGEST',
    });
    const unknownRule = await api.request(CHOOSE, { rule: 'NO_SUCH_RULE', choice: 'IN_APP' });
    expect(unknownRule.errors?.[0]?.extensions?.fields).toEqual({ rule: 'NOT_FOUND' });
    const choices = (await api.request<{ notificationChoices: { rule: string; choice: string }[] }>('query { notificationChoices { rule choice } }')).data!.notificationChoices;
    expect(choices.find((entry) => entry.rule === 'REPORT_FILED')?.choice).toBe('DAILY_DIGEST');
    expect(choices.find((entry) => entry.rule === 'SLA_WARNING')?.choice).toBe('EMAIL');

    // Digest: in the bell now, no mail now, one mail in the evening's digest.
    await report(project.id, firstPresales);
    await report(project.id, firstPresales);
    expect((await bell(sales)).unreadNotificationCount).toBe(2);
    expect((await ds.query('SELECT count(*)::int AS count FROM outgoing_mail'))[0].count).toBe(0);
    expect(await suite.server.services.digest.sendAll()).toBe(1);
    const [digest] = (await ds.query('SELECT rule, "to", body FROM outgoing_mail')) as { rule: string; to: string[]; body: string }[];
    expect(digest!.rule).toBe('DAILY_DIGEST');
    expect(digest!.to).toEqual([sales.email]);
    expect(digest!.body.split('\n').filter((line) => line.startsWith('•'))).toHaveLength(2);
    expect(await suite.server.services.digest.sendAll()).toBe(0);

    // Off (allowed for a rule that is not mandatory): not told at all.
    const manager = await buildUser(ds, [Role.PRESALES_MANAGER]);
    await (await as(manager)).request(CHOOSE, { rule: 'HANDOFF_RESULT', choice: 'OFF' });
    await raise({ type: 'SUPPORT_REQUEST_CHANGED', projectId: project.id, entityType: 'SupportRequest', entityId: project.id, actorId: sales.id, payload: { action: 'REPORT_HANDOFF_RESULT', status: 'DONE' } });
    expect((await bell(manager)).unreadNotificationCount).toBe(0);
    expect((await bell(firstPresales)).unreadNotificationCount).toBe(1);
  });

  it('a closed ticket mails its contact the one-shot survey link, which answers the survey without signing in', async () => {
    const ds = suite.server.dataSource;
    const { tickets } = suite.server.services;
    const engineer = await buildUser(ds, [Role.PRESALES]);
    const customer = await buildCustomer(ds);
    const [{ id: contactId }] = (await ds.query(`INSERT INTO contact (customer_id, name, email) VALUES ($1, '王工', 'wang@customer.test') RETURNING id`, [customer.id])) as { id: string }[];
    let ticket = await tickets.create(engineer, { channel: TicketChannel.PHONE, customerId: customer.id, contactId, title: '无法登录', description: '提示密码错误', category: TicketCategory.FAULT, priority: TicketPriority.MEDIUM });
    const step = (action: TicketAction, extra: Record<string, string> = {}) => tickets.step(engineer, { ticketId: ticket.id, expectedVersion: ticket.version, action, ...extra });
    ticket = await step(TicketAction.ACKNOWLEDGE);
    ticket = await step(TicketAction.RESOLVE, { solution: '重置密码' });
    ticket = await step(TicketAction.CLOSE, { cause: '密码过期' });

    const [mail] = (await ds.query(`SELECT "to", subject, body FROM outgoing_mail WHERE rule = 'SATISFACTION_SURVEY'`)) as { to: string[]; subject: string; body: string }[];
    expect(mail!.to).toEqual(['wang@customer.test']);
    expect(mail!.subject).toContain(ticket.number);
    const token = /\/survey\/([\w-]+)/.exec(mail!.body)?.[1];
    expect(token).toBeDefined();
    const anonymous = await as(null);
    expect((await anonymous.request<{ surveyByToken: { ticketNumber: string; answered: boolean } }>('query($token: String!) { surveyByToken(token: $token) { ticketNumber answered } }', { token })).data!.surveyByToken).toEqual({
      ticketNumber: ticket.number,
      answered: false,
    });
    const answered = await anonymous.request<{ answerSatisfactionSurveyByToken: { answered: boolean } }>(
      'mutation($input: AnswerSatisfactionSurveyByTokenInput!) { answerSatisfactionSurveyByToken(input: $input) { answered } }',
      { input: { token, responseSpeed: 5, resolution: 5, professionalism: 4, attitude: 5 } },
    );
    expect(answered.data!.answerSatisfactionSurveyByToken.answered).toBe(true);
  });
});
