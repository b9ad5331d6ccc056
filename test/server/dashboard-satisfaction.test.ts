import { beforeEach, describe, expect, it } from 'vitest';
import { Role } from '../../server/src/modules/users/role.enum';
import type { User } from '../../server/src/modules/users/user.entity';
import { buildCustomer, buildUser } from '../helpers/factories';
import { type ApiClient, codes, validationFields } from '../helpers/graphql-client';
import { serverSuite } from '../helpers/server-suite';

interface Scores {
  answered: number;
  responseSpeed: number | null;
  resolution: number | null;
  professionalism: number | null;
  attitude: number | null;
}
interface EngineerRow extends Scores {
  engineerId: string;
  engineerName: string;
  overall: number | null;
}
interface TrendPoint extends Scores {
  month: string;
  overall: number | null;
}
interface Figures {
  overall: Scores;
  perEngineer: EngineerRow[];
  trend: TrendPoint[];
}

const SCORES = 'answered responseSpeed resolution professionalism attitude';
const FIGURES = `query($filter: DashboardFilter!) { satisfactionFigures(filter: $filter) {
  overall { ${SCORES} }
  perEngineer { engineerId engineerName ${SCORES} overall }
  trend { month ${SCORES} overall }
} }`;

interface SurveySpec {
  /** ISO instant with its offset; null: sent but never answered. */
  answered: string | null;
  /** The engineer the survey is about (survey.engineer_id). */
  engineer: string | null;
  /** The ticket's assignee now, when not the survey's engineer. */
  assignee?: string;
  customer: string;
  priority: 'URGENT' | 'HIGH' | 'MEDIUM' | 'LOW';
  product: string;
  /** responseSpeed, resolution, professionalism, attitude. */
  scores: readonly [number, number, number, number];
}

const Q1 = { from: '2025-01-01', to: '2025-03-31' };
const EMPTY = { answered: 0, responseSpeed: null, resolution: null, professionalism: null, attitude: null };

describe('satisfaction figures (SPEC §9)', () => {
  const suite = serverSuite();
  const { as } = suite;
  const ds = () => suite.server.dataSource;
  let count = 0;
  let creator: User;
  let policy: string;

  beforeEach(async () => {
    creator = await buildUser(ds(), [Role.PRESALES_MANAGER], '受理人');
    [{ id: policy }] = (await ds().query('SELECT id FROM sla_policy WHERE is_default')) as { id: string }[];
  });

  /** Inserts a closed ticket and its survey as the spec says. */
  const survey = async (spec: SurveySpec): Promise<void> => {
    count += 1;
    const [{ id }] = (await ds().query(
      `INSERT INTO ticket (number, channel, customer_id, title, description, category, priority, status, product, assignee_id, created_by_id, sla_policy_id, created_at)
       VALUES ($1, 'PHONE', $2, '题目', '描述', 'FAULT', $3, 'CLOSED', $4, $5, $6, $7, '2024-12-01T10:00:00+08:00') RETURNING id`,
      [`TS-2025-${String(count).padStart(6, '0')}`, spec.customer, spec.priority, spec.product, spec.assignee ?? spec.engineer, creator.id, policy],
    )) as { id: string }[];
    await ds().query(
      `INSERT INTO satisfaction_survey (ticket_id, engineer_id, token_hash, response_speed, resolution, professionalism, attitude, answered_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [id, spec.engineer, `hash-${id}`, ...(spec.answered ? spec.scores : [null, null, null, null]), spec.answered ? new Date(spec.answered) : null],
    );
  };

  const figures = async (client: ApiClient, filter: Record<string, unknown>): Promise<Figures> => {
    const response = await client.request<{ satisfactionFigures: Figures }>(FIGURES, { filter });
    expect(response.errors).toBeUndefined();
    return response.data!.satisfactionFigures;
  };

  /**
   * The hand-built quarter. Engineers Zhou (Z), Bai (B) and Chen (C) — named so that the name
   * order is not the score order; customers X and Y; products P1 and P2. "overall" is the
   * survey's own mean of its four scores.
   *
   *  #  answered (Shanghai)      UTC                  engineer  assignee  cust  prio    product  speed res prof att  overall
   *  1  2025-01-01 00:00:00      2024-12-31 16:00     Z         Z         X     URGENT  P1       5     5   4    4    4.5
   *  2  2025-01-31 23:30:00      2025-01-31 15:30     Z         B         Y     HIGH    P2       3     4   4    5    4
   *  3  2025-03-01 00:10:00      2025-02-28 16:10     B         B         X     HIGH    P1       5     5   5    5    5
   *  4  2025-03-31 23:59:59      2025-03-31 15:59:59  B         B         Y     MEDIUM  P1       2     3   3    4    3
   *  5  2025-03-15 10:00:00                           C         C         X     LOW     P2       4     4   4    4    4
   *  6  2025-03-20 10:00:00                           (none)    (none)    Y     MEDIUM  P2       1     2   3    2    2
   *  7  never answered                                Z         Z         X     URGENT  P1       -
   *  8  2024-12-31 23:59:59      2024-12-31 15:59:59  Z         Z         X     URGENT  P1       1     1   1    1    1   (December in Shanghai)
   *  9  2025-04-01 00:00:00      2025-03-31 16:00     B         B         X     URGENT  P1       1     1   1    1    1   (April in Shanghai)
   *
   * Q1 (2025-01-01 … 2025-03-31) holds #1–#6. #3 is February in UTC but March in Shanghai, so February has none.
   */
  const quarter = async () => {
    const zhou = await buildUser(ds(), [Role.PRESALES], 'Zhou Yu 周瑜');
    const bai = await buildUser(ds(), [Role.PRESALES], 'Bai Lin 白林');
    const chen = await buildUser(ds(), [Role.PRESALES], 'Chen Jie 陈杰');
    const X = (await buildCustomer(ds())).id;
    const Y = (await buildCustomer(ds())).id;
    const [Z, B, C] = [zhou.id, bai.id, chen.id];
    await survey({ answered: '2025-01-01T00:00:00+08:00', engineer: Z, customer: X, priority: 'URGENT', product: 'P1', scores: [5, 5, 4, 4] });
    await survey({ answered: '2025-01-31T23:30:00+08:00', engineer: Z, assignee: B, customer: Y, priority: 'HIGH', product: 'P2', scores: [3, 4, 4, 5] });
    await survey({ answered: '2025-03-01T00:10:00+08:00', engineer: B, customer: X, priority: 'HIGH', product: 'P1', scores: [5, 5, 5, 5] });
    await survey({ answered: '2025-03-31T23:59:59+08:00', engineer: B, customer: Y, priority: 'MEDIUM', product: 'P1', scores: [2, 3, 3, 4] });
    await survey({ answered: '2025-03-15T10:00:00+08:00', engineer: C, customer: X, priority: 'LOW', product: 'P2', scores: [4, 4, 4, 4] });
    await survey({ answered: '2025-03-20T10:00:00+08:00', engineer: null, customer: Y, priority: 'MEDIUM', product: 'P2', scores: [1, 2, 3, 2] });
    await survey({ answered: null, engineer: Z, customer: X, priority: 'URGENT', product: 'P1', scores: [5, 5, 5, 5] });
    await survey({ answered: '2024-12-31T23:59:59+08:00', engineer: Z, customer: X, priority: 'URGENT', product: 'P1', scores: [1, 1, 1, 1] });
    await survey({ answered: '2025-04-01T00:00:00+08:00', engineer: B, customer: X, priority: 'URGENT', product: 'P1', scores: [1, 1, 1, 1] });
    return { zhou, bai, chen, Z, B, C, X, Y };
  };

  const closeTo = (actual: number | null, expected: number) => expect(actual).toBeCloseTo(expected, 10);
  const expectScores = (actual: Scores & { overall?: number | null }, expected: [answered: number, speed: number, res: number, prof: number, att: number, overall?: number]) => {
    expect(actual.answered).toBe(expected[0]);
    closeTo(actual.responseSpeed, expected[1]);
    closeTo(actual.resolution, expected[2]);
    closeTo(actual.professionalism, expected[3]);
    closeTo(actual.attitude, expected[4]);
    if (expected[5] !== undefined) closeTo(actual.overall ?? null, expected[5]);
  };

  it('computes the quarter by hand: overall, per engineer and per month', async () => {
    const { Z, B, C } = await quarter();
    const result = await figures(await as(await buildUser(ds(), [Role.PRESALES_MANAGER])), Q1);

    // #1–#6: speed (5+3+5+2+4+1)/6 = 20/6; resolution (5+4+5+3+4+2)/6 = 23/6; professionalism
    // (4+4+5+3+4+3)/6 = 23/6; attitude (4+5+5+4+4+2)/6 = 4. #7 unanswered, #8 #9 outside.
    expectScores(result.overall, [6, 20 / 6, 23 / 6, 23 / 6, 4]);
    expect(Object.keys(result.overall).sort()).toEqual(['answered', 'attitude', 'professionalism', 'resolution', 'responseSpeed']);

    // Zhou #1 #2 (#2 although the ticket is Bai's now): speed 4, res 4.5, prof 4, att 4.5, overall (4.5+4)/2 = 4.25.
    // Bai #3 #4: speed 3.5, res 4, prof 4, att 4.5, overall (5+3)/2 = 4. Chen #5: all 4, overall 4.
    // #6 names no engineer: in the overall figures only. Order: Zhou 4.25, then the tie at 4 by name: Bai, Chen.
    expect(result.perEngineer.map((row) => [row.engineerId, row.engineerName])).toEqual([
      [Z, 'Zhou Yu 周瑜'],
      [B, 'Bai Lin 白林'],
      [C, 'Chen Jie 陈杰'],
    ]);
    expectScores(result.perEngineer[0], [2, 4, 4.5, 4, 4.5, 4.25]);
    expectScores(result.perEngineer[1], [2, 3.5, 4, 4, 4.5, 4]);
    expectScores(result.perEngineer[2], [1, 4, 4, 4, 4, 4]);

    // January #1 #2: as Zhou above. February: none. March #3 #4 #5 #6: speed (5+2+4+1)/4 = 3,
    // res (5+3+4+2)/4 = 3.5, prof (5+3+4+3)/4 = 3.75, att (5+4+4+2)/4 = 3.75, overall (5+3+4+2)/4 = 3.5.
    expect(result.trend.map((point) => point.month)).toEqual(['2025-01', '2025-02', '2025-03']);
    expectScores(result.trend[0], [2, 4, 4.5, 4, 4.5, 4.25]);
    expect(result.trend[1]).toEqual({ month: '2025-02', ...EMPTY, overall: null });
    expectScores(result.trend[2], [4, 3, 3.5, 3.75, 3.75, 3.5]);
  });

  it('filters by priority, customer, product and the survey’s engineer', async () => {
    const { Z, B, C, X } = await quarter();
    const manager = await as(await buildUser(ds(), [Role.TECH_DIRECTOR]));

    // HIGH: #2 (Zhou, 3 4 4 5 → 4) and #3 (Bai, 5 5 5 5 → 5). Overall: speed 4, res 4.5, prof 4.5, att 5. Bai first.
    const high = await figures(manager, { ...Q1, priority: 'HIGH' });
    expectScores(high.overall, [2, 4, 4.5, 4.5, 5]);
    expect(high.perEngineer.map((row) => [row.engineerId, row.overall])).toEqual([
      [B, 5],
      [Z, 4],
    ]);
    // January #2, March #3.
    expect(high.trend.map((point) => [point.month, point.answered, point.overall])).toEqual([
      ['2025-01', 1, 4],
      ['2025-02', 0, null],
      ['2025-03', 1, 5],
    ]);

    // Customer X: #1 #3 #5. speed (5+5+4)/3 = 14/3, res 14/3, prof (4+5+4)/3 = 13/3, att 13/3.
    const customerX = await figures(manager, { ...Q1, customerId: X });
    expectScores(customerX.overall, [3, 14 / 3, 14 / 3, 13 / 3, 13 / 3]);
    // Bai #3 → 5; Zhou #1 → 4.5; Chen #5 → 4.
    expect(customerX.perEngineer.map((row) => [row.engineerId, row.answered, row.overall])).toEqual([
      [B, 1, 5],
      [Z, 1, 4.5],
      [C, 1, 4],
    ]);

    // Product P2: #2 #5 #6. speed (3+4+1)/3 = 8/3, res (4+4+2)/3 = 10/3, prof (4+4+3)/3 = 11/3, att (5+4+2)/3 = 11/3.
    // Per engineer: Zhou #2 → 4, Chen #5 → 4: a tie, by name Chen then Zhou; #6 has no engineer.
    const p2 = await figures(manager, { ...Q1, product: 'P2' });
    expectScores(p2.overall, [3, 8 / 3, 10 / 3, 11 / 3, 11 / 3]);
    expect(p2.perEngineer.map((row) => [row.engineerId, row.overall])).toEqual([
      [C, 4],
      [Z, 4],
    ]);

    // Engineer Bai: the surveys about Bai, #3 #4 — not #2, whose ticket Bai holds now.
    const bai = await figures(manager, { ...Q1, engineerId: B });
    expectScores(bai.overall, [2, 3.5, 4, 4, 4.5]);
    expect(bai.perEngineer.map((row) => row.engineerId)).toEqual([B]);
    expect(bai.trend.map((point) => [point.month, point.answered, point.overall])).toEqual([
      ['2025-01', 0, null],
      ['2025-02', 0, null],
      ['2025-03', 2, 4],
    ]);

    // Filters combine: Bai's P2 surveys: none. Every month still there, empty.
    const none = await figures(manager, { ...Q1, engineerId: B, product: 'P2' });
    expect(none).toEqual({
      overall: EMPTY,
      perEngineer: [],
      trend: ['2025-01', '2025-02', '2025-03'].map((month) => ({ month, ...EMPTY, overall: null })),
    });
  });

  it('counts days and months in Shanghai time, not UTC', async () => {
    await quarter();
    const gm = await as(await buildUser(ds(), [Role.GM]));
    const answered = async (from: string, to: string) => (await figures(gm, { from, to })).trend.map((point) => [point.month, point.answered]);
    // 2025-01-01 alone: #1 (UTC 2024-12-31).
    expect(await answered('2025-01-01', '2025-01-01')).toEqual([['2025-01', 1]]);
    // 2024-12-31 alone: #8 (Shanghai 23:59:59), not #1.
    expect(await answered('2024-12-31', '2024-12-31')).toEqual([['2024-12', 1]]);
    // Across the year: #8 in December, #1 in January; the period covers two months.
    expect(await answered('2024-12-31', '2025-01-01')).toEqual([
      ['2024-12', 1],
      ['2025-01', 1],
    ]);
    // 2025-02-28 alone: nothing — #3 was answered at 16:10 UTC that day, which is 03-01 in Shanghai.
    expect(await answered('2025-02-28', '2025-02-28')).toEqual([['2025-02', 0]]);
    expect(await answered('2025-03-01', '2025-03-01')).toEqual([['2025-03', 1]]);
    // 2025-03-31 … 2025-04-01: #4 (23:59:59) in March, #9 (00:00:00, UTC March) in April.
    expect(await answered('2025-03-31', '2025-04-01')).toEqual([
      ['2025-03', 1],
      ['2025-04', 1],
    ]);
  });

  it('lets managers see all, an engineer only the surveys about them, and nobody else', async () => {
    const { zhou, B } = await quarter();
    for (const role of [Role.PRESALES_MANAGER, Role.TECH_DIRECTOR, Role.GM]) {
      expect((await figures(await as(await buildUser(ds(), [role])), Q1)).overall.answered).toBe(6);
    }
    // Zhou: #1 #2, even when asking for everyone or for Bai.
    const own = await as(zhou);
    for (const filter of [Q1, { ...Q1, engineerId: B }]) {
      const result = await figures(own, filter);
      expectScores(result.overall, [2, 4, 4.5, 4, 4.5]);
      expect(result.perEngineer.map((row) => row.engineerId)).toEqual([zhou.id]);
    }
    // An engineer who is also a manager sees what a manager sees.
    expect((await figures(await as(await buildUser(ds(), [Role.PRESALES, Role.PRESALES_MANAGER])), Q1)).overall.answered).toBe(6);

    for (const role of [Role.SALES, Role.RND, Role.CUSTOMER]) {
      const response = await (await as(await buildUser(ds(), [role]))).request(FIGURES, { filter: Q1 });
      expect(codes(response)).toEqual(['FORBIDDEN']);
      expect(response.data).toBeNull();
    }
    expect(codes(await (await as(null)).request(FIGURES, { filter: Q1 }))).toEqual(['UNAUTHENTICATED']);
  });

  it('validates the period and the ids', async () => {
    const gm = await as(await buildUser(ds(), [Role.GM]));
    const fieldsOf = (filter: Record<string, unknown>) => validationFields(gm, FIGURES, { filter });
    expect(await fieldsOf({ from: '2025-02-29', to: '2025-03-01' })).toEqual({ from: 'INVALID_DAY' });
    expect(await fieldsOf({ from: '2025-03-02', to: '2025-03-01' })).toEqual({ to: 'BEFORE_FROM' });
    // 2024-01-01 … 2025-01-01 is 366 + 1 = 367 days (2024 is a leap year).
    expect(await fieldsOf({ from: '2024-01-01', to: '2025-01-01' })).toEqual({ to: 'PERIOD_TOO_LONG' });
    expect(await fieldsOf({ ...Q1, customerId: 'x', engineerId: 'y' })).toEqual({ customerId: 'INVALID_ID', engineerId: 'INVALID_ID' });
    // The longest period: 13 calendar months touched, each a trend point.
    const year = await figures(gm, { from: '2024-01-15', to: '2025-01-14' });
    expect(year.trend.map((point) => point.month)).toEqual([...Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, '0')}`), '2025-01']);
  });
});
