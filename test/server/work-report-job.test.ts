import { describe, expect, it } from 'vitest';
import { isCalendarDay } from '../../server/src/platform/company-calendar';
import { type BusinessCalendarRules, DEFAULT_CALENDAR } from '../../server/src/modules/sla/business-calendar';
import { Role } from '../../server/src/modules/users/role.enum';
import type { User } from '../../server/src/modules/users/user.entity';
import { previousMonth, reachedFirstWorkingDay } from '../../server/src/modules/work-reports/first-working-day';
import { MonthlyWorkReportJob } from '../../server/src/modules/work-reports/work-report.job';
import { buildCustomer, buildUser } from '../helpers/factories';
import { serverSuite } from '../helpers/server-suite';

/** China 2025–2026, as the State Council announced: National Day with Mid-Autumn, and New Year 2026. */
const CHINA: BusinessCalendarRules = {
  ...DEFAULT_CALENDAR,
  holidays: ['2025-10-01', '2025-10-02', '2025-10-03', '2025-10-04', '2025-10-05', '2025-10-06', '2025-10-07', '2025-10-08', '2026-01-01', '2026-01-02', '2026-01-03'],
  makeUpWorkdays: ['2025-09-28', '2025-10-11', '2026-01-04'],
};

/** The days of a month (YYYY-MM) on which the first working day is reached, not the day before: there must be exactly one. */
const firstWorkingDays = (rules: BusinessCalendarRules, month: string): string[] => {
  const days = Array.from({ length: 31 }, (_, index) => `${month}-${String(index + 1).padStart(2, '0')}`).filter(isCalendarDay);
  return days.filter((day, index) => reachedFirstWorkingDay(rules, day) && (index === 0 || !reachedFirstWorkingDay(rules, days[index - 1])));
};

describe('the first working day of a month', () => {
  it('is the 1st when the 1st is worked', () => {
    expect(firstWorkingDays(CHINA, '2025-09')).toEqual(['2025-09-01']); // a Monday
    expect(firstWorkingDays(CHINA, '2025-12')).toEqual(['2025-12-01']); // a Monday
  });

  it('comes after a holiday: National Day 2025 (1–8 October) makes it Thursday 9 October', () => {
    expect(firstWorkingDays(CHINA, '2025-10')).toEqual(['2025-10-09']);
    // On the default calendar, which has no holidays, it is Wednesday 1 October.
    expect(firstWorkingDays(DEFAULT_CALENDAR, '2025-10')).toEqual(['2025-10-01']);
  });

  it('comes after a weekend: November 2025 starts on a Saturday, so Monday the 3rd', () => {
    expect(firstWorkingDays(CHINA, '2025-11')).toEqual(['2025-11-03']);
  });

  it('is a make-up workday when one comes first: Sunday 4 January 2026, or a weekend 1st made up', () => {
    expect(firstWorkingDays(CHINA, '2026-01')).toEqual(['2026-01-04']);
    // 1 February 2026 is a Sunday: worked when it is a make-up workday, otherwise Monday the 2nd is first.
    expect(firstWorkingDays({ ...CHINA, makeUpWorkdays: ['2026-02-01'] }, '2026-02')).toEqual(['2026-02-01']);
    expect(firstWorkingDays(CHINA, '2026-02')).toEqual(['2026-02-02']);
  });

  it('names the month before, across a year', () => {
    expect(previousMonth('2025-10-09')).toBe('2025-09');
    expect(previousMonth('2026-01-04')).toBe('2025-12');
  });
});

describe('the monthly work-report job', () => {
  const suite = serverSuite();
  const ds = () => suite.server.dataSource;
  /** Another instance's job: the same handler over the same database. */
  const job = () => new MonthlyWorkReportJob(ds(), suite.server.services.workReports);
  const stored = () => ds().query('SELECT month, scope, engineer_id, generated_by_id FROM work_report ORDER BY scope, engineer_id') as Promise<Record<string, unknown>[]>;

  /** Engineers 甲 and 乙 (active) and an inactive one; 甲 has one ticket in `month`, created mid-month. */
  const team = async (month: string): Promise<{ jia: User; yi: User }> => {
    const jia = await buildUser(ds(), [Role.PRESALES], '甲');
    const yi = await buildUser(ds(), [Role.PRESALES], '乙');
    const gone = await buildUser(ds(), [Role.PRESALES], '离职');
    await ds().query('UPDATE app_user SET active = false WHERE id = $1', [gone.id]);
    const creator = await buildUser(ds(), [Role.PRESALES_MANAGER]);
    const [policy] = (await ds().query('SELECT id FROM sla_policy WHERE is_default')) as { id: string }[];
    await ds().query(
      `INSERT INTO ticket (number, channel, customer_id, title, description, category, priority, assignee_id, created_by_id, sla_policy_id, created_at)
       VALUES ('TS-2025-000001', 'PHONE', $1, '题目', '描述', 'FAULT', 'MEDIUM', $2, $3, $4, $5)`,
      [(await buildCustomer(ds())).id, jia.id, creator.id, policy.id, `${month}-15T10:00:00+08:00`],
    );
    return { jia, yi };
  };

  it("stores the previous month's report of every active engineer and of the TEAM on the first working day, once", async () => {
    const { jia, yi } = await team('2025-08');
    // Two instances on the first working day: three reports between them, whichever stores which.
    const counts = await Promise.all([job().runOn('2025-09-01'), job().runOn('2025-09-01')]);
    expect(counts[0] + counts[1]).toBe(3);
    // Run again (a retry), and on the days after: nothing more.
    expect(await job().runOn('2025-09-01')).toBe(0);
    expect(await job().runOn('2025-09-02')).toBe(0);
    expect(await stored()).toEqual(
      expect.arrayContaining([
        { month: '2025-08', scope: 'ENGINEER', engineer_id: jia.id, generated_by_id: null },
        { month: '2025-08', scope: 'ENGINEER', engineer_id: yi.id, generated_by_id: null },
        { month: '2025-08', scope: 'TEAM', engineer_id: null, generated_by_id: null },
      ]),
    );
    expect(await stored()).toHaveLength(3);
    expect(await ds().query(`SELECT actor_id FROM event WHERE type = 'WORK_REPORT_GENERATED'`)).toEqual([{ actor_id: null }, { actor_id: null }, { actor_id: null }]);

    // The reports as managers read them: no one generated them; the TEAM's lines are the engineers' reports.
    const manager = await suite.as(await buildUser(ds(), [Role.GM]));
    const response = await manager.request<{ workReports: { scope: string; engineerName: string | null; generatedBy: string | null; figures: { ticketsAssigned: number }; members: { engineerName: string; figures: { ticketsAssigned: number } }[] }[] }>(
      `query { workReports(month: "2025-08") { scope engineerName generatedBy figures { ticketsAssigned } members { engineerName figures { ticketsAssigned } } } }`,
    );
    expect(response.data!.workReports).toEqual([
      { scope: 'TEAM', engineerName: null, generatedBy: null, figures: { ticketsAssigned: 1 }, members: [{ engineerName: '甲', figures: { ticketsAssigned: 1 } }, { engineerName: '乙', figures: { ticketsAssigned: 0 } }] },
      { scope: 'ENGINEER', engineerName: '甲', generatedBy: null, figures: { ticketsAssigned: 1 }, members: [] },
      { scope: 'ENGINEER', engineerName: '乙', generatedBy: null, figures: { ticketsAssigned: 0 }, members: [] },
    ]);
  });

  it('makes up a first working day on which no instance ran, the next day', async () => {
    await team('2025-08');
    expect(await job().runOn('2025-09-02')).toBe(3);
    expect(await job().runOn('2025-09-03')).toBe(0);
  });

  it('keeps a report generated on demand before the job ran', async () => {
    const { jia } = await team('2025-08');
    const onDemand = await suite.server.services.workReports.generate(jia, '2025-08', jia.id);
    expect(await job().runOn('2025-09-01')).toBe(2); // 乙 and the TEAM
    const [own] = (await ds().query('SELECT id, generated_by_id FROM work_report WHERE engineer_id = $1', [jia.id])) as { id: string; generated_by_id: string }[];
    expect(own).toEqual({ id: onDemand.id, generated_by_id: jia.id });
  });

  it("reads the default SLA policy's calendar: after National Day, on 9 October", async () => {
    await team('2025-09');
    const [calendar] = (await ds().query('SELECT c.id, c.holidays, c.make_up_workdays FROM business_calendar c JOIN sla_policy p ON p.calendar_id = c.id WHERE p.is_default')) as {
      id: string;
      holidays: string[];
      make_up_workdays: string[];
    }[];
    await ds().query('UPDATE business_calendar SET holidays = $2, make_up_workdays = $3 WHERE id = $1', [calendar.id, CHINA.holidays, CHINA.makeUpWorkdays]);
    try {
      for (const day of ['2025-10-01', '2025-10-02', '2025-10-08']) expect(await job().runOn(day)).toBe(0);
      expect(await job().runOn('2025-10-09')).toBe(3);
      expect(await stored()).toHaveLength(3);
      expect((await stored()).every((row) => row.month === '2025-09')).toBe(true);
      expect(await job().runOn('2025-10-10')).toBe(0);
    } finally {
      await ds().query('UPDATE business_calendar SET holidays = $2, make_up_workdays = $3 WHERE id = $1', [calendar.id, calendar.holidays, calendar.make_up_workdays]);
    }
  });

  it('is scheduled every day at 08:00 Shanghai time', async () => {
    const schedules = (await ds().query(`SELECT cron, timezone FROM pgboss.schedule WHERE name = 'work-report-monthly'`)) as { cron: string; timezone: string }[];
    expect(schedules).toEqual([{ cron: '0 8 * * *', timezone: 'Asia/Shanghai' }]);
  });
});
