import { beforeEach, describe, expect, it } from 'vitest';
import { Role } from '../../server/src/modules/users/role.enum';
import type { User } from '../../server/src/modules/users/user.entity';
import { buildCustomer, buildUser } from '../helpers/factories';
import { type ApiClient, codes, validationFields } from '../helpers/graphql-client';
import { serverSuite } from '../helpers/server-suite';

interface Attainment {
  priority: string;
  tickets: number;
  responseMet: number;
  responseBreached: number;
  responseRate: number | null;
  resolutionMet: number;
  resolutionBreached: number;
  resolutionRate: number | null;
}
interface Distribution {
  count: number;
  median: number | null;
  p90: number | null;
}
interface Figures {
  tickets: number;
  resolved: number;
  slaAttainment: Attainment[];
  firstResponseMinutes: Distribution;
  resolutionMinutes: Distribution;
  resolutionRate: number | null;
  firstContactResolution: number | null;
  reopenRate: number | null;
  satisfaction: { answered: number; responseSpeed: number | null; resolution: number | null; professionalism: number | null; attitude: number | null };
}

const FIGURES = `query($filter: DashboardFilter!) { serviceDeskFigures(filter: $filter) {
  tickets resolved
  slaAttainment { priority tickets responseMet responseBreached responseRate resolutionMet resolutionBreached resolutionRate }
  firstResponseMinutes { count median p90 } resolutionMinutes { count median p90 }
  resolutionRate firstContactResolution reopenRate
  satisfaction { answered responseSpeed resolution professionalism attitude }
} }`;

type ClockState = 'RUNNING' | 'PAUSED' | 'MET' | 'BREACHED';
interface TicketSpec {
  /** ISO instant with its offset. */
  created: string;
  priority?: 'URGENT' | 'HIGH' | 'MEDIUM' | 'LOW';
  status?: string;
  tier?: string;
  reopens?: number;
  customer?: string;
  product?: string;
  engineer?: string | null;
  /** Minutes after `created`. */
  ackAfter?: number | null;
  resolvedAfter?: number | null;
  response?: ClockState;
  resolution?: ClockState;
  /** Scores responseSpeed, resolution, professionalism, attitude; null: a survey left unanswered. */
  survey?: readonly [number, number, number, number] | null;
}

const MINUTE = 60_000;
const MARCH = { from: '2025-03-01', to: '2025-03-31' };

describe('service-desk figures (SPEC §9)', () => {
  const suite = serverSuite();
  const { as } = suite;
  const ds = () => suite.server.dataSource;
  let count = 0;
  let creator: User;
  let defaults: { customer: string; policy: string; calendar: string };

  beforeEach(async () => {
    creator = await buildUser(ds(), [Role.PRESALES_MANAGER], '受理人');
    const [policy] = (await ds().query('SELECT id, calendar_id FROM sla_policy WHERE is_default')) as { id: string; calendar_id: string }[];
    defaults = { customer: (await buildCustomer(ds())).id, policy: policy.id, calendar: policy.calendar_id };
  });

  /** Inserts a ticket as the spec says, with its two clocks and survey; returns its id. */
  const ticket = async (spec: TicketSpec): Promise<string> => {
    count += 1;
    const created = new Date(spec.created);
    const after = (minutes: number | null | undefined) => (minutes == null ? null : new Date(created.getTime() + minutes * MINUTE));
    const [{ id }] = (await ds().query(
      `INSERT INTO ticket (number, channel, customer_id, title, description, category, priority, status, tier, assignee_id, created_by_id, sla_policy_id,
                           reopen_count, created_at, acknowledged_at, resolved_at, product)
       VALUES ($1, 'PHONE', $2, '题目', '描述', 'FAULT', $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
      [
        `TS-2025-${String(count).padStart(6, '0')}`,
        spec.customer ?? defaults.customer,
        spec.priority ?? 'MEDIUM',
        spec.status ?? 'NEW',
        spec.tier ?? 'FIRST_LINE',
        spec.engineer ?? null,
        creator.id,
        defaults.policy,
        spec.reopens ?? 0,
        created,
        after(spec.ackAfter),
        after(spec.resolvedAfter),
        spec.product ?? null,
      ],
    )) as { id: string }[];
    for (const [kind, state] of [['RESPONSE', spec.response ?? 'RUNNING'], ['RESOLUTION', spec.resolution ?? 'RUNNING']]) {
      await ds().query(`INSERT INTO sla_clock (ticket_id, kind, state, calendar_id, target_minutes, started_at) VALUES ($1, $2, $3, $4, 60, $5)`, [id, kind, state, defaults.calendar, created]);
    }
    if (spec.survey !== undefined) {
      const scores = spec.survey ?? [null, null, null, null];
      await ds().query(
        `INSERT INTO satisfaction_survey (ticket_id, engineer_id, token_hash, response_speed, resolution, professionalism, attitude, answered_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [id, spec.engineer ?? null, `hash-${id}`, ...scores, spec.survey ? new Date() : null],
      );
    }
    return id;
  };

  const figures = async (client: ApiClient, filter: Record<string, unknown>): Promise<Figures> => {
    const response = await client.request<{ serviceDeskFigures: Figures }>(FIGURES, { filter });
    expect(response.errors).toBeUndefined();
    return response.data!.serviceDeskFigures;
  };
  const attainmentOf = (result: Figures, priority: string) => result.slaAttainment.find((row) => row.priority === priority)!;

  /**
   * The hand-built month. Engineers A and B, customers X and Y; everything created on
   * 2025-03-10 09:00 Shanghai unless said. Minutes are after creation.
   *
   *  #  prio    eng cust status            tier        reopen ack  resolved  RESPONSE  RESOLUTION survey (speed,res,prof,att)
   *  1  URGENT  A   X    CLOSED            FIRST_LINE  0      10   60        MET       MET        5,4,5,5
   *  2  URGENT  A   X    RESOLVED          SENIOR      0      20   240       MET       BREACHED   3,2,4,3
   *  3  URGENT  B   Y    IN_PROGRESS       FIRST_LINE  1      30   (5000, stale: reopened)  BREACHED RUNNING  -
   *  4  HIGH    B   X    CLOSED            FIRST_LINE  1      40   120       MET       MET        4,3,3,2
   *  5  HIGH    A   Y    CLOSED            FIRST_LINE  0      50   600       BREACHED  BREACHED   -
   *  6  MEDIUM  B   Y    WAITING_CUSTOMER  FIRST_LINE  0      60   -         MET       PAUSED     -
   *  7  MEDIUM  A   X    NEW               FIRST_LINE  0      -    -         RUNNING   RUNNING    -
   *  8  LOW     B   Y    CLOSED            FIRST_LINE  0      100  1000      MET       MET        unanswered
   * and, outside March in Shanghai time, two CLOSED URGENT tickets of A / X with breached clocks and 1,1,1,1 surveys.
   */
  const month = async () => {
    const engineerA = await buildUser(ds(), [Role.PRESALES], '工程师甲');
    const engineerB = await buildUser(ds(), [Role.PRESALES], '工程师乙');
    const X = (await buildCustomer(ds())).id;
    const Y = (await buildCustomer(ds())).id;
    const A = engineerA.id;
    const B = engineerB.id;
    const created = '2025-03-10T09:00:00+08:00';
    await ticket({ created, priority: 'URGENT', engineer: A, customer: X, status: 'CLOSED', ackAfter: 10, resolvedAfter: 60, response: 'MET', resolution: 'MET', survey: [5, 4, 5, 5] });
    await ticket({ created, priority: 'URGENT', engineer: A, customer: X, status: 'RESOLVED', tier: 'SENIOR', ackAfter: 20, resolvedAfter: 240, response: 'MET', resolution: 'BREACHED', survey: [3, 2, 4, 3] });
    await ticket({ created, priority: 'URGENT', engineer: B, customer: Y, status: 'IN_PROGRESS', reopens: 1, ackAfter: 30, resolvedAfter: 5000, response: 'BREACHED', resolution: 'RUNNING' });
    await ticket({ created, priority: 'HIGH', engineer: B, customer: X, status: 'CLOSED', reopens: 1, ackAfter: 40, resolvedAfter: 120, response: 'MET', resolution: 'MET', survey: [4, 3, 3, 2] });
    await ticket({ created, priority: 'HIGH', engineer: A, customer: Y, status: 'CLOSED', ackAfter: 50, resolvedAfter: 600, response: 'BREACHED', resolution: 'BREACHED' });
    await ticket({ created, priority: 'MEDIUM', engineer: B, customer: Y, status: 'WAITING_CUSTOMER', ackAfter: 60, response: 'MET', resolution: 'PAUSED' });
    await ticket({ created, priority: 'MEDIUM', engineer: A, customer: X, status: 'NEW' });
    await ticket({ created, priority: 'LOW', engineer: B, customer: Y, status: 'CLOSED', ackAfter: 100, resolvedAfter: 1000, response: 'MET', resolution: 'MET', survey: null });
    const outside = { priority: 'URGENT', engineer: A, customer: X, status: 'CLOSED', ackAfter: 1, resolvedAfter: 2, response: 'BREACHED', resolution: 'BREACHED', survey: [1, 1, 1, 1] } as const;
    await ticket({ ...outside, created: '2025-02-28T23:59:59+08:00' }); // UTC 2025-02-28T15:59:59Z: February in Shanghai
    await ticket({ ...outside, created: '2025-04-01T00:00:00+08:00' }); // UTC 2025-03-31T16:00:00Z: April in Shanghai
    return { engineerA, engineerB, A, B, X, Y };
  };

  it('computes every figure of the month by hand', async () => {
    await month();
    const manager = await as(await buildUser(ds(), [Role.PRESALES_MANAGER]));
    const result = await figures(manager, MARCH);

    expect(result.tickets).toBe(8);
    // Resolved or closed: #1, #2, #4, #5, #8 (the reopened #3 is in progress again).
    expect(result.resolved).toBe(5);
    expect(result.slaAttainment.map((row) => row.priority)).toEqual(['URGENT', 'HIGH', 'MEDIUM', 'LOW']);
    // URGENT: #1 #2 #3. Response MET #1 #2, BREACHED #3 → 2/3. Resolution MET #1, BREACHED #2 (#3 running, undecided) → 1/2.
    expect(attainmentOf(result, 'URGENT')).toMatchObject({ tickets: 3, responseMet: 2, responseBreached: 1, resolutionMet: 1, resolutionBreached: 1, resolutionRate: 0.5 });
    expect(attainmentOf(result, 'URGENT').responseRate).toBeCloseTo(2 / 3, 10);
    // HIGH: #4 met both, #5 breached both → 1/2 and 1/2.
    expect(attainmentOf(result, 'HIGH')).toEqual({ priority: 'HIGH', tickets: 2, responseMet: 1, responseBreached: 1, responseRate: 0.5, resolutionMet: 1, resolutionBreached: 1, resolutionRate: 0.5 });
    // MEDIUM: response MET #6, #7 running → 1/1; resolution paused (#6) and running (#7): none decided → null.
    expect(attainmentOf(result, 'MEDIUM')).toEqual({ priority: 'MEDIUM', tickets: 2, responseMet: 1, responseBreached: 0, responseRate: 1, resolutionMet: 0, resolutionBreached: 0, resolutionRate: null });
    // LOW: #8 met both.
    expect(attainmentOf(result, 'LOW')).toEqual({ priority: 'LOW', tickets: 1, responseMet: 1, responseBreached: 0, responseRate: 1, resolutionMet: 1, resolutionBreached: 0, resolutionRate: 1 });

    // First response, acknowledged tickets: [10, 20, 30, 40, 50, 60, 100], n = 7.
    // median: position (7−1)·0.5 = 3 → 40. p90: position (7−1)·0.9 = 5.4 → 60 + 0.4·(100 − 60) = 76.
    expect(result.firstResponseMinutes.count).toBe(7);
    expect(result.firstResponseMinutes.median).toBeCloseTo(40, 6);
    expect(result.firstResponseMinutes.p90).toBeCloseTo(76, 6);
    // Resolution, resolved or closed tickets (#3's stale 5000 left out): [60, 120, 240, 600, 1000], n = 5.
    // median: position 2 → 240. p90: position 4·0.9 = 3.6 → 600 + 0.6·(1000 − 600) = 840.
    expect(result.resolutionMinutes.count).toBe(5);
    expect(result.resolutionMinutes.median).toBeCloseTo(240, 6);
    expect(result.resolutionMinutes.p90).toBeCloseTo(840, 6);

    // Resolution rate: 5 resolved of 8 = 0.625.
    expect(result.resolutionRate).toBeCloseTo(0.625, 10);
    // First-contact resolution: of the 5 resolved, never reopened and still FIRST_LINE: #1 #5 #8
    // (#2 went SENIOR, #4 was reopened) → 3/5 = 0.6.
    expect(result.firstContactResolution).toBeCloseTo(0.6, 10);
    // Reopen rate: of the 5 resolved, #4 was reopened → 1/5 = 0.2 (#3 is reopened but not resolved now).
    expect(result.reopenRate).toBeCloseTo(0.2, 10);

    // Satisfaction: answered surveys #1 (5,4,5,5), #2 (3,2,4,3), #4 (4,3,3,2); #8 unanswered, the outside ones out.
    // speed (5+3+4)/3 = 4; resolution (4+2+3)/3 = 3; professionalism (5+4+3)/3 = 4; attitude (5+3+2)/3 = 10/3.
    expect(result.satisfaction.answered).toBe(3);
    expect(result.satisfaction.responseSpeed).toBeCloseTo(4, 10);
    expect(result.satisfaction.resolution).toBeCloseTo(3, 10);
    expect(result.satisfaction.professionalism).toBeCloseTo(4, 10);
    expect(result.satisfaction.attitude).toBeCloseTo(10 / 3, 10);
  });

  it('filters by priority, customer and engineer', async () => {
    const { A, B, X } = await month();
    const manager = await as(await buildUser(ds(), [Role.TECH_DIRECTOR]));

    // URGENT: #1 #2 #3. Resolved #1 #2 → 2/3. Ack [10, 20, 30]: median 20, p90 at 1.8 → 20 + 0.8·10 = 28.
    // Resolution [60, 240]: median 150, p90 at 0.9 → 60 + 0.9·180 = 222. FCR: #1 of 2 → 0.5. Reopen 0/2.
    // Surveys #1 #2: speed (5+3)/2 = 4, resolution 3, professionalism 4.5, attitude 4.
    const urgent = await figures(manager, { ...MARCH, priority: 'URGENT' });
    expect(urgent).toMatchObject({ tickets: 3, resolved: 2, firstContactResolution: 0.5, reopenRate: 0 });
    expect(urgent.resolutionRate).toBeCloseTo(2 / 3, 10);
    expect(urgent.firstResponseMinutes.median).toBeCloseTo(20, 6);
    expect(urgent.firstResponseMinutes.p90).toBeCloseTo(28, 6);
    expect(urgent.resolutionMinutes.median).toBeCloseTo(150, 6);
    expect(urgent.resolutionMinutes.p90).toBeCloseTo(222, 6);
    expect(urgent.satisfaction).toMatchObject({ answered: 2, responseSpeed: 4, resolution: 3, professionalism: 4.5, attitude: 4 });
    expect(attainmentOf(urgent, 'HIGH')).toEqual({ priority: 'HIGH', tickets: 0, responseMet: 0, responseBreached: 0, responseRate: null, resolutionMet: 0, resolutionBreached: 0, resolutionRate: null });

    // Customer X: #1 #2 #4 #7. Resolved #1 #2 #4 → 3/4. FCR: #1 → 1/3. Reopen: #4 → 1/3. Ack [10, 20, 40] → median 20.
    const customerX = await figures(manager, { ...MARCH, customerId: X });
    expect(customerX).toMatchObject({ tickets: 4, resolved: 3, resolutionRate: 0.75 });
    expect(customerX.firstContactResolution).toBeCloseTo(1 / 3, 10);
    expect(customerX.reopenRate).toBeCloseTo(1 / 3, 10);
    expect(customerX.firstResponseMinutes).toMatchObject({ count: 3, median: 20 });

    // Engineer A: #1 #2 #5 #7. Resolved #1 #2 #5 → 3/4. FCR: #1 #5 → 2/3. Reopen 0/3.
    // Resolution [60, 240, 600]: median 240, p90 at 1.8 → 240 + 0.8·360 = 528.
    const engineerA = await figures(manager, { ...MARCH, engineerId: A });
    expect(engineerA).toMatchObject({ tickets: 4, resolved: 3, resolutionRate: 0.75, reopenRate: 0 });
    expect(engineerA.firstContactResolution).toBeCloseTo(2 / 3, 10);
    expect(engineerA.resolutionMinutes.median).toBeCloseTo(240, 6);
    expect(engineerA.resolutionMinutes.p90).toBeCloseTo(528, 6);

    // Engineer B: #3 #4 #6 #8. Resolved #4 #8 → 2/4. FCR: #8 → 1/2. Reopen: #4 → 1/2. One answered survey (#4).
    const engineerB = await figures(manager, { ...MARCH, engineerId: B });
    expect(engineerB).toMatchObject({ tickets: 4, resolved: 2, resolutionRate: 0.5, firstContactResolution: 0.5, reopenRate: 0.5 });
    expect(engineerB.satisfaction).toMatchObject({ answered: 1, responseSpeed: 4, resolution: 3, professionalism: 3, attitude: 2 });

    // Filters combine: engineer B's URGENT tickets of customer X: none.
    const none = await figures(manager, { ...MARCH, engineerId: B, customerId: X, priority: 'URGENT' });
    expect(none).toMatchObject({ tickets: 0, resolved: 0, resolutionRate: null, firstContactResolution: null, reopenRate: null });
    expect(none.firstResponseMinutes).toEqual({ count: 0, median: null, p90: null });
    expect(none.satisfaction).toEqual({ answered: 0, responseSpeed: null, resolution: null, professionalism: null, attitude: null });
  });

  it('filters by product, exactly', async () => {
    const created = '2025-03-10T09:00:00+08:00';
    await ticket({ created, product: '远程桌面管控系统', status: 'CLOSED', resolvedAfter: 30, resolution: 'MET' });
    await ticket({ created, product: '远程桌面管控系统', status: 'NEW' });
    await ticket({ created, product: '远程桌面管控系统 V2', status: 'CLOSED', resolvedAfter: 30 });
    await ticket({ created });
    const gm = await as(await buildUser(ds(), [Role.GM]));
    // Only the first two name this product: 1 of 2 resolved; its resolution clock is the one met.
    const result = await figures(gm, { ...MARCH, product: '远程桌面管控系统' });
    expect(result).toMatchObject({ tickets: 2, resolved: 1, resolutionRate: 0.5 });
    expect(attainmentOf(result, 'MEDIUM')).toMatchObject({ tickets: 2, resolutionMet: 1, resolutionRate: 1 });
    expect((await figures(gm, MARCH)).tickets).toBe(4);
  });

  it('counts the period in Shanghai days, not UTC days', async () => {
    await ticket({ created: '2025-02-28T23:59:59+08:00' }); // 15:59:59Z on 02-28: February in Shanghai
    await ticket({ created: '2025-03-01T00:00:00+08:00' }); // 16:00:00Z on 02-28 (UTC February): March in Shanghai
    await ticket({ created: '2025-03-31T23:59:59+08:00' }); // 15:59:59Z on 03-31: March
    await ticket({ created: '2025-04-01T00:00:00+08:00' }); // 16:00:00Z on 03-31 (UTC March): April in Shanghai
    const gm = await as(await buildUser(ds(), [Role.GM]));
    expect((await figures(gm, MARCH)).tickets).toBe(2);
    expect((await figures(gm, { from: '2025-02-28', to: '2025-02-28' })).tickets).toBe(1);
    expect((await figures(gm, { from: '2025-03-31', to: '2025-04-01' })).tickets).toBe(2);
    expect((await figures(gm, { from: '2025-02-28', to: '2025-04-01' })).tickets).toBe(4);
  });

  it('lets managers see all, an engineer only their own, and nobody else', async () => {
    const { engineerA, B } = await month();
    for (const role of [Role.PRESALES_MANAGER, Role.TECH_DIRECTOR, Role.GM]) {
      expect((await figures(await as(await buildUser(ds(), [role])), MARCH)).tickets).toBe(8);
    }
    // Engineer A (#1 #2 #5 #7), even when asking for everyone or for B.
    const ownClient = await as(engineerA);
    for (const filter of [MARCH, { ...MARCH, engineerId: B }]) {
      const own = await figures(ownClient, filter);
      expect(own).toMatchObject({ tickets: 4, resolved: 3, resolutionRate: 0.75 });
      expect(own.firstContactResolution).toBeCloseTo(2 / 3, 10);
    }
    // An engineer who is also a manager sees what a manager sees.
    expect((await figures(await as(await buildUser(ds(), [Role.PRESALES, Role.PRESALES_MANAGER])), MARCH)).tickets).toBe(8);

    for (const role of [Role.SALES, Role.RND, Role.CUSTOMER]) {
      const response = await (await as(await buildUser(ds(), [role]))).request(FIGURES, { filter: MARCH });
      expect(codes(response)).toEqual(['FORBIDDEN']);
      expect(response.data).toBeNull();
    }
    expect(codes(await (await as(null)).request(FIGURES, { filter: MARCH }))).toEqual(['UNAUTHENTICATED']);
  });

  it('validates the period and the ids', async () => {
    const gm = await as(await buildUser(ds(), [Role.GM]));
    const fieldsOf = (filter: Record<string, unknown>) => validationFields(gm, FIGURES, { filter });
    expect(await fieldsOf({ from: '2025-02-30', to: '2025-03-01' })).toEqual({ from: 'INVALID_DAY' });
    expect(await fieldsOf({ from: '2025-03-01', to: '3/31/2025' })).toEqual({ to: 'INVALID_DAY' });
    expect(await fieldsOf({ from: '2025-03-02', to: '2025-03-01' })).toEqual({ to: 'BEFORE_FROM' });
    // 2023-01-01 … 2024-01-02 is 365 + 2 = 367 days.
    expect(await fieldsOf({ from: '2023-01-01', to: '2024-01-02' })).toEqual({ to: 'PERIOD_TOO_LONG' });
    expect(await fieldsOf({ ...MARCH, customerId: 'nope', engineerId: '42' })).toEqual({ customerId: 'INVALID_ID', engineerId: 'INVALID_ID' });
    expect(await fieldsOf({ ...MARCH, product: 'x'.repeat(201) })).toEqual({ product: 'TOO_LONG' });
    // 366 days is allowed: 2023-01-01 … 2024-01-01, and the leap year 2024-01-01 … 2024-12-31; one day too.
    for (const filter of [{ from: '2023-01-01', to: '2024-01-01' }, { from: '2024-01-01', to: '2024-12-31' }, { from: '2025-03-01', to: '2025-03-01' }]) {
      expect((await figures(gm, filter)).tickets).toBe(0);
    }
  });
});
