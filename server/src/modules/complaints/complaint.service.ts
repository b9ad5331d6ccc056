import type { DataSource } from 'typeorm';
import { COMPANY_TIME_ZONE, MONTH } from '../../platform/company-calendar';
import { inTransaction } from '../../platform/db/transaction';
import { isUuid } from '../../platform/db/uuid';
import type { EventBus } from '../../platform/events/event-bus';
import { conflict, forbidden, invalid, notFound } from '../../platform/graphql/errors';
import { ProjectMember } from '../projects/project-member.entity';
import { ProjectMemberRole } from '../projects/project-member-role';
import type { ProjectService } from '../projects/project.service';
import { Role } from '../users/role.enum';
import type { User } from '../users/user.entity';
import { Complaint } from './complaint.entity';
import { ComplaintStatus } from './complaint.enums';
import { ComplaintEvent } from './complaint.events';
import type { DecideComplaintInput, FileComplaintInput } from './complaint.inputs';
import { overseesComplaints, visibleComplaintCondition } from './complaint.policy';
import type { PerformanceLevel } from './performance-level.type';
import { type PerformanceSettings, performanceDeductions } from './performance-deductions';

type Viewer = Pick<User, 'id' | 'roles'>;

const SUPPORT_ROLES: readonly ProjectMemberRole[] = [ProjectMemberRole.FIRST_PRESALES, ProjectMemberRole.SECOND_PRESALES, ProjectMemberRole.ADDITIONAL_PRESALES];
const MIN_DESCRIPTION = 10;

export class ComplaintService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly bus: EventBus,
    private readonly projects: ProjectService,
    private readonly settings: PerformanceSettings,
  ) {}

  /** The responsible sales complains about one of the project's tech-support engineers. */
  async file(viewer: Viewer, input: FileComplaintInput): Promise<Complaint> {
    const project = await this.projects.findVisible(viewer, input.projectId);
    const members = await this.dataSource.getRepository(ProjectMember).findBy({ projectId: project.id });
    if (!members.some((m) => m.userId === viewer.id && m.role === ProjectMemberRole.RESPONSIBLE_SALES)) {
      throw forbidden('complain about this project (only its responsible sales may)');
    }
    const fields: Record<string, string> = {};
    if (!members.some((m) => m.userId === input.respondentId && SUPPORT_ROLES.includes(m.role))) fields.respondentId = 'NOT_SUPPORTING_PROJECT';
    if (input.description.trim().length < MIN_DESCRIPTION) fields.description = input.description.trim() ? 'TOO_SHORT' : 'REQUIRED';
    if (Object.keys(fields).length > 0) throw invalid(fields);

    return inTransaction(this.dataSource, this.bus, async ({ manager, record }) => {
      const complaint = await manager.save(
        manager.create(Complaint, {
          projectId: project.id,
          complainantId: viewer.id,
          respondentId: input.respondentId,
          title: `投诉-${project.name}沟通问题`,
          description: input.description.trim(),
          status: ComplaintStatus.FILED,
          decidedById: null,
          decisionComment: null,
          decidedAt: null,
        }),
      );
      await record({ type: ComplaintEvent.FILED, projectId: null, entityType: 'Complaint', entityId: complaint.id, actorId: viewer.id, payload: { respondentId: input.respondentId } });
      return complaint;
    });
  }

  /** The PRESALES_MANAGER upholds or dismisses, once (compare-and-set on FILED). */
  async decide(viewer: Viewer, input: DecideComplaintInput): Promise<Complaint> {
    if (!viewer.roles.includes(Role.PRESALES_MANAGER)) throw forbidden('decide complaints');
    const complaint = isUuid(input.complaintId) ? await this.dataSource.getRepository(Complaint).findOneBy({ id: input.complaintId }) : null;
    if (!complaint) throw notFound('Complaint');
    return inTransaction(this.dataSource, this.bus, async ({ manager, record }) => {
      const status = input.uphold ? ComplaintStatus.UPHELD : ComplaintStatus.DISMISSED;
      const result = await manager
        .createQueryBuilder()
        .update(Complaint)
        .set({ status, decidedById: viewer.id, decisionComment: input.comment?.trim() || null, decidedAt: () => 'now()' })
        .where('id = :id AND status = :filed', { id: complaint.id, filed: ComplaintStatus.FILED })
        .execute();
      if (result.affected !== 1) throw conflict('This complaint');
      await record({ type: ComplaintEvent.DECIDED, projectId: null, entityType: 'Complaint', entityId: complaint.id, actorId: viewer.id, payload: { status, respondentId: complaint.respondentId } });
      return manager.getRepository(Complaint).findOneByOrFail({ id: complaint.id });
    });
  }

  /** Complaints the viewer may see: managers and GM all; others those they filed or that are about them. */
  list(viewer: Viewer): Promise<Complaint[]> {
    const visible = visibleComplaintCondition('c', viewer);
    return this.dataSource.getRepository(Complaint).createQueryBuilder('c').where(visible.sql, visible.params).orderBy('c.created_at', 'DESC').getMany();
  }

  /** One engineer's level for a month; for the person, the managers and the GM only. */
  async performanceLevel(viewer: Viewer, userId: string, month: string): Promise<PerformanceLevel> {
    if (viewer.id !== userId && !overseesComplaints(viewer)) throw forbidden("see someone else's performance level");
    if (!MONTH.test(month)) throw invalid({ month: 'INVALID' });
    if (!isUuid(userId)) throw notFound('User');
    const [counts] = (await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE to_char(created_at AT TIME ZONE $3, 'YYYY-MM') = $2)::int AS this_month,
              count(*) FILTER (WHERE to_char(created_at AT TIME ZONE $3, 'YYYY-MM') <= $2)::int AS total
         FROM complaint WHERE respondent_id = $1 AND status = $4`,
      [userId, month, COMPANY_TIME_ZONE, ComplaintStatus.UPHELD],
    )) as { this_month: number; total: number }[];
    return { userId, month, upheldThisMonth: counts.this_month, upheldTotal: counts.total, ...performanceDeductions(counts.this_month, counts.total, this.settings) };
  }
}
