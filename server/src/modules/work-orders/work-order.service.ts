import type { DataSource, QueryDeepPartialEntity } from 'typeorm';
import { inTransaction, type UnitOfWork } from '../../platform/db/transaction';
import { isUuid } from '../../platform/db/uuid';
import type { EventBus } from '../../platform/events/event-bus';
import { AppError, conflict, forbidden, invalid, notFound } from '../../platform/graphql/errors';
import { ApprovalKind } from '../approvals/approval.enums';
import type { ApprovalService } from '../approvals/approval.service';
import type { ImprovementService } from '../improvements/improvement.service';
import { ProjectMember } from '../projects/project-member.entity';
import { ProjectMemberRole } from '../projects/project-member-role';
import { ProjectSide, sidesOf } from '../projects/project-side';
import { ProjectEvent } from '../projects/project.events';
import { visibleProjectCondition } from '../projects/project.policy';
import type { ProjectService } from '../projects/project.service';
import type { RemainingIssueService } from '../remaining-issues/remaining-issue.service';
import { IssueAttempt } from '../remaining-issues/issue-attempt.entity';
import { RemainingIssue } from '../reports/remaining-issue.entity';
import { RemainingIssueStatus } from '../reports/report.enums';
import { Role } from '../users/role.enum';
import { User } from '../users/user.entity';
import { FaultWorkOrder } from './fault-work-order.entity';
import { WorkOrderMember } from './work-order-member.entity';
import { WorkOrderAction, WorkOrderReview, WorkOrderStatus as Status } from './work-order.enums';
import { WorkOrderErrorCode } from './work-order.errors';
import { WORK_ORDER_CHANGED } from './work-order.events';
import { ACTIVE_RND_STATES, WORK_ORDER_FLOW, type WorkOrderParty, workOrderRuleFor } from './work-order.flow';
import type { AddWorkOrderMemberInput, AssignWorkOrderLeadInput, ReviewFaultWorkOrderInput, SubmitFaultWorkOrderInput, WorkOrderActionInput } from './work-order.inputs';
import { visibleWorkOrderCondition } from './work-order.policy';
import { compareAndSet } from '../../platform/db/compare-and-set';

type Viewer = Pick<User, 'id' | 'roles'>;

/** 第四十四条: failed attempts on record that open the gate without the severe-bug mark. */
export const FAILED_ATTEMPTS_FOR_FAULT = 3;

/**
 * What a move to `status` stamps, in the same compare-and-set update, for the R&D figures: the
 * first lead (every way into IN_PROGRESS has one — review, claim, assignment, or back from a
 * disputed closure or a declined conversion — so COALESCE keeps the first), and the end
 * (CLOSED and CONVERTED are final, so they are reached once).
 */
const timestampsOf = (status: Status | undefined): QueryDeepPartialEntity<FaultWorkOrder> => {
  if (status === Status.IN_PROGRESS) return { assignedAt: () => 'COALESCE(assigned_at, now())' };
  if (status === Status.CLOSED || status === Status.CONVERTED) return { closedAt: () => 'now()' };
  return {};
};

const notAllowed = (order: FaultWorkOrder, what: string) =>
  new AppError(WorkOrderErrorCode.WORK_ORDER_ACTION_NOT_ALLOWED, `Cannot ${what} while the work order is ${order.status}.`, { status: order.status });

/**
 * 故障处理工作单 (第四十四–四十七条): gate, the manager's approval, R&D's review, claiming,
 * closure confirmed or disputed by the submitter, and conversion. Every step is
 * compare-and-set on status and version.
 */
export class WorkOrderService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly bus: EventBus,
    private readonly projects: ProjectService,
    private readonly approvals: ApprovalService,
    private readonly remainingIssues: RemainingIssueService,
    private readonly improvements: ImprovementService,
  ) {
    approvals.handle(ApprovalKind.FAULT_WORK_ORDER, {
      approved: async (approval, unit) => {
        await this.afterApproval(unit, approval.subjectId, Status.AWAITING_RND_REVIEW);
      },
      rejected: async (approval, unit) => {
        const order = await this.afterApproval(unit, approval.subjectId, Status.REJECTED_BY_MANAGER);
        await this.remainingIssues.returnToSupport(unit, order.remainingIssueId, null);
      },
    });
  }

  /** A pre-sales on the project sends an open remaining issue to R&D, once the gate is met. */
  async submit(viewer: Viewer, input: SubmitFaultWorkOrderInput): Promise<FaultWorkOrder> {
    const issue = isUuid(input.remainingIssueId) ? await this.dataSource.getRepository(RemainingIssue).findOneBy({ id: input.remainingIssueId }) : null;
    if (!issue) throw notFound('Remaining issue');
    await this.projects.findVisible(viewer, issue.projectId).catch(() => {
      throw notFound('Remaining issue');
    });
    const memberships = await this.dataSource.getRepository(ProjectMember).findBy({ projectId: issue.projectId, userId: viewer.id });
    if (!sidesOf(memberships).has(ProjectSide.PRESALES)) throw forbidden('submit a fault work order on this project');
    if (issue.status === RemainingIssueStatus.OPEN && !issue.severeBug) {
      const failedAttempts = await this.dataSource.getRepository(IssueAttempt).countBy({ issueId: issue.id, succeeded: false });
      if (failedAttempts < FAILED_ATTEMPTS_FOR_FAULT) {
        throw new AppError(
          WorkOrderErrorCode.FAULT_GATE_NOT_MET,
          `${failedAttempts} failed attempts are on record; R&D takes a fault after ${FAILED_ATTEMPTS_FOR_FAULT}, or for an obvious severe bug (第四十四条).`,
          { failedAttempts, needed: FAILED_ATTEMPTS_FOR_FAULT },
        );
      }
    }
    const fields: Record<string, string> = {};
    for (const name of ['title', 'environment', 'steps', 'symptoms'] as const) if (!input[name].trim()) fields[name] = 'REQUIRED';
    if (Object.keys(fields).length > 0) throw invalid(fields);

    return inTransaction(this.dataSource, this.bus, async (unit) => {
      const order = await unit.manager.save(
        unit.manager.create(FaultWorkOrder, {
          projectId: issue.projectId,
          remainingIssueId: issue.id,
          title: input.title.trim(),
          environment: input.environment.trim(),
          steps: input.steps.trim(),
          symptoms: input.symptoms.trim(),
          logs: input.logs?.trim() ?? '',
          status: Status.PENDING_APPROVAL,
          submittedById: viewer.id,
        }),
      );
      // An issue already resolved or with R&D cannot be sent again: exactly one form (第十九条).
      await this.remainingIssues.sendToRnd(unit, issue.id, issue.projectId, viewer.id, 'FAULT_WORK_ORDER');
      const approval = await this.approvals.open(unit, { projectId: issue.projectId, kind: ApprovalKind.FAULT_WORK_ORDER, subjectId: order.id, requestedById: viewer.id });
      await unit.manager.update(FaultWorkOrder, { id: order.id }, { approvalId: approval.id });
      await this.recordChange(unit, { ...order, approvalId: approval.id }, viewer.id, 'SUBMITTED', null);
      return { ...order, approvalId: approval.id };
    });
  }

  /** The RND_MANAGER rejects with advice (back to the submitter), or accepts with a lead or for claiming. */
  async review(viewer: Viewer, input: ReviewFaultWorkOrderInput): Promise<FaultWorkOrder> {
    const order = await this.load(viewer, input.workOrderId, input.expectedVersion);
    if (!viewer.roles.includes(Role.RND_MANAGER)) throw forbidden('review work orders (the RND_MANAGER does)');
    if (order.status !== Status.AWAITING_RND_REVIEW) throw notAllowed(order, 'review');
    if (input.review === WorkOrderReview.REJECT_WITH_ADVICE) {
      const advice = input.advice?.trim();
      if (!advice) throw invalid({ advice: 'REQUIRED' });
      // Support acts on the advice: the issue is theirs again until the order is resubmitted.
      return this.step(order, input.expectedVersion, { status: Status.RETURNED, rndAdvice: advice }, viewer.id, 'RETURNED_WITH_ADVICE', (unit) =>
        this.remainingIssues.returnToSupport(unit, order.remainingIssueId, viewer.id),
      );
    }
    if (input.leadId === '') throw invalid({ leadId: 'REQUIRED' });
    if (!input.leadId) return this.step(order, input.expectedVersion, { status: Status.OPEN_FOR_CLAIM }, viewer.id, 'OPENED_FOR_CLAIM');
    const lead = await this.rndEngineer(input.leadId, 'leadId');
    return this.step(order, input.expectedVersion, { status: Status.IN_PROGRESS, leadId: lead.id }, viewer.id, 'LEAD_ASSIGNED', (unit) => this.joinProject(unit, order.projectId, lead.id, viewer.id));
  }

  /** One step of WORK_ORDER_FLOW by the party it belongs to. */
  async act(viewer: Viewer, input: WorkOrderActionInput): Promise<FaultWorkOrder> {
    const order = await this.load(viewer, input.workOrderId, input.expectedVersion, input.action === WorkOrderAction.CLAIM);
    const rule = workOrderRuleFor(input.action, order.status);
    if (!rule) throw notAllowed(order, input.action.toLowerCase());
    if (!this.partiesOf(viewer, order).has(rule.by)) throw forbidden(`${input.action.toLowerCase()} this work order`);
    const text = input.text?.trim() ?? '';
    if (rule.text && rule.text !== 'resubmissionNote' && !text) throw invalid({ text: 'REQUIRED' });

    const changes: Partial<FaultWorkOrder> = { status: rule.to };
    if (rule.text) Object.assign(changes, { [rule.text]: text || null });
    if (input.action === WorkOrderAction.CLAIM) changes.leadId = viewer.id;
    return this.step(order, input.expectedVersion, changes, viewer.id, input.action, async (unit) => {
      if (input.action === WorkOrderAction.CLAIM) await this.joinProject(unit, order.projectId, viewer.id, viewer.id);
      if (input.action === WorkOrderAction.RESUBMIT) await this.remainingIssues.sendToRnd(unit, order.remainingIssueId, order.projectId, viewer.id, 'FAULT_WORK_ORDER');
      if (input.action === WorkOrderAction.CONFIRM_CLOSURE) await this.remainingIssues.resolveFromRnd(unit, order.remainingIssueId, viewer.id, order.solution ?? '');
      if (input.action === WorkOrderAction.ACCEPT_CONVERSION) {
        const request = await this.improvements.createFromConversion(unit, {
          projectId: order.projectId,
          title: order.title,
          description: order.conversionProposal ?? order.symptoms,
          leadId: order.leadId!,
          issuedById: viewer.id,
          remainingIssueId: order.remainingIssueId,
        });
        await unit.manager.update(FaultWorkOrder, { id: order.id }, { convertedToId: request.id });
      }
    });
  }

  /** The lead brings another R&D engineer onto the order; they join the project too. */
  async addMember(viewer: Viewer, input: AddWorkOrderMemberInput): Promise<FaultWorkOrder> {
    const order = await this.load(viewer, input.workOrderId);
    if (order.leadId !== viewer.id) throw forbidden('add members (the lead does)');
    if (!ACTIVE_RND_STATES.includes(order.status)) throw notAllowed(order, 'add members');
    const member = await this.rndEngineer(input.userId, 'userId');
    return inTransaction(this.dataSource, this.bus, async (unit) => {
      // Only while R&D still has it, whatever happened since it was read.
      const [locked] = (await unit.manager.query('SELECT status FROM fault_work_order WHERE id = $1 FOR UPDATE', [order.id])) as { status: Status }[];
      if (!ACTIVE_RND_STATES.includes(locked.status)) throw notAllowed({ ...order, status: locked.status }, 'add members');
      const added = await unit.manager.createQueryBuilder().insert().into(WorkOrderMember).values({ workOrderId: order.id, userId: member.id, addedById: viewer.id }).orIgnore().returning('user_id').execute();
      if ((added.raw as unknown[]).length === 0) return order;
      await this.joinProject(unit, order.projectId, member.id, viewer.id);
      await this.recordChange(unit, order, viewer.id, 'MEMBER_ADDED', order.status);
      return order;
    });
  }

  /** The RND_MANAGER names the lead of an order nobody claimed, or replaces the lead of one in progress. */
  async assignLead(viewer: Viewer, input: AssignWorkOrderLeadInput): Promise<FaultWorkOrder> {
    const order = await this.load(viewer, input.workOrderId, input.expectedVersion);
    if (!viewer.roles.includes(Role.RND_MANAGER)) throw forbidden('assign leads (the RND_MANAGER does)');
    if (order.status !== Status.OPEN_FOR_CLAIM && order.status !== Status.IN_PROGRESS) throw notAllowed(order, 'assign a lead');
    const lead = await this.rndEngineer(input.leadId, 'leadId');
    return this.step(order, input.expectedVersion, { status: Status.IN_PROGRESS, leadId: lead.id }, viewer.id, 'LEAD_ASSIGNED', (unit) => this.joinProject(unit, order.projectId, lead.id, viewer.id));
  }

  /** R&D's live queue: everything R&D holds for the RND_MANAGER; open-for-claim and one's own for an engineer. */
  queue(viewer: Viewer): Promise<FaultWorkOrder[]> {
    const query = this.dataSource.getRepository(FaultWorkOrder).createQueryBuilder('w').where('w.status IN (:...active)', { active: ACTIVE_RND_STATES });
    if (!viewer.roles.includes(Role.RND_MANAGER)) {
      query.andWhere(
        `(w.status = :open OR w.lead_id = :viewerId OR EXISTS (SELECT 1 FROM work_order_member wm WHERE wm.work_order_id = w.id AND wm.user_id = :viewerId))`,
        { open: Status.OPEN_FOR_CLAIM, viewerId: viewer.id },
      );
    }
    return query.orderBy('w.created_at').getMany();
  }

  /** A work order the viewer may see (else NOT_FOUND), at the version the client saw (else CONFLICT). */
  async load(viewer: Viewer, id: string, expectedVersion?: number, claiming = false): Promise<FaultWorkOrder> {
    const order = await this.findVisible(viewer, id);
    if (!order) {
      // A claim by an engineer who saw it open, after someone else claimed it: a lost race, not a missing order.
      const claimedAway = claiming && viewer.roles.includes(Role.RND) && isUuid(id) && (await this.dataSource.getRepository(FaultWorkOrder).existsBy({ id }));
      throw claimedAway ? conflict('This work order') : notFound('Work order');
    }
    if (expectedVersion !== undefined && order.version !== expectedVersion) throw conflict('This work order');
    return order;
  }

  async findVisible(viewer: Viewer, id: string): Promise<FaultWorkOrder | null> {
    if (!isUuid(id)) return null;
    const project = visibleProjectCondition('p', viewer);
    return this.dataSource
      .getRepository(FaultWorkOrder)
      .createQueryBuilder('w')
      .innerJoin('project', 'p', 'p.id = w.project_id')
      .where('w.id = :id', { id })
      .andWhere(visibleWorkOrderCondition('w', viewer, project.sql), { ...project.params, viewerId: viewer.id })
      .getOne();
  }

  /** The submitter, the lead and the members the lead brought on: who may attach files. */
  async worksOn(viewer: Viewer, order: FaultWorkOrder): Promise<boolean> {
    if (order.submittedById === viewer.id || order.leadId === viewer.id) return true;
    return this.dataSource.getRepository(WorkOrderMember).existsBy({ workOrderId: order.id, userId: viewer.id });
  }

  /** The parties the viewer is on an order: its submitter, its lead, or (for claiming) any R&D engineer. */
  partiesOf(viewer: Viewer, order: FaultWorkOrder): Set<WorkOrderParty> {
    const parties = new Set<WorkOrderParty>();
    if (order.submittedById === viewer.id) parties.add('SUBMITTER');
    if (order.leadId === viewer.id) parties.add('LEAD');
    if (viewer.roles.includes(Role.RND)) parties.add('RND');
    return parties;
  }

  /** The steps the viewer may take now, for `viewerCan`. */
  actionsFor(viewer: Viewer, order: FaultWorkOrder): WorkOrderAction[] {
    const parties = this.partiesOf(viewer, order);
    return WORK_ORDER_FLOW.filter((rule) => rule.from === order.status && parties.has(rule.by)).map((rule) => rule.action);
  }

  private async afterApproval(unit: UnitOfWork, orderId: string, status: Status): Promise<FaultWorkOrder> {
    const moved = await unit.manager.update(FaultWorkOrder, { id: orderId, status: Status.PENDING_APPROVAL }, { status, version: () => 'version + 1' });
    if (moved.affected !== 1) throw conflict('This work order');
    const order = await unit.manager.getRepository(FaultWorkOrder).findOneByOrFail({ id: orderId });
    await this.recordChange(unit, order, null, status === Status.AWAITING_RND_REVIEW ? 'APPROVED' : 'REJECTED_BY_MANAGER', Status.PENDING_APPROVAL);
    return order;
  }

  private async rndEngineer(userId: string, field: string): Promise<User> {
    const user = isUuid(userId) ? await this.dataSource.getRepository(User).findOneBy({ id: userId, active: true }) : null;
    if (!user) throw invalid({ [field]: 'NOT_FOUND' });
    if (!user.roles.includes(Role.RND)) throw invalid({ [field]: 'NOT_RND' });
    return user;
  }

  /** SPEC §1: R&D on a project's work orders are its members (and so see it). */
  private async joinProject({ manager, record }: UnitOfWork, projectId: string, userId: string, actorId: string): Promise<void> {
    const added = await manager.createQueryBuilder().insert().into(ProjectMember).values({ projectId, userId, role: ProjectMemberRole.RND }).orIgnore().returning('user_id').execute();
    if ((added.raw as unknown[]).length > 0) {
      await record({ type: ProjectEvent.MEMBER_ADDED, projectId, entityType: 'ProjectMember', entityId: userId, actorId, payload: { role: ProjectMemberRole.RND, userId } });
    }
  }

  private step(
    order: FaultWorkOrder,
    expectedVersion: number,
    changes: Partial<FaultWorkOrder>,
    actorId: string,
    action: string,
    alsoWrite?: (unit: UnitOfWork) => Promise<void>,
  ): Promise<FaultWorkOrder> {
    return inTransaction(this.dataSource, this.bus, async (unit) => {
      await compareAndSet(unit.manager, FaultWorkOrder, order.id, { version: expectedVersion, statuses: [order.status] }, { ...changes, ...timestampsOf(changes.status) }, 'This work order');
      await alsoWrite?.(unit);
      const updated = await unit.manager.getRepository(FaultWorkOrder).findOneByOrFail({ id: order.id });
      await this.recordChange(unit, updated, actorId, action, order.status);
      return updated;
    });
  }

  /** The payload carries what the R&D queues and the notifications route by: the status before and after, the lead, the submitter. */
  private async recordChange({ manager, record }: UnitOfWork, order: FaultWorkOrder, actorId: string | null, action: string, from: Status | null): Promise<void> {
    const members = await manager.getRepository(WorkOrderMember).findBy({ workOrderId: order.id });
    await record({
      type: WORK_ORDER_CHANGED,
      projectId: order.projectId,
      entityType: 'FaultWorkOrder',
      entityId: order.id,
      actorId,
      payload: { action, from, status: order.status, title: order.title, leadId: order.leadId, memberIds: members.map((member) => member.userId), submittedById: order.submittedById },
    });
  }
}
