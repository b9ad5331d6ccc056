import { type DataSource, IsNull } from 'typeorm';
import { COMPANY_TIME_ZONE } from '../../platform/company-calendar';
import { inTransaction } from '../../platform/db/transaction';
import { isUuid } from '../../platform/db/uuid';
import type { EventBus } from '../../platform/events/event-bus';
import { forbidden, invalid } from '../../platform/graphql/errors';
import type { PerformanceSettings } from '../complaints/performance-deductions';
import { DASHBOARD_MANAGERS } from '../dashboards/service-desk-figures';
import { Role } from '../users/role.enum';
import type { User } from '../users/user.entity';
import { type Engineer, byName, engineerContent, teamContent } from './work-report.content';
import { WorkReport } from './work-report.entity';
import { WORK_REPORT_GENERATED, WorkReportScope } from './work-report.enums';
import { type EngineerMonth, engineerMonths } from './work-report.figures';
import type { WorkReportContent } from './work-report.types';
import { checkReportMonth } from './report-month';

type Viewer = Pick<User, 'id' | 'roles'>;

/** PRESALES_MANAGER, TECH_DIRECTOR and GM see and generate every report, the TEAM's included. */
const seesEveryReport = (viewer: Viewer): boolean => viewer.roles.some((role) => DASHBOARD_MANAGERS.includes(role));

/** The upsert's conflict target: the partial unique index that holds the row (see WorkReport). */
const conflictTarget = (scope: WorkReportScope): string => (scope === WorkReportScope.ENGINEER ? '(month, engineer_id) WHERE engineer_id IS NOT NULL' : '(month) WHERE engineer_id IS NULL');
const scopeOf = (engineerId: string | null): WorkReportScope => (engineerId === null ? WorkReportScope.TEAM : WorkReportScope.ENGINEER);

/** 工作报告: monthly work reports per engineer and for the support department (TEAM). */
export class WorkReportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly bus: EventBus,
    private readonly settings: PerformanceSettings,
  ) {}

  /** The stored reports of a month the viewer may see: managers every one (TEAM first, then by name); an engineer their own. */
  async list(viewer: Viewer, month: string): Promise<WorkReport[]> {
    checkReportMonth(month);
    const reports = await this.dataSource.getRepository(WorkReport).findBy(seesEveryReport(viewer) ? { month } : { month, engineerId: viewer.id });
    // The TEAM's has no engineer name: '' puts it first.
    const sortKey = (report: WorkReport) => report.content.engineerName ?? '';
    return reports.sort((a, b) => byName(sortKey(a), sortKey(b)));
  }

  /** The stored report of a month, of an engineer or (engineerId null) the TEAM; null while not generated. */
  async find(viewer: Viewer, month: string, engineerId: string | null): Promise<WorkReport | null> {
    checkReportMonth(month);
    this.checkAccess(viewer, engineerId);
    if (engineerId !== null) await this.engineer(engineerId);
    return this.dataSource.getRepository(WorkReport).findOneBy({ month, engineerId: engineerId ?? IsNull() });
  }

  /** What the report says from the records as they are now, stored or not. */
  async compose(viewer: Viewer, month: string, engineerId: string | null): Promise<WorkReportContent> {
    checkReportMonth(month);
    this.checkAccess(viewer, engineerId);
    if (engineerId === null) return teamContent(await this.monthsOf(month, await this.team(month)));
    const [member] = await this.monthsOf(month, [await this.engineer(engineerId)]);
    return engineerContent(member.engineer, member.month);
  }

  /** Generates the report from the records as they are now and stores it, replacing the stored one. */
  async generate(viewer: Viewer, month: string, engineerId: string | null): Promise<WorkReport> {
    const content = await this.compose(viewer, month, engineerId);
    return inTransaction(this.dataSource, this.bus, async ({ manager, record }) => {
      const [{ id }] = (await manager.query(
        `INSERT INTO work_report (month, scope, engineer_id, content, generated_at, generated_by_id) VALUES ($1, $2, $3, $4::jsonb, now(), $5)
         ON CONFLICT ${conflictTarget(scopeOf(engineerId))}
         DO UPDATE SET content = excluded.content, generated_at = excluded.generated_at, generated_by_id = excluded.generated_by_id
         RETURNING id`,
        [month, scopeOf(engineerId), engineerId, JSON.stringify(content), viewer.id],
      )) as { id: string }[];
      await record({ type: WORK_REPORT_GENERATED, projectId: null, entityType: 'WorkReport', entityId: id, actorId: viewer.id, payload: { month, engineerId } });
      return manager.getRepository(WorkReport).findOneByOrFail({ id });
    });
  }

  /** The stored report's content, or what it would say now (the export's rows: a download stores nothing). */
  async contentOf(viewer: Viewer, month: string, engineerId: string | null): Promise<WorkReportContent> {
    return (await this.find(viewer, month, engineerId))?.content ?? this.compose(viewer, month, engineerId);
  }

  /**
   * The monthly job's part: every engineer's report of `month` and the TEAM's, from one reading
   * of the records, stored unless one made after the month ended is there already (a report made
   * during the month is replaced by the whole month's). A second run, or a second instance
   * running it, stores nothing. Returns how many were stored.
   */
  async generateMissing(month: string): Promise<number> {
    const members = await this.monthsOf(month, await this.team(month));
    const team = [{ scope: WorkReportScope.TEAM, engineer_id: null, content: teamContent(members) }];
    const engineers = members.map((member) => ({ scope: WorkReportScope.ENGINEER, engineer_id: member.engineer.id, content: engineerContent(member.engineer, member.month) }));
    return inTransaction(this.dataSource, this.bus, async ({ manager, record }) => {
      const store = async (rows: typeof team | typeof engineers, conflict: string) =>
        (await manager.query(
          `INSERT INTO work_report (month, scope, engineer_id, content, generated_at)
           SELECT $1, r.scope, r.engineer_id, r.content, now() FROM jsonb_to_recordset($2::jsonb) AS r(scope work_report_scope, engineer_id uuid, content jsonb)
           ON CONFLICT ${conflict}
           DO UPDATE SET content = excluded.content, generated_at = excluded.generated_at, generated_by_id = NULL
           WHERE work_report.generated_at < (($1 || '-01')::date + interval '1 month')::timestamp AT TIME ZONE $3
           RETURNING id, engineer_id`,
          [month, JSON.stringify(rows), COMPANY_TIME_ZONE],
        )) as { id: string; engineer_id: string | null }[];
      const stored = [...(await store(team, conflictTarget(WorkReportScope.TEAM))), ...(engineers.length > 0 ? await store(engineers, conflictTarget(WorkReportScope.ENGINEER)) : [])];
      for (const report of stored) {
        await record({ type: WORK_REPORT_GENERATED, projectId: null, entityType: 'WorkReport', entityId: report.id, actorId: null, payload: { month, engineerId: report.engineer_id } });
      }
      return stored.length;
    });
  }

  /** Each engineer with their month, in the order given. */
  private async monthsOf(month: string, engineers: Engineer[]): Promise<{ engineer: Engineer; month: EngineerMonth }[]> {
    const months = await engineerMonths(this.dataSource, this.settings, month, engineers.map((engineer) => engineer.id));
    // engineerMonths answers for every id it is given (its statement starts from them).
    return engineers.map((engineer) => ({ engineer, month: months.get(engineer.id)! }));
  }

  /** Managers: any report. A PRESALES engineer: their own, not the TEAM's nor a colleague's. */
  private checkAccess(viewer: Viewer, engineerId: string | null): void {
    if (seesEveryReport(viewer)) return;
    if (engineerId === null) throw forbidden("see the support department's work report");
    if (engineerId !== viewer.id || !viewer.roles.includes(Role.PRESALES)) throw forbidden("see someone else's work report");
  }

  /** A user with the PRESALES role (active or not: a past month's report of someone who left is still wanted). */
  private async engineer(engineerId: string): Promise<Engineer> {
    const [engineer] = isUuid(engineerId)
      ? ((await this.dataSource.query(`SELECT id, name FROM app_user WHERE id = $1 AND 'PRESALES' = ANY (roles)`, [engineerId])) as Engineer[])
      : [];
    if (!engineer) throw invalid({ engineerId: 'NOT_AN_ENGINEER' });
    return engineer;
  }

  /**
   * The support department in `month`: the users with the PRESALES role who are active, or who
   * worked that month (tickets, reports, tracking entries, surveys) and have left since, by name.
   */
  private async team(month: string): Promise<Engineer[]> {
    const engineers = (await this.dataSource.query(
      `WITH period AS (SELECT ($1 || '-01')::date::timestamp AT TIME ZONE $2 AS starts, (($1 || '-01')::date + interval '1 month')::timestamp AT TIME ZONE $2 AS ends)
       SELECT u.id, u.name FROM app_user u, period
        WHERE 'PRESALES' = ANY (u.roles)
          AND (u.active
               OR EXISTS (SELECT 1 FROM ticket t WHERE t.assignee_id = u.id AND (t.created_at >= starts AND t.created_at < ends OR t.resolved_at >= starts AND t.resolved_at < ends))
               OR EXISTS (SELECT 1 FROM communication_report r WHERE r.author_id = u.id AND r.created_at >= starts AND r.created_at < ends)
               OR EXISTS (SELECT 1 FROM tracking_entry e WHERE e.owner_id = u.id AND e.entry_date >= starts::date AND e.entry_date < ends::date)
               OR EXISTS (SELECT 1 FROM satisfaction_survey s WHERE s.engineer_id = u.id AND s.answered_at >= starts AND s.answered_at < ends))`,
      [month, COMPANY_TIME_ZONE],
    )) as Engineer[];
    return engineers.sort((a, b) => byName(a.name, b.name));
  }
}
