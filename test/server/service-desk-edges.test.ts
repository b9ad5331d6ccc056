import { afterEach, describe, expect, it } from 'vitest';
import { companyDayOf } from '../../server/src/platform/company-calendar';
import { SlaPolicy } from '../../server/src/modules/sla/sla-policy.entity';
import { BusinessCalendar } from '../../server/src/modules/sla/business-calendar.entity';
import { SlaClockKind } from '../../server/src/modules/sla/sla.enums';
import { subscriptionExecutions } from '../../server/src/platform/graphql/subscription-groups';
import { Role } from '../../server/src/modules/users/role.enum';
import type { User } from '../../server/src/modules/users/user.entity';
import { buildCustomer, buildCustomerUser, buildUser } from '../helpers/factories';
import { codes, ok } from '../helpers/graphql-client';
import { serverSuite } from '../helpers/server-suite';

/**
 * Review of the service-desk server work (issue 5): each test here shows one problem found in
 * review and fails until it is fixed.
 */

const CREATE = 'mutation($input: CreateTicketInput!) { createTicket(input: $input) { id number version status slaClocks { kind state dueAt } } }';
const STEP = 'mutation($input: TicketStepInput!) { ticketStep(input: $input) { id number version status slaClocks { kind state dueAt } } }';
const CLOCKS = 'query($id: ID!) { ticket(id: $id) { slaClocks { kind state dueAt businessMinutesLeft } } }';
const SAVE_CALENDAR = 'mutation($input: SaveBusinessCalendarInput!) { saveBusinessCalendar(input: $input) { id version holidays } }';
const SAVE_POLICY = 'mutation($input: SaveSlaPolicyInput!) { saveSlaPolicy(input: $input) { id version } }';
const CHANGES_SINCE = 'query($seq: Float!) { changesSince(seq: $seq) { cursor hasMore events { seq type entityId } } }';
const LATEST_SEQ = '{ latestSeq }';

const INTAKE = {
  channel: 'PHONE',
  title: '堡垒机SSH会话约5分钟自动断开',
  description: '运维人员通过堡垒机登录 Linux 主机后，约 5 分钟会话自动断开。',
  category: 'FAULT',
  priority: 'URGENT',
};

interface Clock {
  kind: string;
  state: string;
  dueAt: string | null;
  businessMinutesLeft?: number | null;
}
interface Ticket {
  id: string;
  number: string;
  version: number;
  status: string;
  slaClocks: Clock[];
}

const DAY_MS = 86_400_000;
const TARGETS = (urgentResolution: number) => [
  { priority: 'URGENT', responseMinutes: 30, resolutionMinutes: urgentResolution },
  { priority: 'HIGH', responseMinutes: 60, resolutionMinutes: 480 },
  { priority: 'MEDIUM', responseMinutes: 120, resolutionMinutes: 2400 },
  { priority: 'LOW', responseMinutes: 240, resolutionMinutes: 4800 },
];

describe('service-desk edge cases', () => {
  const suite = serverSuite();
  const ds = () => suite.server.dataSource;
  const as = suite.asOnce;
  const file = async (user: User, input: Record<string, unknown> = {}) => (await as(user)).request<{ createTicket: Ticket }>(CREATE, { input: { ...INTAKE, ...input } });
  const filed = async (user: User, input: Record<string, unknown> = {}) => ok(await file(user, input), 'createTicket');
  const step = async (user: User, ticket: Pick<Ticket, 'id' | 'version'>, action: string, extra: Record<string, unknown> = {}) =>
    (await as(user)).request<{ ticketStep: Ticket }>(STEP, { input: { ticketId: ticket.id, expectedVersion: ticket.version, action, ...extra } });
  const stepped = async (user: User, ticket: Pick<Ticket, 'id' | 'version'>, action: string, extra: Record<string, unknown> = {}) => ok(await step(user, ticket, action, extra), 'ticketStep');
  const clockOf = (ticket: Pick<Ticket, 'slaClocks'>, kind: string) => ticket.slaClocks.find((clock) => clock.kind === kind)!;
  const eventsOf = async (ticketId: string, type: string) =>
    Number(((await ds().query('SELECT count(*) AS n FROM event WHERE entity_id = $1 AND type = $2', [ticketId, type])) as { n: string }[])[0].n);
  const defaultPolicy = () => ds().getRepository(SlaPolicy).findOneByOrFail({ isDefault: true });
  /** A contract in force for `customerId` that names `policyId`. */
  const contractOn = async (customerId: string, policyId: string) => {
    const now = Date.now();
    await ds().query(`INSERT INTO customer_contract (customer_id, number, starts_on, service_expires_on, sla_policy_id) VALUES ($1, 'HT-REVIEW', $2, $3, $4)`, [
      customerId,
      companyDayOf(new Date(now - DAY_MS)),
      companyDayOf(new Date(now + 30 * DAY_MS)),
      policyId,
    ]);
  };

  // The truncation between tests spares the SLA tables: remove the calendars and policies made here.
  afterEach(async () => {
    const standard = await defaultPolicy();
    await ds().query('DELETE FROM customer_contract');
    await ds().getRepository(SlaPolicy).delete({ isDefault: false });
    await ds().createQueryBuilder().delete().from(BusinessCalendar).where('id <> :id', { id: standard.calendarId }).execute();
  });

  describe('SLA', () => {
    it('a policy target its calendar cannot reach is refused when saved, or intake under it still works — never INTERNAL_SERVER_ERROR', async () => {
      const admin = await buildUser(ds(), [Role.ADMIN]);
      const engineer = await buildUser(ds(), [Role.PRESALES]);
      const customer = await buildCustomer(ds());
      // 1,000,000 business minutes: a plausible typo for 1,000; a valid Int, accepted today.
      const saved = await (await as(admin)).request<{ saveSlaPolicy: { id: string } }>(SAVE_POLICY, {
        input: { name: '录入错误的策略', calendarId: (await defaultPolicy()).calendarId, targets: TARGETS(1_000_000), warnAtShare: 0.8 },
      });
      let outcome: (string | undefined)[] = codes(saved);
      if (saved.data?.saveSlaPolicy) {
        await contractOn(customer.id, saved.data.saveSlaPolicy.id);
        outcome = codes(await file(engineer, { customerId: customer.id }));
      }
      expect(outcome).not.toContain('INTERNAL_SERVER_ERROR');
    });

    it('a holiday added to a calendar moves the due instant of the clocks running on it', async () => {
      const admin = await buildUser(ds(), [Role.ADMIN]);
      const engineer = await buildUser(ds(), [Role.PRESALES]);
      const customer = await buildCustomer(ds());
      const calendar = ok(
        await (await as(admin)).request<{ saveBusinessCalendar: { id: string; version: number } }>(SAVE_CALENDAR, {
          input: { name: '7×24', timeZone: 'Asia/Shanghai', periods: [{ start: '00:00', end: '24:00' }], workingWeekdays: [1, 2, 3, 4, 5, 6, 7], holidays: [], makeUpWorkdays: [] },
        }),
        'saveBusinessCalendar',
      );
      const policy = ok(
        await (await as(admin)).request<{ saveSlaPolicy: { id: string } }>(SAVE_POLICY, { input: { name: '7×24 金牌', calendarId: calendar.id, targets: TARGETS(240), warnAtShare: 0.8 } }),
        'saveSlaPolicy',
      );
      await contractOn(customer.id, policy.id);
      const ticket = await filed(engineer, { customerId: customer.id });
      const dueBefore = new Date(clockOf(ticket, 'RESOLUTION').dueAt!);
      // The State Council announces a holiday on the day the ticket is due; the admin enters it.
      const holiday = companyDayOf(dueBefore);
      ok(
        await (await as(admin)).request(SAVE_CALENDAR, {
          input: {
            id: calendar.id,
            expectedVersion: calendar.version,
            name: '7×24',
            timeZone: 'Asia/Shanghai',
            periods: [{ start: '00:00', end: '24:00' }],
            workingWeekdays: [1, 2, 3, 4, 5, 6, 7],
            holidays: [holiday],
            makeUpWorkdays: [],
          },
        }),
        'saveBusinessCalendar',
      );
      const after = ok(await (await as(engineer)).request<{ ticket: Ticket }>(CLOCKS, { id: ticket.id }), 'ticket');
      const dueAfter = new Date(clockOf(after, 'RESOLUTION').dueAt!);
      // Today the stored due instant (and the breach job planned for it) stays on the holiday.
      expect(companyDayOf(dueAfter)).not.toBe(holiday);
      expect(dueAfter.getTime()).toBeGreaterThan(dueBefore.getTime());
    });

    it('a clock stopped after its due instant, before its breach job ran, records the breach and the escalation, as a pause does', async () => {
      const engineer = await buildUser(ds(), [Role.PRESALES]);
      const customer = await buildCustomer(ds());
      const ticket = await filed(engineer, { customerId: customer.id });
      // The response was due five minutes ago; the breach job has not run yet (an outage, a slow poll).
      await ds().query(`UPDATE sla_clock SET due_at = now() - interval '5 minutes' WHERE ticket_id = $1 AND kind = 'RESPONSE'`, [ticket.id]);
      const acknowledged = await stepped(engineer, ticket, 'ACKNOWLEDGE');
      expect(clockOf(acknowledged, 'RESPONSE').state).toBe('BREACHED');
      // The breach job will find the clock no longer RUNNING and do nothing: nobody ever hears of this breach.
      expect(await eventsOf(ticket.id, 'SLA_BREACHED')).toBe(1);
      expect(await eventsOf(ticket.id, 'TICKET_ESCALATED')).toBe(1);
    });

    it('a breach job that claims the clock while a step holds it waits, then finds it stopped: never MET over BREACHED', async () => {
      const engineer = await buildUser(ds(), [Role.PRESALES]);
      const customer = await buildCustomer(ds());
      const ticket = await filed(engineer, { customerId: customer.id });
      const dueAt = new Date(Date.now() - 1000);
      await ds().query(`UPDATE sla_clock SET due_at = $2 WHERE ticket_id = $1 AND kind = 'RESPONSE'`, [ticket.id, dueAt]);
      const sla = suite.server.services.sla;
      // The engineer's ACKNOWLEDGE was in time; the breach job's claim arrives while its transaction is open.
      const stepStartedAt = new Date(dueAt.getTime() - 500);
      let claim: Promise<[unknown[], number]> | undefined;
      await ds().transaction(async (manager) => {
        await sla.stop({ manager, record: async () => undefined }, ticket.id, SlaClockKind.RESPONSE, stepStartedAt);
        claim = ds().query(`UPDATE sla_clock SET state = 'BREACHED', breached_at = due_at WHERE ticket_id = $1 AND kind = 'RESPONSE' AND state = 'RUNNING' AND due_at <= now() RETURNING id`, [
          ticket.id,
        ]) as Promise<[unknown[], number]>;
        const first = await Promise.race([claim.then(() => 'claimed'), new Promise((resolve) => setTimeout(() => resolve('waiting'), 300))]);
        expect(first).toBe('waiting');
      });
      const [claimed] = await claim!;
      expect(claimed).toEqual([]);
      const [row] = (await ds().query(`SELECT state, breached_at FROM sla_clock WHERE ticket_id = $1 AND kind = 'RESPONSE'`, [ticket.id])) as { state: string; breached_at: Date | null }[];
      expect(row).toEqual({ state: 'MET', breached_at: null });
    });
  });

  describe('portal visibility', () => {
    it('the staff-only closing write-up’s solution does not replace, in the portal, the solution the customer was given', async () => {
      const engineer = await buildUser(ds(), [Role.PRESALES]);
      const customer = await buildCustomer(ds());
      const portal = await buildCustomerUser(ds(), customer);
      let ticket = await filed(portal);
      ticket = await stepped(engineer, ticket, 'ACKNOWLEDGE');
      const given = '将 idle_timeout 调整为 3600 秒并开启 TCP keepalive';
      ticket = await stepped(engineer, ticket, 'RESOLVE', { solution: given });
      // The write-up "for the record" (Ticket.writeUp is null for customers; the entity calls it staff only).
      const forTheRecord = '根因是我方 V5.2.1 会话保活缺陷（已在 V5.2.2 修复）；对客户按防火墙超时处理。';
      await stepped(engineer, ticket, 'CLOSE', { cause: '会话保活缺陷', solution: forTheRecord });
      const seen = ok(await (await as(portal)).request<{ ticket: { solution: string | null; writeUp: unknown } }>('query($id: ID!) { ticket(id: $id) { solution writeUp { cause } } }', { id: ticket.id }), 'ticket');
      expect(seen.writeUp).toBeNull();
      expect(seen.solution).toBe(given);
    });
  });

  describe('escalation on breach', () => {
    it('a breach that escalates to the manager leaves the ticket at the MANAGER tier, as the escalation event says', async () => {
      const engineer = await buildUser(ds(), [Role.PRESALES]);
      const customer = await buildCustomer(ds());
      let ticket = await filed(engineer, { customerId: customer.id });
      ticket = await stepped(engineer, ticket, 'ACKNOWLEDGE');
      // The resolution was due a minute ago; the engineer now waits for the customer, which records the breach.
      await ds().query(`UPDATE sla_clock SET due_at = now() - interval '1 minute' WHERE ticket_id = $1 AND kind = 'RESOLUTION'`, [ticket.id]);
      await stepped(engineer, ticket, 'WAIT_FOR_CUSTOMER', { note: '请提供会话日志' });
      const [escalation] = (await ds().query(`SELECT payload FROM event WHERE entity_id = $1 AND type = 'TICKET_ESCALATED'`, [ticket.id])) as { payload: { to: string } }[];
      expect(escalation.payload.to).toBe('MANAGER');
      const [row] = (await ds().query('SELECT tier FROM ticket WHERE id = $1', [ticket.id])) as { tier: string }[];
      // Today the ticket still says FIRST_LINE and still offers "escalate to MANAGER": the escalation exists only in the log.
      expect(row.tier).toBe('MANAGER');
    });
  });

  describe('validation', () => {
    it('ticket text is bounded like every other title in Liaison: a 1,000-character title is VALIDATION title TOO_LONG', async () => {
      const portal = await buildCustomerUser(ds(), await buildCustomer(ds()));
      const response = await file(portal, { title: '断'.repeat(1000) });
      expect(codes(response)).toEqual(['VALIDATION']);
      expect(response.errors?.[0].extensions?.fields).toMatchObject({ title: 'TOO_LONG' });
    });

    it('closing with publishArticle keeps the knowledge base’s own limits (cause ≤ 20,000 characters)', async () => {
      const engineer = await buildUser(ds(), [Role.PRESALES]);
      const customer = await buildCustomer(ds());
      let ticket = await filed(engineer, { customerId: customer.id });
      ticket = await stepped(engineer, ticket, 'ACKNOWLEDGE');
      ticket = await stepped(engineer, ticket, 'RESOLVE', { solution: '调整 idle_timeout' });
      const closing = await step(engineer, ticket, 'CLOSE', { cause: '防火墙超时。'.repeat(5000), publishArticle: true });
      // Today the write-up goes into a draft article that editKnowledgeArticle itself would refuse as TOO_LONG.
      expect(codes(closing)).toEqual(['VALIDATION']);
      const [{ n }] = (await ds().query('SELECT count(*) AS n FROM knowledge_article WHERE length(cause) > 20000')) as { n: string }[];
      expect(Number(n)).toBe(0);
    });
  });

  describe('customer profiles', () => {
    it('removing a contact from the profile does not erase who reported the tickets they filed', async () => {
      const sales = await buildUser(ds(), [Role.SALES]);
      const engineer = await buildUser(ds(), [Role.PRESALES]);
      const customer = await buildCustomer(ds());
      const contact = ok(
        await (await as(sales)).request<{ saveContact: { id: string } }>('mutation($input: SaveContactInput!) { saveContact(input: $input) { id } }', {
          input: { customerId: customer.id, name: '王工', email: 'wang@example.com' },
        }),
        'saveContact',
      );
      const ticket = await filed(engineer, { customerId: customer.id, contactId: contact.id });
      // 王工 leaves the customer; the sales tidies the profile.
      ok(await (await as(sales)).request<{ removeContact: boolean }>('mutation($id: ID!) { removeContact(id: $id) }', { id: contact.id }), 'removeContact');
      const read = ok(await (await as(engineer)).request<{ ticket: { contact: { name: string } | null } }>('query($id: ID!) { ticket(id: $id) { contact { name } } }', { id: ticket.id }), 'ticket');
      // Today the ticket's reporter is gone for good (a dangling contact_id; no FK, no soft delete).
      expect(read.contact).toEqual({ name: '王工' });
    });
  });

  describe('performance', () => {
    it('one ticket event costs one subscription execution for any number of heads of support watching the queue', async () => {
      const portal = await buildCustomerUser(ds(), await buildCustomer(ds()));
      const gms = [];
      for (let i = 0; i < 4; i += 1) gms.push(await buildUser(ds(), [Role.GM]));
      const feeds = [];
      for (const gm of gms) feeds.push(await suite.feed<{ ticketsChanged: { ticketId: string } }>(await as(gm), 'subscription { ticketsChanged { ticketId type ticket { id status } } }'));
      await suite.subscribed(1);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const before = subscriptionExecutions();
      await filed(portal);
      for (const feed of feeds) await feed.next(1);
      // Today: one execution (and two visibility queries) per GM, per event.
      expect(subscriptionExecutions() - before).toBe(1);
    });
  });

  describe('no lost events (SPEC §8)', () => {
    it('changesSince gives a reconnecting portal user the changes to their ticket they missed', async () => {
      const engineer = await buildUser(ds(), [Role.PRESALES]);
      const customer = await buildCustomer(ds());
      const portal = await buildCustomerUser(ds(), customer);
      const ticket = await filed(portal);
      const seq = ok(await (await as(portal)).request<{ latestSeq: number }>(LATEST_SEQ), 'latestSeq');
      // While the portal user's socket is down, the engineer acknowledges.
      await stepped(engineer, ticket, 'ACKNOWLEDGE');
      const missed = ok(await (await as(portal)).request<{ changesSince: { events: { type: string; entityId: string }[] } }>(CHANGES_SINCE, { seq }), 'changesSince');
      expect(missed.events.filter((event) => event.entityId === ticket.id).map((event) => event.type)).toContain('TICKET_CHANGED');
    });

    it('changesSince gives a reconnecting engineer the changes to queue tickets (no project) they missed', async () => {
      const engineer = await buildUser(ds(), [Role.PRESALES]);
      const customer = await buildCustomer(ds());
      const portal = await buildCustomerUser(ds(), customer);
      const seq = ok(await (await as(engineer)).request<{ latestSeq: number }>(LATEST_SEQ), 'latestSeq');
      const ticket = await filed(portal);
      const missed = ok(await (await as(engineer)).request<{ changesSince: { events: { type: string; entityId: string }[] } }>(CHANGES_SINCE, { seq }), 'changesSince');
      expect(missed.events.filter((event) => event.entityId === ticket.id).map((event) => event.type)).toContain('TICKET_CHANGED');
    });
  });
});
