import type { DataSource, EntityManager } from 'typeorm';
import { inTransaction, type UnitOfWork } from '../../platform/db/transaction';
import { isUuid } from '../../platform/db/uuid';
import type { EventBus } from '../../platform/events/event-bus';
import { conflict, forbidden, invalid, notFound } from '../../platform/graphql/errors';
import { ProjectMember } from '../projects/project-member.entity';
import { ProjectMemberRole } from '../projects/project-member-role';
import { ProjectEvent } from '../projects/project.events';
import type { ProjectService } from '../projects/project.service';
import { Role } from '../users/role.enum';
import { User } from '../users/user.entity';
import type { ApprovalEffect } from './approval-effect';
import { APPROVAL_CHAINS, asksOrApproves } from './approval.chains';
import { ApprovalStep } from './approval-step.entity';
import { Approval } from './approval.entity';
import { ApprovalKind, ApprovalStatus, Decision, StepStatus } from './approval.enums';
import { ApprovalEvent } from './approval.events';
import type { DecideApprovalInput, RequestResourceInput } from './approval.inputs';
import { ResourceRequest } from './resource-request.entity';

type Viewer = Pick<User, 'id' | 'roles'>;

/** Who may ask for an extra pre-sales: the people who run the project. */
const RESOURCE_REQUESTERS: readonly ProjectMemberRole[] = [ProjectMemberRole.RESPONSIBLE_SALES, ProjectMemberRole.FIRST_PRESALES];

export class ApprovalService {
  /** What deciding does, per kind; features register theirs with `handle`. */
  private readonly effects = new Map<ApprovalKind, ApprovalEffect>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly bus: EventBus,
    private readonly projects: ProjectService,
  ) {
    this.handle(ApprovalKind.RESOURCE_REQUEST, { approved: (approval, unit) => this.addApprovedResource(approval, unit) });
  }

  handle(kind: ApprovalKind, effect: ApprovalEffect): void {
    this.effects.set(kind, effect);
  }

  /** 第四条: on final approval the candidate joins as an additional pre-sales. */
  private async addApprovedResource(approval: Approval, { manager, record }: UnitOfWork): Promise<void> {
      const request = await manager.getRepository(ResourceRequest).findOneByOrFail({ id: approval.subjectId });
      const added = await manager
        .createQueryBuilder()
        .insert()
        .into(ProjectMember)
        .values({ projectId: request.projectId, userId: request.candidateId, role: ProjectMemberRole.ADDITIONAL_PRESALES })
        .orIgnore()
        .returning('user_id')
        .execute();
      // Already added by an earlier request for the same person: nothing changed, nothing to tell.
      if ((added.raw as unknown[]).length === 0) return;
      await record({
        type: ProjectEvent.MEMBER_ADDED,
        projectId: request.projectId,
        entityType: 'ProjectMember',
        entityId: request.candidateId,
        actorId: null,
        payload: { role: ProjectMemberRole.ADDITIONAL_PRESALES, userId: request.candidateId },
      });
  }

  async requestResource(viewer: Viewer, input: RequestResourceInput): Promise<ResourceRequest> {
    const project = await this.projects.findVisible(viewer, input.projectId);
    const members = await this.dataSource.getRepository(ProjectMember).findBy({ projectId: project.id });
    if (!members.some((member) => member.userId === viewer.id && RESOURCE_REQUESTERS.includes(member.role))) {
      throw forbidden('ask for resources on this project');
    }
    const fields: Record<string, string> = {};
    if (!input.reason.trim()) fields.reason = 'REQUIRED';
    const candidate = isUuid(input.candidateId) ? await this.dataSource.getRepository(User).findOneBy({ id: input.candidateId, active: true }) : null;
    if (!candidate) fields.candidateId = 'NOT_FOUND';
    else if (!candidate.roles.includes(Role.PRESALES)) fields.candidateId = 'NOT_PRESALES';
    else if (members.some((member) => member.userId === candidate.id && member.role !== ProjectMemberRole.RESPONSIBLE_SALES)) fields.candidateId = 'ALREADY_MEMBER';
    if (Object.keys(fields).length > 0) throw invalid(fields);

    return inTransaction(this.dataSource, this.bus, async (unit) => {
      const request = await unit.manager.save(
        unit.manager.create(ResourceRequest, { projectId: project.id, requestedById: viewer.id, candidateId: input.candidateId, reason: input.reason.trim(), approvalId: null }),
      );
      const approval = await this.open(unit, { projectId: project.id, kind: ApprovalKind.RESOURCE_REQUEST, subjectId: request.id, requestedById: viewer.id });
      await unit.manager.update(ResourceRequest, { id: request.id }, { approvalId: approval.id });
      return { ...request, approvalId: approval.id };
    });
  }

  /**
   * Approves or rejects the current step. Out of turn (not the step's role) is FORBIDDEN; a
   * step already decided, by this approver or a concurrent one, is CONFLICT: the update only
   * happens where the approval is still PENDING at exactly that step.
   */
  async decide(viewer: Viewer, input: DecideApprovalInput): Promise<Approval> {
    const approval = isUuid(input.approvalId) ? await this.dataSource.getRepository(Approval).findOneBy({ id: input.approvalId }) : null;
    if (!approval || !(await this.maySee(viewer, approval))) throw notFound('Approval');
    const step = await this.dataSource.getRepository(ApprovalStep).findOneBy({ approvalId: approval.id, position: input.step });
    if (!step) throw notFound('Approval step');
    if (!viewer.roles.includes(step.approverRole)) throw forbidden('decide this step');
    // Four eyes: whoever asked does not approve, even holding the step's role too.
    if (approval.requestedById === viewer.id) throw forbidden('decide your own request');
    const comment = input.comment?.trim() || null;
    const last = input.step === APPROVAL_CHAINS[approval.kind].length - 1;
    const effect = this.effects.get(approval.kind);
    const fields = (await effect?.check?.(approval, input, last && input.decision === Decision.APPROVE)) ?? {};
    if (input.decision === Decision.REJECT && !comment) fields.comment = 'REQUIRED';
    if (Object.keys(fields).length > 0) throw invalid(fields);

    return inTransaction(this.dataSource, this.bus, async (unit) => {
      const { manager, record } = unit;
      const finished = input.decision === Decision.REJECT || last;
      const status = input.decision === Decision.REJECT ? ApprovalStatus.REJECTED : last ? ApprovalStatus.APPROVED : ApprovalStatus.PENDING;
      const moved = await manager
        .createQueryBuilder()
        .update(Approval)
        .set({ status, currentStep: finished ? input.step : input.step + 1, decidedAt: finished ? () => 'now()' : undefined })
        .where('id = :id AND status = :pending AND current_step = :step', { id: approval.id, pending: ApprovalStatus.PENDING, step: input.step })
        .execute();
      if (moved.affected !== 1) throw conflict('This approval');

      await manager.update(
        ApprovalStep,
        { approvalId: approval.id, position: input.step },
        { status: input.decision === Decision.APPROVE ? StepStatus.APPROVED : StepStatus.REJECTED, decidedById: viewer.id, comment, decidedAt: () => 'now()' },
      );
      if (!finished) await manager.update(ApprovalStep, { approvalId: approval.id, position: input.step + 1 }, { status: StepStatus.PENDING });
      const updated = await manager.getRepository(Approval).findOneByOrFail({ id: approval.id });
      await record({
        type: ApprovalEvent.STEP_DECIDED,
        projectId: approval.projectId,
        entityType: 'Approval',
        entityId: approval.id,
        actorId: viewer.id,
        payload: {
          kind: approval.kind,
          step: input.step,
          decision: input.decision,
          status,
          decidedRole: step.approverRole,
          nextRole: finished ? null : APPROVAL_CHAINS[approval.kind][input.step + 1],
        },
      });
      if (status === ApprovalStatus.APPROVED) await effect?.approved(updated, unit, input);
      if (status === ApprovalStatus.REJECTED && comment) await effect?.rejected?.(updated, unit, comment);
      // Read again: an effect may have moved the approval (an application onto its new project).
      return manager.getRepository(Approval).findOneByOrFail({ id: approval.id });
    });
  }

  /** Whether the viewer may see an approval: as requester or a role of its chain, or through its project. */
  async maySee(viewer: Viewer, approval: Approval): Promise<boolean> {
    if (asksOrApproves(viewer, approval)) return true;
    if (!approval.projectId) return false;
    return this.projects.findVisible(viewer, approval.projectId).then(
      () => true,
      () => false,
    );
  }

  /** Approvals waiting for the viewer: pending, at a step whose role the viewer holds (which is what lets them see it). */
  inbox(viewer: Viewer, manager: EntityManager = this.dataSource.manager): Promise<Approval[]> {
    return manager
      .getRepository(Approval)
      .createQueryBuilder('a')
      .innerJoin(ApprovalStep, 's', 's.approval_id = a.id AND s.position = a.current_step')
      .where('a.status = :pending AND s.approver_role = ANY(:roles)', { pending: ApprovalStatus.PENDING, roles: viewer.roles })
      .orderBy('a.created_at')
      .getMany();
  }

  /** Opens an approval of `kind` for a request, inside the request's own transaction. */
  async open(
    { manager, record }: UnitOfWork,
    request: { projectId: string | null; kind: ApprovalKind; subjectId: string; requestedById: string },
  ): Promise<Approval> {
    const approval = await manager.save(manager.create(Approval, { ...request, status: ApprovalStatus.PENDING, currentStep: 0, decidedAt: null }));
    await manager.insert(
      ApprovalStep,
      APPROVAL_CHAINS[request.kind].map((approverRole, position) => ({
        approvalId: approval.id,
        position,
        approverRole,
        status: position === 0 ? StepStatus.PENDING : StepStatus.WAITING,
      })),
    );
    await record({
      type: ApprovalEvent.REQUESTED,
      projectId: request.projectId,
      entityType: 'Approval',
      entityId: approval.id,
      actorId: request.requestedById,
      payload: { kind: request.kind, nextRole: APPROVAL_CHAINS[request.kind][0] },
    });
    return approval;
  }
}
