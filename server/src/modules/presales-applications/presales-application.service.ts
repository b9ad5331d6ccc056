import type { DataSource } from 'typeorm';
import { inTransaction } from '../../platform/db/transaction';
import type { EventBus } from '../../platform/events/event-bus';
import { forbidden, invalid } from '../../platform/graphql/errors';
import type { ApprovalService } from '../approvals/approval.service';
import { Approval } from '../approvals/approval.entity';
import { ApprovalKind } from '../approvals/approval.enums';
import type { DecideApprovalInput } from '../approvals/approval.inputs';
import type { InitiateProjectInput } from '../projects/project.inputs';
import type { ProjectService } from '../projects/project.service';
import { Role } from '../users/role.enum';
import { User } from '../users/user.entity';
import type { ApplyForPresalesSupportInput } from './presales-application.inputs';
import { PresalesApplication } from './presales-application.entity';
import { visibleApplicationCondition } from './presales-application.policy';

type Viewer = Pick<User, 'id' | 'roles'>;

/** The initiation form an application becomes, with the engineer the manager assigns. */
const asInitiation = (application: ApplyForPresalesSupportInput, salesId: string, presalesId: string): InitiateProjectInput => ({
  customerId: application.customerId,
  name: application.name,
  responsibleSalesId: salesId,
  firstPresalesId: presalesId,
  supportTypes: application.supportTypes,
  requirements: application.requirements,
  wantedStart: application.wantedStart,
  wantedEnd: application.wantedEnd,
});

export class PresalesApplicationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly bus: EventBus,
    private readonly projects: ProjectService,
    private readonly approvals: ApprovalService,
  ) {
    approvals.handle(ApprovalKind.PRESALES_APPLICATION, {
      check: (approval, decision, isFinalApproval) => (isFinalApproval ? this.checkAssignment(approval, decision) : Promise.resolve({})),
      approved: async (approval, unit, decision) => {
        const application = await unit.manager.getRepository(PresalesApplication).findOneByOrFail({ id: approval.subjectId });
        const project = await this.projects.create(unit, application.requestedById, asInitiation(this.formOf(application), application.requestedById, decision.assigneeId!));
        await unit.manager.update(PresalesApplication, { id: application.id }, { projectId: project.id, assignedPresalesId: decision.assigneeId! });
        // From now on the approval belongs to the project's record.
        await unit.manager.update(Approval, { id: approval.id }, { projectId: project.id });
      },
    });
  }

  /** A sales applies; the form is checked as an initiation form, less the engineer nobody has named yet. */
  async apply(viewer: Viewer, input: ApplyForPresalesSupportInput): Promise<PresalesApplication> {
    if (!viewer.roles.includes(Role.SALES)) throw forbidden('apply for pre-sales support');
    const { firstPresalesId: _notYetAssigned, ...fields } = await this.projects.checkInitiation(viewer, asInitiation(input, viewer.id, ''));
    if (Object.keys(fields).length > 0) throw invalid(fields);
    return inTransaction(this.dataSource, this.bus, async (unit) => {
      const application = await unit.manager.save(
        unit.manager.create(PresalesApplication, {
          customerId: input.customerId,
          projectName: input.name.trim(),
          supportTypes: [...new Set(input.supportTypes)],
          requirements: input.requirements.trim(),
          wantedStart: input.wantedStart || null,
          wantedEnd: input.wantedEnd || null,
          requestedById: viewer.id,
          approvalId: null,
          projectId: null,
          assignedPresalesId: null,
        }),
      );
      const approval = await this.approvals.open(unit, { projectId: null, kind: ApprovalKind.PRESALES_APPLICATION, subjectId: application.id, requestedById: viewer.id });
      await unit.manager.update(PresalesApplication, { id: application.id }, { approvalId: approval.id });
      return { ...application, approvalId: approval.id };
    });
  }

  list(viewer: Viewer): Promise<PresalesApplication[]> {
    const visible = visibleApplicationCondition('a', viewer);
    return this.dataSource.getRepository(PresalesApplication).createQueryBuilder('a').where(visible.sql, visible.params).orderBy('a.created_at', 'DESC').getMany();
  }

  /** The manager's approval must name an active pre-sales; the form is checked again as it will be initiated. */
  private async checkAssignment(approval: Approval, decision: DecideApprovalInput): Promise<Record<string, string>> {
    if (!decision.assigneeId) return { assigneeId: 'REQUIRED' };
    const application = await this.dataSource.getRepository(PresalesApplication).findOneByOrFail({ id: approval.subjectId });
    const requester = await this.dataSource.getRepository(User).findOneByOrFail({ id: application.requestedById });
    const { firstPresalesId, ...others } = await this.projects.checkInitiation(requester, asInitiation(this.formOf(application), requester.id, decision.assigneeId));
    return { ...others, ...(firstPresalesId ? { assigneeId: firstPresalesId } : {}) };
  }

  private formOf(application: PresalesApplication): ApplyForPresalesSupportInput {
    return { ...application, name: application.projectName };
  }
}
