import { afterEach, describe, expect, it } from 'vitest';
import { EventRecord } from '../../server/src/platform/events/event.entity';
import { CustomerContract } from '../../server/src/modules/customers/customer-contract.entity';
import { BusinessCalendar } from '../../server/src/modules/sla/business-calendar.entity';
import { SlaClock } from '../../server/src/modules/sla/sla-clock.entity';
import { SlaPolicy } from '../../server/src/modules/sla/sla-policy.entity';
import { SlaClockKind } from '../../server/src/modules/sla/sla.enums';
import { Role } from '../../server/src/modules/users/role.enum';
import type { User } from '../../server/src/modules/users/user.entity';
import { buildCustomer, buildCustomerUser, buildUser } from '../helpers/factories';
import { codes, type GraphQLResponse } from '../helpers/graphql-client';
import { serverSuite } from '../helpers/server-suite';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

const CALENDAR = 'id name timeZone periods { start end } workingWeekdays holidays makeUpWorkdays version';
const POLICY = 'id name isDefault warnAtShare version targets { priority responseMinutes resolutionMinutes } calendar { id }';
const SAVE_CALENDAR = `mutation($input: SaveBusinessCalendarInput!) { saveBusinessCalendar(input: $input) { ${CALENDAR} } }`;
const SAVE_POLICY = `mutation($input: SaveSlaPolicyInput!) { saveSlaPolicy(input: $input) { ${POLICY} } }`;
const CREATE_TICKET = 'mutation($input: CreateTicketInput!) { createTicket(input: $input) { id } }';

interface Calendar {
  id: string;
  name: string;
  timeZone: string;
  periods: { start: string; end: string }[];
  workingWeekdays: number[];
  holidays: string[];
  makeUpWorkdays: string[];
  version: number;
}

interface Target {
  priority: string;
  responseMinutes: number;
  resolutionMinutes: number;
}

interface Policy {
  id: string;
  name: string;
  isDefault: boolean;
  warnAtShare: number;
  version: number;
  targets: Target[];
  calendar: { id: string };
}

const CHINA_2026 = {
  name: '2026 中国工作日',
  timeZone: 'Asia/Shanghai',
  periods: [
    { start: '13:30', end: '18:00' },
    { start: '09:00', end: '12:00' },
  ],
  workingWeekdays: [5, 1, 2, 3, 4],
  holidays: ['2026-10-01', '2026-10-02', '2026-10-01'],
  makeUpWorkdays: ['2026-10-10', '2026-09-27'],
};

const TARGETS: Target[] = [
  { priority: 'LOW', responseMinutes: 240, resolutionMinutes: 4800 },
  { priority: 'URGENT', responseMinutes: 15, resolutionMinutes: 240 },
  { priority: 'HIGH', responseMinutes: 30, resolutionMinutes: 480 },
  { priority: 'MEDIUM', responseMinutes: 120, resolutionMinutes: 2400 },
];

describe('SLA administration: business calendars and policies (SPEC §1, §7)', () => {
  const suite = serverSuite();
  const { as } = suite;
  const ds = () => suite.server.dataSource;
  const ok = <K extends string, T>(response: GraphQLResponse<Record<K, T>>, key: K): T => {
    expect(response.errors).toBeUndefined();
    return response.data![key];
  };
  const fields = (response: GraphQLResponse) => {
    expect(codes(response)).toEqual(['VALIDATION']);
    return response.errors![0].extensions!.fields;
  };
  const admin = async () => as(await buildUser(ds(), [Role.ADMIN]));
  const saveCalendar = async (user: User | null, input: Record<string, unknown>) => (await as(user)).request<{ saveBusinessCalendar: Calendar }>(SAVE_CALENDAR, { input });
  const savePolicy = async (user: User | null, input: Record<string, unknown>) => (await as(user)).request<{ saveSlaPolicy: Policy }>(SAVE_POLICY, { input });
  const defaultPolicy = () => ds().getRepository(SlaPolicy).findOneByOrFail({ isDefault: true });
  /** Rows in the SLA tables, which the truncation between tests spares. */
  const slaRows = async () => [await ds().getRepository(BusinessCalendar).count(), await ds().getRepository(SlaPolicy).count()];
  const policyInput = async (extra: Record<string, unknown> = {}) => ({ name: '金牌服务', calendarId: (await defaultPolicy()).calendarId, targets: TARGETS, warnAtShare: 0.75, ...extra });

  // The truncation between tests spares the SLA tables (the migration's defaults must survive):
  // this file removes what it made.
  afterEach(async () => {
    const standard = await defaultPolicy();
    await ds().getRepository(SlaPolicy).delete({ isDefault: false });
    await ds().createQueryBuilder().delete().from(BusinessCalendar).where('id <> :id', { id: standard.calendarId }).execute();
  });

  it('both mutations: UNAUTHENTICATED without a session, FORBIDDEN for everyone but ADMIN', async () => {
    const calendarId = (await defaultPolicy()).calendarId;
    const rowsBefore = await slaRows();
    expect(codes(await saveCalendar(null, CHINA_2026))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await savePolicy(null, await policyInput()))).toEqual(['UNAUTHENTICATED']);
    const customer = await buildCustomer(ds());
    const others = [
      ...(await Promise.all([Role.PRESALES_MANAGER, Role.GM, Role.TECH_DIRECTOR, Role.TESTER, Role.SALES].map((role) => buildUser(ds(), [role])))),
      await buildCustomerUser(ds(), customer),
    ];
    for (const user of others) {
      expect(codes(await saveCalendar(user, CHINA_2026))).toEqual(['FORBIDDEN']);
      expect(codes(await saveCalendar(user, { ...CHINA_2026, id: calendarId, expectedVersion: 1 }))).toEqual(['FORBIDDEN']);
      expect(codes(await savePolicy(user, await policyInput()))).toEqual(['FORBIDDEN']);
    }
    expect(await slaRows()).toEqual(rowsBefore);
  });

  describe('business calendars', () => {
    it('ADMIN creates one: periods in order, days sorted without repeats; recorded as BUSINESS_CALENDAR_CHANGED', async () => {
      const user = await buildUser(ds(), [Role.ADMIN]);
      const calendar = ok(await saveCalendar(user, CHINA_2026), 'saveBusinessCalendar');
      expect(calendar).toEqual({
        id: expect.any(String),
        name: '2026 中国工作日',
        timeZone: 'Asia/Shanghai',
        periods: [
          { start: '09:00', end: '12:00' },
          { start: '13:30', end: '18:00' },
        ],
        workingWeekdays: [1, 2, 3, 4, 5],
        holidays: ['2026-10-01', '2026-10-02'],
        makeUpWorkdays: ['2026-09-27', '2026-10-10'],
        version: 1,
      });
      const listed = ok(await (await as(await buildUser(ds(), [Role.PRESALES]))).request<{ businessCalendars: { id: string }[] }>('{ businessCalendars { id } }'), 'businessCalendars');
      expect(listed.map((row) => row.id)).toContain(calendar.id);
      const events = await ds().getRepository(EventRecord).findBy({ type: 'BUSINESS_CALENDAR_CHANGED' });
      expect(events.map((event) => [event.entityType, event.entityId, event.projectId, event.actorId, event.payload])).toEqual([['BusinessCalendar', calendar.id, null, user.id, { action: 'CREATED' }]]);
    });

    it('accepts a daylight-saving zone, a period up to 24:00 and touching periods', async () => {
      const api = await admin();
      const calendar = ok(
        await api.request<{ saveBusinessCalendar: Calendar }>(SAVE_CALENDAR, {
          input: { ...CHINA_2026, name: 'Berlin late shift', timeZone: 'Europe/Berlin', periods: [{ start: '18:00', end: '24:00' }, { start: '12:00', end: '18:00' }], holidays: [], makeUpWorkdays: [] },
        }),
        'saveBusinessCalendar',
      );
      expect(calendar).toMatchObject({ timeZone: 'Europe/Berlin', periods: [{ start: '12:00', end: '18:00' }, { start: '18:00', end: '24:00' }] });
    });

    it('refuses bad zones, periods, weekdays and days, naming each field', async () => {
      const api = await admin();
      const rowsBefore = await slaRows();
      const check = async (input: Record<string, unknown>) => fields(await api.request(SAVE_CALENDAR, { input: { ...CHINA_2026, ...input } }));
      expect(await check({ name: ' ', timeZone: 'Mars/Olympus_Mons' })).toEqual({ name: 'REQUIRED', timeZone: 'UNKNOWN_TIME_ZONE' });
      expect(await check({ timeZone: '' })).toEqual({ timeZone: 'REQUIRED' });
      expect(await check({ periods: [] })).toEqual({ periods: 'REQUIRED' });
      expect(await check({ periods: [{ start: '9:00', end: '12:60' }] })).toEqual({ 'periods.0.start': 'INVALID_TIME', 'periods.0.end': 'INVALID_TIME' });
      expect(await check({ periods: [{ start: '24:00', end: '24:00' }] })).toEqual({ 'periods.0.start': 'INVALID_TIME' });
      expect(await check({ periods: [{ start: '09:00', end: '12:00' }, { start: '14:00', end: '14:00' }, { start: '18:00', end: '17:00' }] })).toEqual({
        'periods.1.end': 'NOT_AFTER_START',
        'periods.2.end': 'NOT_AFTER_START',
      });
      expect(await check({ periods: [{ start: '13:00', end: '18:00' }, { start: '09:00', end: '13:30' }] })).toEqual({ periods: 'OVERLAP' });
      expect(await check({ periods: [{ start: '09:00', end: '18:00' }, { start: '12:00', end: '13:00' }] })).toEqual({ periods: 'OVERLAP' });
      expect(await check({ workingWeekdays: [] })).toEqual({ workingWeekdays: 'REQUIRED' });
      expect(await check({ workingWeekdays: [0, 1, 8, 1] })).toEqual({ 'workingWeekdays.0': 'OUT_OF_RANGE', 'workingWeekdays.2': 'OUT_OF_RANGE', 'workingWeekdays.3': 'DUPLICATE' });
      expect(await check({ holidays: ['2026-02-29', '2026/10/01', '2026-10-01'], makeUpWorkdays: ['2026-9-27'] })).toEqual({
        'holidays.0': 'INVALID_DATE',
        'holidays.1': 'INVALID_DATE',
        'makeUpWorkdays.0': 'INVALID_DATE',
      });
      expect(await check({ holidays: ['2026-10-01'], makeUpWorkdays: ['2026-09-27', '2026-10-01'] })).toEqual({ 'makeUpWorkdays.1': 'ALSO_HOLIDAY' });
      expect(await slaRows()).toEqual(rowsBefore);
    });

    it('updates are compare-and-set on version: stale → CONFLICT, without version → VALIDATION, unknown → NOT_FOUND', async () => {
      const api = await admin();
      const created = ok(await api.request<{ saveBusinessCalendar: Calendar }>(SAVE_CALENDAR, { input: CHINA_2026 }), 'saveBusinessCalendar');
      const changed = ok(
        await api.request<{ saveBusinessCalendar: Calendar }>(SAVE_CALENDAR, { input: { ...CHINA_2026, id: created.id, expectedVersion: 1, holidays: ['2026-10-01', '2026-10-02', '2026-10-05'] } }),
        'saveBusinessCalendar',
      );
      expect(changed).toMatchObject({ id: created.id, version: 2, holidays: ['2026-10-01', '2026-10-02', '2026-10-05'] });
      expect(codes(await api.request(SAVE_CALENDAR, { input: { ...CHINA_2026, id: created.id, expectedVersion: 1, name: '过时' } }))).toEqual(['CONFLICT']);
      expect(fields(await api.request(SAVE_CALENDAR, { input: { ...CHINA_2026, id: created.id } }))).toEqual({ expectedVersion: 'REQUIRED' });
      expect(codes(await api.request(SAVE_CALENDAR, { input: { ...CHINA_2026, id: UNKNOWN, expectedVersion: 1 } }))).toEqual(['NOT_FOUND']);
      expect(codes(await api.request(SAVE_CALENDAR, { input: { ...CHINA_2026, id: 'nope', expectedVersion: 1 } }))).toEqual(['NOT_FOUND']);
      expect(await ds().getRepository(BusinessCalendar).findOneByOrFail({ id: created.id })).toMatchObject({ name: '2026 中国工作日', version: 2 });
      // Two saves from the same version: exactly one wins.
      const raced = await Promise.all(['甲', '乙'].map((name) => api.request(SAVE_CALENDAR, { input: { ...CHINA_2026, id: created.id, expectedVersion: 2, name } })));
      expect(raced.map((response) => codes(response)).sort()).toEqual([[], ['CONFLICT']]);
    });
  });

  describe('SLA policies', () => {
    it('ADMIN creates a non-default policy: targets by priority, over a calendar; recorded as SLA_POLICY_CHANGED', async () => {
      const user = await buildUser(ds(), [Role.ADMIN]);
      const input = await policyInput();
      const policy = ok(await savePolicy(user, input), 'saveSlaPolicy');
      expect(policy).toEqual({
        id: expect.any(String),
        name: '金牌服务',
        isDefault: false,
        warnAtShare: 0.75,
        version: 1,
        targets: ['URGENT', 'HIGH', 'MEDIUM', 'LOW'].map((priority) => TARGETS.find((target) => target.priority === priority)),
        calendar: { id: input.calendarId },
      });
      const listed = ok(await (await as(await buildUser(ds(), [Role.SALES]))).request<{ slaPolicies: { name: string; isDefault: boolean }[] }>('{ slaPolicies { name isDefault } }'), 'slaPolicies');
      expect(listed[0]).toEqual({ name: 'Standard', isDefault: true }); // the default first
      expect(listed).toContainEqual({ name: '金牌服务', isDefault: false });
      const events = await ds().getRepository(EventRecord).findBy({ type: 'SLA_POLICY_CHANGED' });
      expect(events.map((event) => [event.entityType, event.entityId, event.actorId, event.payload])).toEqual([['SlaPolicy', policy.id, user.id, { action: 'CREATED' }]]);
    });

    it('refuses missing or repeated priorities, bad minutes, response after resolution, a share outside (0, 1), an unknown calendar', async () => {
      const api = await admin();
      const rowsBefore = await slaRows();
      const check = async (extra: Record<string, unknown>) => fields(await api.request(SAVE_POLICY, { input: await policyInput(extra) }));
      const withTarget = (index: number, change: Partial<Target>) => TARGETS.map((target, i) => (i === index ? { ...target, ...change } : target));
      expect(await check({ name: '  ', targets: TARGETS.slice(1) })).toEqual({ name: 'REQUIRED', targets: 'ONE_PER_PRIORITY' });
      expect(await check({ targets: [...TARGETS, TARGETS[0]] })).toEqual({ targets: 'ONE_PER_PRIORITY' });
      expect(await check({ targets: withTarget(1, { priority: 'HIGH' }) })).toEqual({ targets: 'ONE_PER_PRIORITY' }); // two HIGH, no URGENT
      expect(await check({ targets: withTarget(0, { responseMinutes: 0, resolutionMinutes: -5 }) })).toEqual({
        'targets.0.responseMinutes': 'NOT_POSITIVE_INTEGER',
        'targets.0.resolutionMinutes': 'NOT_POSITIVE_INTEGER',
      });
      expect(await check({ targets: withTarget(2, { responseMinutes: 600, resolutionMinutes: 480 }) })).toEqual({ 'targets.2.resolutionMinutes': 'LESS_THAN_RESPONSE' });
      for (const warnAtShare of [0, 1, 1.5, -0.2]) expect(await check({ warnAtShare })).toEqual({ warnAtShare: 'OUT_OF_RANGE' });
      expect(await check({ calendarId: UNKNOWN })).toEqual({ calendarId: 'NOT_FOUND' });
      // Whole minutes only: the schema itself refuses a fraction.
      const fraction = await api.request(SAVE_POLICY, { input: await policyInput({ targets: withTarget(0, { responseMinutes: 1.5 }) }) });
      expect(fraction.errors).toHaveLength(1);
      expect(await slaRows()).toEqual(rowsBefore);
    });

    it('updates are compare-and-set; clocks already started keep their targets, new tickets get the new ones', async () => {
      const api = await admin();
      const policy = ok(await api.request<{ saveSlaPolicy: Policy }>(SAVE_POLICY, { input: await policyInput() }), 'saveSlaPolicy');
      const customer = await buildCustomer(ds());
      await ds().getRepository(CustomerContract).insert({ customerId: customer.id, number: 'HT-1', startsOn: '2000-01-01', serviceExpiresOn: '2999-12-31', slaPolicyId: policy.id });
      const engineer = await as(await buildUser(ds(), [Role.PRESALES]));
      const file = async () => {
        const response = await engineer.request<{ createTicket: { id: string } }>(CREATE_TICKET, {
          input: { channel: 'PHONE', customerId: customer.id, title: '登录失败', description: '所有运维人员无法登录', category: 'FAULT', priority: 'HIGH' },
        });
        return ok(response, 'createTicket').id;
      };
      const responseTarget = async (ticketId: string) => (await ds().getRepository(SlaClock).findOneByOrFail({ ticketId, kind: SlaClockKind.RESPONSE })).targetMinutes;
      const before = await file();
      expect(await responseTarget(before)).toBe(30);

      const faster = TARGETS.map((target) => (target.priority === 'HIGH' ? { ...target, responseMinutes: 10 } : target));
      const updated = ok(await api.request<{ saveSlaPolicy: Policy }>(SAVE_POLICY, { input: await policyInput({ id: policy.id, expectedVersion: 1, name: '金牌服务 2.0', targets: faster }) }), 'saveSlaPolicy');
      expect(updated).toMatchObject({ id: policy.id, name: '金牌服务 2.0', version: 2, isDefault: false });
      expect(updated.targets.find((target) => target.priority === 'HIGH')).toEqual({ priority: 'HIGH', responseMinutes: 10, resolutionMinutes: 480 });
      expect(await responseTarget(before)).toBe(30);
      expect(await responseTarget(await file())).toBe(10);

      expect(codes(await api.request(SAVE_POLICY, { input: await policyInput({ id: policy.id, expectedVersion: 1 }) }))).toEqual(['CONFLICT']);
      expect(fields(await api.request(SAVE_POLICY, { input: await policyInput({ id: policy.id }) }))).toEqual({ expectedVersion: 'REQUIRED' });
      expect(codes(await api.request(SAVE_POLICY, { input: await policyInput({ id: UNKNOWN, expectedVersion: 1 }) }))).toEqual(['NOT_FOUND']);
      expect(await ds().getRepository(SlaPolicy).findOneByOrFail({ id: policy.id })).toMatchObject({ name: '金牌服务 2.0', version: 2 });
    });

    it('a policy may run on a calendar of its own', async () => {
      const api = await admin();
      const calendar = ok(await api.request<{ saveBusinessCalendar: Calendar }>(SAVE_CALENDAR, { input: { ...CHINA_2026, workingWeekdays: [1, 2, 3, 4, 5, 6, 7], name: '7×24' } }), 'saveBusinessCalendar');
      const policy = ok(await api.request<{ saveSlaPolicy: Policy }>(SAVE_POLICY, { input: await policyInput({ calendarId: calendar.id }) }), 'saveSlaPolicy');
      expect(policy.calendar).toEqual({ id: calendar.id });
    });
  });
});
