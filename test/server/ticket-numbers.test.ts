import { describe, expect, it } from 'vitest';
import { companyDayOf } from '../../server/src/platform/company-calendar';
import { Role } from '../../server/src/modules/users/role.enum';
import { buildCustomer, buildCustomerUser, buildUser } from '../helpers/factories';
import { type ApiClient, codes, type GraphQLResponse } from '../helpers/graphql-client';
import { serverSuite } from '../helpers/server-suite';

const CREATE = 'mutation($input: CreateTicketInput!) { createTicket(input: $input) { id number } }';
const INTAKE = {
  channel: 'WEB_PORTAL',
  title: '审计日志检索超时',
  description: '按时间范围检索近 30 天审计日志时页面超时。',
  category: 'FAULT',
  priority: 'MEDIUM',
};
/** Marks an intake the trigger below makes fail after its number was drawn. */
const DOOMED = '【回滚】';
const FAILING_POLICY_ID = '00000000-0000-4000-8000-0000000bad01';
const DAY_MS = 86_400_000;

/** The year the numbers are issued for: the company's, in Asia/Shanghai. */
const companyYear = () => new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date());
const numbered = (n: number) => `TS-${companyYear()}-${String(n).padStart(6, '0')}`;
const consecutive = (count: number) => Array.from({ length: count }, (_, index) => numbered(index + 1));

describe('ticket numbers: TS-YYYY-NNNNNN, distinct, consecutive, gap-free (issue 5, acceptance 3)', () => {
  const suite = serverSuite();
  const ds = () => suite.server.dataSource;

  type Created = GraphQLResponse<{ createTicket: { id: string; number: string } }>;
  const file = (client: ApiClient, input: Record<string, unknown>) => client.request<{ createTicket: { id: string; number: string } }>(CREATE, { input: { ...INTAKE, ...input } });
  const numbersOf = (responses: Created[]) => responses.flatMap((response) => (response.data?.createTicket ? [response.data.createTicket.number] : []));
  const stored = async () => ((await ds().query('SELECT number FROM ticket ORDER BY number')) as { number: string }[]).map((row) => row.number);

  /** Two portal users of one customer and an engineer filing by phone, each with their own session. */
  const filers = async () => {
    const customer = await buildCustomer(ds());
    const clients = await Promise.all([
      suite.as(await buildCustomerUser(ds(), customer)),
      suite.as(await buildCustomerUser(ds(), customer)),
      suite.as(await buildUser(ds(), [Role.PRESALES])),
    ]);
    return { customer, clients };
  };

  /** Every intake whose title carries DOOMED fails inside its transaction, after the number was drawn. */
  const withFailingIntakes = async (run: () => Promise<void>) => {
    await ds().query(`CREATE OR REPLACE FUNCTION test_fail_doomed_intake() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM ticket WHERE id = NEW.ticket_id AND title LIKE '${DOOMED}%') THEN RAISE EXCEPTION 'forced rollback'; END IF;
        RETURN NEW;
      END $$`);
    await ds().query('CREATE TRIGGER test_fail_doomed_intake BEFORE INSERT ON sla_clock FOR EACH ROW EXECUTE FUNCTION test_fail_doomed_intake()');
    try {
      await run();
    } finally {
      await ds().query('DROP TRIGGER IF EXISTS test_fail_doomed_intake ON sla_clock');
      await ds().query('DROP FUNCTION IF EXISTS test_fail_doomed_intake()');
    }
  };

  it('50 tickets filed at once over HTTP get 50 distinct consecutive numbers', async () => {
    const { customer, clients } = await filers();
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, index) => file(clients[index % clients.length], { title: `${INTAKE.title} #${index + 1}`, customerId: customer.id })),
    );
    expect(responses.flatMap(codes)).toEqual([]);
    const numbers = numbersOf(responses);
    expect(numbers).toHaveLength(50);
    expect(new Set(numbers).size).toBe(50);
    expect([...numbers].sort()).toEqual(consecutive(50));
    expect(await stored()).toEqual(consecutive(50));
    // The next one follows on.
    expect(numbersOf([await file(clients[0], { customerId: customer.id })])).toEqual([numbered(51)]);
  });

  it('an intake rolled back after drawing its number gives the number back', async () => {
    const { customer, clients } = await filers();
    const [client] = clients;
    expect(numbersOf([await file(client, {})])).toEqual([numbered(1)]);
    await withFailingIntakes(async () => {
      const failed = await file(client, { title: `${DOOMED}${INTAKE.title}` });
      expect(codes(failed)).toEqual(['INTERNAL_SERVER_ERROR']);
      expect(numbersOf([await file(client, { customerId: customer.id })])).toEqual([numbered(2)]);
    });
    expect(await stored()).toEqual(consecutive(2));
    const events = (await ds().query(`SELECT count(*) AS n FROM event WHERE type = 'TICKET_CHANGED'`)) as { n: string }[];
    expect(Number(events[0].n)).toBe(2); // the failed intake announced nothing
  });

  it('an intake that fails a check inside its transaction (its contract policy has no target for the priority) leaves no gap', async () => {
    const { customer, clients } = await filers();
    const [portal] = clients;
    await ds().query(`DELETE FROM sla_policy WHERE id = $1`, [FAILING_POLICY_ID]);
    await ds().query(
      `INSERT INTO sla_policy (id, name, calendar_id, targets, warn_at_share, is_default)
       SELECT $1, 'Urgent only', calendar_id, $2, 0.8, false FROM sla_policy WHERE is_default`,
      [FAILING_POLICY_ID, JSON.stringify([{ priority: 'URGENT', responseMinutes: 30, resolutionMinutes: 240 }])],
    );
    try {
      expect(numbersOf([await file(portal, { priority: 'LOW' })])).toEqual([numbered(1)]);
      await ds().query(`INSERT INTO customer_contract (customer_id, number, starts_on, service_expires_on, sla_policy_id) VALUES ($1, 'HT-2024-017', $2, $3, $4)`, [
        customer.id,
        companyDayOf(new Date(Date.now() - DAY_MS)),
        companyDayOf(new Date(Date.now() + 365 * DAY_MS)),
        FAILING_POLICY_ID,
      ]);
      expect(codes(await file(portal, { priority: 'LOW' }))).toEqual(['INTERNAL_SERVER_ERROR']);
      expect(numbersOf([await file(portal, { priority: 'URGENT' })])).toEqual([numbered(2)]);
    } finally {
      await ds().query('DELETE FROM customer_contract WHERE sla_policy_id = $1', [FAILING_POLICY_ID]);
      await ds().query('DELETE FROM sla_policy WHERE id = $1', [FAILING_POLICY_ID]);
    }
    expect(await stored()).toEqual(consecutive(2));
  });

  it('failures among 50 concurrent intakes leave the successful ones consecutive', async () => {
    const { customer, clients } = await filers();
    await withFailingIntakes(async () => {
      const responses = await Promise.all(
        Array.from({ length: 50 }, (_, index) =>
          file(clients[index % clients.length], { title: index % 5 === 0 ? `${DOOMED}${INTAKE.title} #${index}` : `${INTAKE.title} #${index}`, customerId: customer.id }),
        ),
      );
      expect(responses.flatMap(codes)).toEqual(Array.from({ length: 10 }, () => 'INTERNAL_SERVER_ERROR'));
      expect([...numbersOf(responses)].sort()).toEqual(consecutive(40));
    });
    expect(await stored()).toEqual(consecutive(40));
  });

  it('numbers are per year: another year’s counter does not move this year’s', async () => {
    const { clients } = await filers();
    const lastYear = Number(companyYear()) - 1;
    await ds().query('INSERT INTO ticket_counter (year, last) VALUES ($1, 4711)', [lastYear]);
    expect(numbersOf([await file(clients[0], {})])).toEqual([numbered(1)]);
    const counters = (await ds().query('SELECT year, last FROM ticket_counter ORDER BY year')) as { year: number; last: number }[];
    expect(counters).toEqual([
      { year: lastYear, last: 4711 },
      { year: Number(companyYear()), last: 1 },
    ]);
  });
});
