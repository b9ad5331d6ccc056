import type { DataSource } from 'typeorm';
import { MONTH, companyDayOf } from '../../platform/company-calendar';
import { inTransaction } from '../../platform/db/transaction';
import { isUuid } from '../../platform/db/uuid';
import type { EventBus } from '../../platform/events/event-bus';
import { AppError, conflict, forbidden, invalid, notFound, unauthenticated } from '../../platform/graphql/errors';
import { Role } from '../users/role.enum';
import { trackingTableWorkbook } from './tracking-export';
import { ProjectMember } from '../projects/project-member.entity';
import { ProjectMemberRole } from '../projects/project-member-role';
import type { ProjectService } from '../projects/project.service';
import { User } from '../users/user.entity';
import { CommunicationReport } from './communication-report.entity';
import { RemainingIssue } from './remaining-issue.entity';
import { ReportErrorCode } from './report.errors';
import { ReportEvent } from './report.events';
import type { FileCommunicationReportInput } from './report.inputs';
import { ReportChannel, ReportResult, SupportRole } from './report.enums';
import { vaguenessOf } from './report-specificity';
import { TrackingEntry } from './tracking-entry.entity';

type Viewer = Pick<User, 'id' | 'roles'>;


const SUPPORT_ROLES: Partial<Record<ProjectMemberRole, SupportRole>> = {
  [ProjectMemberRole.FIRST_PRESALES]: SupportRole.FIRST,
  [ProjectMemberRole.SECOND_PRESALES]: SupportRole.SECOND,
  [ProjectMemberRole.ADDITIONAL_PRESALES]: SupportRole.ADDITIONAL,
};

const MAX_ITEMS = 50;
const MAX_ITEM_LENGTH = 2000;
/** A report may be filed for a talk a little in the future of the server's clock (clock skew), no more. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

export class ReportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly bus: EventBus,
    private readonly projects: ProjectService,
  ) {}

  /**
   * 第十二–十六条: the engineer's report to the responsible sales. Each problem must say what
   * was solved; ISSUE_REMAINING opens remaining issues owned by the first pre-sales; the
   * report lands in the first pre-sales' tracking table, marked when someone else did it.
   */
  async file(viewer: Viewer, input: FileCommunicationReportInput): Promise<CommunicationReport> {
    const project = await this.projects.findVisible(viewer, input.projectId);
    const members = await this.dataSource.getRepository(ProjectMember).findBy({ projectId: project.id });
    const supportRole = members
      .filter((member) => member.userId === viewer.id)
      .map((member) => SUPPORT_ROLES[member.role])
      .find((role) => role !== undefined);
    if (!supportRole) throw forbidden('file a report on a project you do not support');
    const firstPresales = members.find((member) => member.role === ProjectMemberRole.FIRST_PRESALES);
    if (!firstPresales) throw notFound('First pre-sales');

    const problemsHandled = clean(input.problemsHandled);
    const remainingProblems = clean(input.remainingProblems);
    this.check(input, problemsHandled, remainingProblems);

    const author = await this.dataSource.getRepository(User).findOneByOrFail({ id: viewer.id });
    return inTransaction(this.dataSource, this.bus, async ({ manager, record }) => {
      const report = await manager.save(
        manager.create(CommunicationReport, {
          projectId: project.id,
          authorId: viewer.id,
          title: `客户沟通-${project.name}-${author.name}`,
          result: input.result,
          method: input.method,
          channel: input.channel,
          communicator: input.communicator.trim(),
          communicatedAt: input.communicatedAt,
          problemsHandled,
          remainingProblems,
          writtenRequestedAt: null,
        }),
      );
      await record({ type: ReportEvent.FILED, projectId: project.id, entityType: 'CommunicationReport', entityId: report.id, actorId: viewer.id, payload: { result: report.result, title: report.title } });

      if (input.result === ReportResult.ISSUE_REMAINING) {
        const issues = await manager.save(
          remainingProblems.map((description) => manager.create(RemainingIssue, { projectId: project.id, reportId: report.id, description, ownerId: firstPresales.userId })),
        );
        for (const issue of issues) {
          await record({ type: ReportEvent.REMAINING_ISSUE_OPENED, projectId: project.id, entityType: 'RemainingIssue', entityId: issue.id, actorId: viewer.id, payload: { description: issue.description } });
        }
      }

      await manager.insert(TrackingEntry, {
        ownerId: firstPresales.userId,
        projectId: project.id,
        supporterId: viewer.id,
        supportRole,
        reportId: report.id,
        entryDate: companyDayOf(input.communicatedAt),
        content: [...problemsHandled, ...remainingProblems.map((problem) => `遗留：${problem}`)].join('；'),
      });
      return report;
    });
  }

  /** The responsible sales asks for a phone report in writing (第十四条). Asking twice changes nothing. */
  async requestWritten(viewer: Viewer, reportId: string): Promise<CommunicationReport> {
    const report = isUuid(reportId) ? await this.dataSource.getRepository(CommunicationReport).findOneBy({ id: reportId }) : null;
    if (!report) throw notFound('Report');
    await this.projects.findVisible(viewer, report.projectId).catch(() => {
      throw notFound('Report');
    });
    const isResponsibleSales = await this.dataSource
      .getRepository(ProjectMember)
      .existsBy({ projectId: report.projectId, userId: viewer.id, role: ProjectMemberRole.RESPONSIBLE_SALES });
    if (!isResponsibleSales) throw forbidden('ask for this report in writing');
    if (report.channel !== ReportChannel.PHONE) {
      throw new AppError(ReportErrorCode.REPORT_NOT_BY_PHONE, 'Only a phone report can be asked for in writing.');
    }
    if (report.writtenRequestedAt) return report;

    return inTransaction(this.dataSource, this.bus, async ({ manager, record }) => {
      const result = await manager
        .createQueryBuilder()
        .update(CommunicationReport)
        .set({ writtenRequestedAt: () => 'now()' })
        .where('id = :id AND written_requested_at IS NULL', { id: report.id })
        .execute();
      if (result.affected !== 1) throw conflict('This report');
      await record({ type: ReportEvent.WRITTEN_REQUESTED, projectId: report.projectId, entityType: 'CommunicationReport', entityId: report.id, actorId: viewer.id });
      return manager.getRepository(CommunicationReport).findOneByOrFail({ id: report.id });
    });
  }

  /** The viewer's own tracking table for a month (YYYY-MM): projects where they are first pre-sales. */
  async trackingTable(viewer: Viewer, month: string): Promise<TrackingEntry[]> {
    if (!MONTH.test(month)) throw invalid({ month: 'INVALID' });
    const start = `${month}-01`;
    return this.dataSource
      .getRepository(TrackingEntry)
      .createQueryBuilder('t')
      .where('t.owner_id = :owner', { owner: viewer.id })
      .andWhere(`t.entry_date >= :start::date AND t.entry_date < (:start::date + interval '1 month')`, { start })
      .orderBy('t.entry_date')
      .addOrderBy('t.created_at')
      .getMany();
  }

  /** The tracking table as an .xlsx workbook, for PRESALES only (same rule as myTrackingTable). */
  async trackingTableExport(viewer: User | null, month: string): Promise<{ user: User; workbook: Buffer }> {
    if (!viewer) throw unauthenticated();
    if (!viewer.roles.includes(Role.PRESALES)) throw forbidden('export a tracking table');
    const entries = await this.trackingTable(viewer, month);
    return { user: viewer, workbook: await trackingTableWorkbook(this.dataSource, viewer, month, entries) };
  }

  private check(input: FileCommunicationReportInput, problemsHandled: string[], remainingProblems: string[]): void {
    const fields: Record<string, string> = {};
    if (!input.communicator.trim()) fields.communicator = 'REQUIRED';
    if (input.communicatedAt.getTime() > Date.now() + FUTURE_TOLERANCE_MS) fields.communicatedAt = 'IN_FUTURE';
    if (problemsHandled.length === 0) fields.problemsHandled = 'REQUIRED';
    if (input.result === ReportResult.ISSUE_REMAINING && remainingProblems.length === 0) fields.remainingProblems = 'REQUIRED';
    if (input.result === ReportResult.SUCCESS && remainingProblems.length > 0) fields.remainingProblems = 'NOT_ALLOWED';
    for (const [name, items] of [['problemsHandled', problemsHandled], ['remainingProblems', remainingProblems]] as const) {
      if (items.length > MAX_ITEMS || items.some((item) => item.length > MAX_ITEM_LENGTH)) fields[name] = 'TOO_LONG';
    }
    if (Object.keys(fields).length > 0) throw invalid(fields);

    const vague = [
      ...problemsHandled.map((text, index) => ({ field: 'problemsHandled', index, reason: vaguenessOf(text) })),
      ...remainingProblems.map((text, index) => ({ field: 'remainingProblems', index, reason: vaguenessOf(text) })),
    ].filter((item) => item.reason !== null);
    if (vague.length > 0) {
      throw new AppError(ReportErrorCode.REPORT_TOO_VAGUE, 'Name what was solved, not just that something was (第十五条).', { items: vague });
    }
  }
}

/** Trims each item and drops empty ones (an empty line in a list is not a problem statement). */
const clean = (items: string[]): string[] => items.map((item) => item.trim()).filter(Boolean);
