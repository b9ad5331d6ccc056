import type { DataSource } from 'typeorm';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDataSource } from '../../server/src/platform/db/data-source';
import { companyDayOf } from '../../server/src/platform/company-calendar';
import { Role } from '../../server/src/modules/users/role.enum';
import type { User } from '../../server/src/modules/users/user.entity';
import { buildCustomer, buildUser, signedIn } from '../helpers/factories';
import { ApiClient } from '../helpers/graphql-client';
import { startTestServer, truncateAll, type TestServer } from '../helpers/server';
import { serverSuite } from '../helpers/server-suite';

/**
 * SLA warnings, breaches and the escalation on breach are pg-boss jobs (SPEC §7): each must fire
 * exactly once with two instances polling the same queue, and still fire — once — when every
 * instance was down at the moment it came due. The clocks here run on a round-the-clock calendar
 * with budgets of seconds, so that real jobs fire within the test.
 */
const POLL_MS = 500;
const CALENDAR_ID = '00000000-0000-4000-8000-00000000c0de';
const POLICY_ID = '00000000-0000-4000-8000-00000000f00d';
const DAY_MS = 86_400_000;

const CREATE = 'mutation($input: CreateTicketInput!) { createTicket(input: $input) { id version } }';
const STEP = 'mutation($input: TicketStepInput!) { ticketStep(input: $input) { id version status } }';
const CLOCKS = 'query($id: ID!) { ticket(id: $id) { slaClocks { kind state pauseReason dueAt warnedAt breachedAt } } }';

interface Clock {
  kind: string;
  state: string;
  pauseReason: string | null;
  dueAt: string | null;
  warnedAt: string | null;
  breachedAt: string | null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A calendar that is always working time, and a policy with budgets in seconds (as fractions of a minute). */
async function secondsPolicy(dataSource: DataSource, responseSeconds: number, resolutionSeconds: number): Promise<void> {
  await dataSource.query(`DELETE FROM sla_policy WHERE id = $1`, [POLICY_ID]);
  await dataSource.query(
    `INSERT INTO business_calendar (id, name, time_zone, periods, working_weekdays) VALUES ($1, 'Round the clock', 'Asia/Shanghai', $2, '{1,2,3,4,5,6,7}') ON CONFLICT (id) DO NOTHING`,
    [CALENDAR_ID, JSON.stringify([{ start: '00:00', end: '24:00' }])],
  );
  const targets = ['URGENT', 'HIGH', 'MEDIUM', 'LOW'].map((priority) => ({ priority, responseMinutes: responseSeconds / 60, resolutionMinutes: resolutionSeconds / 60 }));
  await dataSource.query(`INSERT INTO sla_policy (id, name, calendar_id, targets, warn_at_share, is_default) VALUES ($1, 'Seconds', $2, $3, 0.5, false)`, [
    POLICY_ID,
    CALENDAR_ID,
    JSON.stringify(targets),
  ]);
}

/** A customer whose contract in force names the seconds policy. */
async function customerOnSecondsPolicy(dataSource: DataSource): Promise<string> {
  const customer = await buildCustomer(dataSource);
  const now = Date.now();
  await dataSource.query(`INSERT INTO customer_contract (customer_id, number, starts_on, service_expires_on, sla_policy_id) VALUES ($1, 'HT-SLA-1', $2, $3, $4)`, [
    customer.id,
    companyDayOf(new Date(now - DAY_MS)),
    companyDayOf(new Date(now + DAY_MS)),
    POLICY_ID,
  ]);
  return customer.id;
}

/** How many events of each SLA type the log holds for a ticket. */
async function slaEvents(dataSource: DataSource, ticketId: string): Promise<Record<string, number>> {
  const rows: { type: string; count: string }[] = await dataSource.query(
    `SELECT type, count(*) AS count FROM event WHERE entity_id = $1 AND type IN ('SLA_WARNING', 'SLA_BREACHED', 'TICKET_ESCALATED') GROUP BY type`,
    [ticketId],
  );
  return Object.fromEntries(rows.map((row) => [row.type, Number(row.count)]));
}

async function eventually(check: () => Promise<boolean>, what: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

describe('SLA warning and breach jobs (pg-boss)', () => {
  const running: TestServer[] = [];
  let engineer: User;
  /** Reads the database while no server runs. */
  const observer = createDataSource(inject('databaseUrl'));

  const start = async () => {
    const server = await startTestServer({ jobPollMs: POLL_MS });
    running.push(server);
    return server;
  };
  const stopAll = async () => {
    await Promise.all(running.splice(0).map((server) => server.close()));
  };
  const fileTicket = async (server: TestServer, customerId: string) => {
    const api = await signedIn(new ApiClient(server), engineer);
    const created = await api.request<{ createTicket: { id: string; version: number } }>(CREATE, {
      input: { channel: 'PHONE', customerId, title: '核心业务中断', description: '全部终端无法连接服务器', category: 'FAULT', priority: 'URGENT' },
    });
    expect(created.errors).toBeUndefined();
    return { api, ticket: created.data!.createTicket };
  };
  const clocksOf = async (api: ApiClient, ticketId: string): Promise<Record<string, Clock>> => {
    const response = await api.request<{ ticket: { slaClocks: Clock[] } }>(CLOCKS, { id: ticketId });
    return Object.fromEntries(response.data!.ticket.slaClocks.map((clock) => [clock.kind, clock]));
  };

  beforeAll(async () => {
    await observer.initialize();
    const first = await start();
    await truncateAll(first.dataSource);
  });
  afterEach(async () => {
    await stopAll();
    const cleaner = await start();
    await truncateAll(cleaner.dataSource);
  });
  afterAll(async () => {
    const [server] = running;
    if (server) {
      await server.dataSource.query(`DELETE FROM sla_policy WHERE id = $1`, [POLICY_ID]);
      await server.dataSource.query(`DELETE FROM business_calendar WHERE id = $1`, [CALENDAR_ID]);
    }
    await stopAll();
    await observer.destroy();
  });

  it('with two instances working the queue, the warning, the breach and the escalation each fire exactly once', async () => {
    const [first] = running;
    const second = await start();
    engineer = await buildUser(first!.dataSource, [Role.PRESALES]);
    await secondsPolicy(first!.dataSource, 4, 600);
    const customerId = await customerOnSecondsPolicy(first!.dataSource);

    const { api, ticket } = await fileTicket(second, customerId);
    const before = await clocksOf(api, ticket.id);
    expect(before.RESPONSE).toMatchObject({ state: 'RUNNING', warnedAt: null, breachedAt: null });

    await eventually(async () => (await slaEvents(first!.dataSource, ticket.id)).TICKET_ESCALATED === 1, 'the breach of the response clock', 15_000);
    // Several more polls by both instances: nothing fires twice.
    await sleep(POLL_MS * 5);
    expect(await slaEvents(first!.dataSource, ticket.id)).toEqual({ SLA_WARNING: 1, SLA_BREACHED: 1, TICKET_ESCALATED: 1 });

    const after = await clocksOf(api, ticket.id);
    expect(after.RESPONSE!.state).toBe('BREACHED');
    expect(after.RESPONSE!.warnedAt).not.toBeNull();
    // The breach is dated when the budget ran out, not when a poll noticed it.
    expect(after.RESPONSE!.breachedAt).toBe(before.RESPONSE!.dueAt);
    expect(after.RESOLUTION).toMatchObject({ state: 'RUNNING', warnedAt: null, breachedAt: null });
  });

  it('a warning and a breach that came due while every instance was down each fire once after a restart', async () => {
    const [first] = running;
    engineer = await buildUser(first!.dataSource, [Role.PRESALES]);
    // Warning at 6 s, breach at 12 s.
    await secondsPolicy(first!.dataSource, 12, 600);
    const customerId = await customerOnSecondsPolicy(first!.dataSource);
    const filedAt = Date.now();
    const { ticket } = await fileTicket(first!, customerId);
    await stopAll();
    expect(Date.now() - filedAt).toBeLessThan(6000);

    // The warning comes due with nobody polling; it fires once the first instance is back.
    await sleep(filedAt + 7000 - Date.now());
    expect(await slaEvents(observer, ticket.id)).toEqual({});
    await start();
    await eventually(async () => (await slaEvents(observer, ticket.id)).SLA_WARNING === 1, 'the warning after the restart', 15_000);
    await stopAll();
    expect(Date.now() - filedAt).toBeLessThan(12_000);
    expect(await slaEvents(observer, ticket.id)).toEqual({ SLA_WARNING: 1 });

    // Likewise the breach, and the warning is not repeated.
    await sleep(filedAt + 13_000 - Date.now());
    expect(await slaEvents(observer, ticket.id)).toEqual({ SLA_WARNING: 1 });
    await start();
    await start();
    await eventually(async () => (await slaEvents(observer, ticket.id)).TICKET_ESCALATED === 1, 'the breach after the second restart', 15_000);
    await sleep(POLL_MS * 4);
    expect(await slaEvents(observer, ticket.id)).toEqual({ SLA_WARNING: 1, SLA_BREACHED: 1, TICKET_ESCALATED: 1 });
  });

  it('a paused clock does not breach; resumed, it breaches once at its new due instant', async () => {
    const [first] = running;
    engineer = await buildUser(first!.dataSource, [Role.PRESALES]);
    await secondsPolicy(first!.dataSource, 600, 5);
    const customerId = await customerOnSecondsPolicy(first!.dataSource);
    const { api, ticket } = await fileTicket(first!, customerId);
    const step = async (version: number, action: string, note?: string) => {
      const response = await api.request<{ ticketStep: { version: number } }>(STEP, { input: { ticketId: ticket.id, expectedVersion: version, action, note } });
      expect(response.errors).toBeUndefined();
      return response.data!.ticketStep.version;
    };
    let version = await step(ticket.version, 'ACKNOWLEDGE');
    version = await step(version, 'WAIT_FOR_CUSTOMER', '请提供服务器日志');
    const paused = await clocksOf(api, ticket.id);
    expect(paused.RESOLUTION).toMatchObject({ state: 'PAUSED', pauseReason: 'WAITING_CUSTOMER', dueAt: null });

    // The original due instant passes while paused: its job finds the clock moved and does nothing.
    await sleep(6000);
    expect(await slaEvents(first!.dataSource, ticket.id)).toEqual({});
    expect((await clocksOf(api, ticket.id)).RESOLUTION!.state).toBe('PAUSED');

    const resumedAt = Date.now();
    await step(version, 'RESUME');
    const resumed = await clocksOf(api, ticket.id);
    expect(resumed.RESOLUTION!.state).toBe('RUNNING');
    // The paused time is left out, so the new due instant lies after the resume.
    expect(new Date(resumed.RESOLUTION!.dueAt!).getTime()).toBeGreaterThan(resumedAt);
    await eventually(async () => (await slaEvents(first!.dataSource, ticket.id)).SLA_BREACHED === 1, 'the breach after resuming', 15_000);
    await sleep(POLL_MS * 4);
    expect(await slaEvents(first!.dataSource, ticket.id)).toEqual({ SLA_WARNING: 1, SLA_BREACHED: 1, TICKET_ESCALATED: 1 });
  });
});

describe('a pause does not hide a breach', () => {
  // No worker polls within the test: the breach job of this clock never gets to run.
  const suite = serverSuite({ jobPollMs: 60_000 });

  afterAll(async () => {
    await suite.server.dataSource.query(`DELETE FROM sla_policy WHERE id = $1`, [POLICY_ID]);
    await suite.server.dataSource.query(`DELETE FROM business_calendar WHERE id = $1`, [CALENDAR_ID]);
  });

  it('a clock paused after its due instant, before its breach job ran, is breached and escalated, not paused', async () => {
    const ds = suite.server.dataSource;
    await secondsPolicy(ds, 600, 1);
    const customerId = await customerOnSecondsPolicy(ds);
    const api = await suite.as(await buildUser(ds, [Role.PRESALES]));
    const created = await api.request<{ createTicket: { id: string; version: number } }>(CREATE, {
      input: { channel: 'PHONE', customerId, title: '数据库连接池耗尽', description: '高峰期应用报连接池耗尽', category: 'FAULT', priority: 'URGENT' },
    });
    const ticket = created.data!.createTicket;
    const acknowledged = await api.request<{ ticketStep: { version: number } }>(STEP, { input: { ticketId: ticket.id, expectedVersion: ticket.version, action: 'ACKNOWLEDGE' } });
    await sleep(1500);
    const waited = await api.request(STEP, { input: { ticketId: ticket.id, expectedVersion: acknowledged.data!.ticketStep.version, action: 'WAIT_FOR_CUSTOMER', note: '请提供连接池配置' } });
    expect(waited.errors).toBeUndefined();

    const clocks = await api.request<{ ticket: { slaClocks: Clock[] } }>(CLOCKS, { id: ticket.id });
    const resolution = clocks.data!.ticket.slaClocks.find((clock) => clock.kind === 'RESOLUTION')!;
    expect(resolution).toMatchObject({ state: 'BREACHED', pauseReason: null });
    expect(resolution.breachedAt).toBe(resolution.dueAt);
    expect(await slaEvents(ds, ticket.id)).toEqual({ SLA_BREACHED: 1, TICKET_ESCALATED: 1 });
  });
});
