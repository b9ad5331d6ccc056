import { type DataSource, IsNull } from 'typeorm';
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
const conflictTarget = (engineerId: string | null): string => (engineerId ? '(month, engineer_id) WHERE engineer_id IS NOT NULL' : '(month) WHERE engineer_id IS NULL');

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
    if (engineerId) await this.engineer(engineerId);
    return this.dataSource.getRepository(WorkReport).findOneBy({ month, engineerId: engineerId ?? IsNull() });
  }

  /** Generates the report from the records as they are now and stores it, replacing the stored one. */
  async generate(viewer: Viewer, month: string, engineerId: string | null): Promise<WorkReport> {
    checkReportMonth(month);
    this.checkAccess(viewer, engineerId);
    const members = await this.monthsOf(month, engineerId ? [await this.engineer(engineerId)] : await this.team());
    const content = engineerId ? engineerContent(members[0].engineer, members[0].month) : teamContent(members);
    return inTransaction(this.dataSource, this.bus, async ({ manager, record }) => {
      const [{ id }] = (await manager.query(
        `INSERT INTO work_report (month, scope, engineer_id, content, generated_at, generated_by_id) VALUES ($1, $2, $3, $4::jsonb, now(), $5)
         ON CONFLICT ${conflictTarget(engineerId)}
         DO UPDATE SET content = excluded.content, generated_at = excluded.generated_at, generated_by_id = excluded.generated_by_id
         RETURNING id`,
        [month, engineerId ? WorkReportScope.ENGINEER : WorkReportScope.TEAM, engineerId, JSON.stringify(content), viewer.id],
      )) as { id: string }[];
      await record({ type: WORK_REPORT_GENERATED, projectId: null, entityType: 'WorkReport', entityId: id, actorId: viewer.id, payload: { month, engineerId } });
      return manager.getRepository(WorkReport).findOneByOrFail({ id });
    });
  }

  /** The stored report, generated first when there is none (the export's rows). */
  async findOrGenerate(viewer: Viewer, month: string, engineerId: string | null): Promise<WorkReport> {
    return (await this.find(viewer, month, engineerId)) ?? this.generate(viewer, month, engineerId);
  }

  /**
   * The monthly job's part: every active engineer's report of `month` and the TEAM's, from one
   * reading of the records, stored unless already there (ON CONFLICT DO NOTHING: a second run,
   * or a second instance running it, stores nothing). Returns how many were stored.
   */
  async generateMissing(month: string): Promise<number> {
    const members = await this.monthsOf(month, await this.team());
    const rows: { scope: WorkReportScope; engineer_id: string | null; content: WorkReportContent }[] = [
      { scope: WorkReportScope.TEAM, engineer_id: null, content: teamContent(members) },
      ...members.map((member) => ({ scope: WorkReportScope.ENGINEER, engineer_id: member.engineer.id, content: engineerContent(member.engineer, member.month) })),
    ];
    return inTransaction(this.dataSource, this.bus, async ({ manager, record }) => {
      const stored = (await manager.query(
        `INSERT INTO work_report (month, scope, engineer_id, content, generated_at)
         SELECT $1, r.scope, r.engineer_id, r.content, now() FROM jsonb_to_recordset($2::jsonb) AS r(scope work_report_scope, engineer_id uuid, content jsonb)
         ON CONFLICT DO NOTHING
         RETURNING id, engineer_id`,
        [month, JSON.stringify(rows)],
      )) as { id: string; engineer_id: string | null }[];
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

  /** The support department: every active user with the PRESALES role, by name. */
  private async team(): Promise<Engineer[]> {
    const engineers = (await this.dataSource.query(`SELECT id, name FROM app_user WHERE active AND 'PRESALES' = ANY (roles)`)) as Engineer[];
    return engineers.sort((a, b) => byName(a.name, b.name));
  }
}
