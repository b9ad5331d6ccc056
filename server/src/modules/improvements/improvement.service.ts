import type { DataSource } from 'typeorm';
import { companyDayOf, isCalendarDay } from '../../platform/company-calendar';
import { inTransaction, type UnitOfWork } from '../../platform/db/transaction';
import { isUuid } from '../../platform/db/uuid';
import type { EventBus } from '../../platform/events/event-bus';
import { AppError, conflict, forbidden, invalid, notFound } from '../../platform/graphql/errors';
import { ProjectMember } from '../projects/project-member.entity';
import { ProjectMemberRole } from '../projects/project-member-role';
import { ProjectEvent } from '../projects/project.events';
import { visibleProjectCondition } from '../projects/project.policy';
import type { ProjectService } from '../projects/project.service';
import type { RemainingIssueService } from '../remaining-issues/remaining-issue.service';
import { Role } from '../users/role.enum';
import { User } from '../users/user.entity';
import type { ProductVersionService } from '../versions/product-version.service';
import { ImprovementRequest } from './improvement-request.entity';
import { ImprovementStatus, RndDecision } from './improvement.enums';
import { ImprovementErrorCode } from './improvement.errors';
import { IMPROVEMENT_CHANGED, RND_COST_FLAGGED } from './improvement.events';
import type {
  CompleteImprovementRequestInput,
  DecideImprovementRequestInput,
  DeclineImprovementRequestInput,
  ImprovementStepInput,
  IssueImprovementRequestInput,
  LogRndTimeInput,
} from './improvement.inputs';
import { visibleImprovementCondition } from './improvement.policy';
import { RndTimeEntry } from './rnd-time-entry.entity';
import { rndCostOf } from './rnd-cost.type';
import { compareAndSet } from '../../platform/db/compare-and-set';

type Viewer = Pick<User, 'id' | 'roles'>;

/** 第二十一条: how many requests per project the responsible pre-sales may issue; the rest are the manager's. */
export const PRESALES_IMPROVEMENT_QUOTA = 2;
const MAX_MINUTES_PER_ENTRY = 24 * 60;

const notAllowed = (request: ImprovementRequest, what: string) =>
  new AppError(ImprovementErrorCode.IMPROVEMENT_ACTION_NOT_ALLOWED, `Cannot ${what} while the request is ${request.status}.`, { status: request.status });

/** 产品改进申请单 (第十九–二十二条): issued within the quota, agreed, reviewed by R&D, worked and timed. */
export class ImprovementService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly bus: EventBus,
    private readonly projects: ProjectService,
    private readonly remainingIssues: RemainingIssueService,
    private readonly versions: ProductVersionService,
    private readonly settings: { rndCostFlagHours: number },
  ) {}

  /**
   * The responsible pre-sales issues a project's first two (the sales must then agree); from
   * the third on only the PRESALES_MANAGER may. The count is taken under a lock on the project
   * row, so two requests at once cannot both be "the second".
   */
  async issue(viewer: Viewer, input: IssueImprovementRequestInput): Promise<ImprovementRequest> {
    const project = await this.projects.findVisible(viewer, input.projectId);
    const isManager = viewer.roles.includes(Role.PRESALES_MANAGER);
    const isResponsible = await this.dataSource.getRepository(ProjectMember).existsBy({ projectId: project.id, userId: viewer.id, role: ProjectMemberRole.FIRST_PRESALES });
    if (!isManager && !isResponsible) throw forbidden('issue an improvement request (the responsible pre-sales or the PRESALES_MANAGER does)');
    const fields: Record<string, string> = {};
    if (!input.title.trim()) fields.title = 'REQUIRED';
    if (!input.description.trim()) fields.description = 'REQUIRED';
    if (input.remainingIssueId && !isUuid(input.remainingIssueId)) fields.remainingIssueId = 'NOT_FOUND';
    if (Object.keys(fields).length > 0) throw invalid(fields);

    return inTransaction(this.dataSource, this.bus, async (unit) => {
      await unit.manager.query('SELECT 1 FROM project WHERE id = $1 FOR UPDATE', [project.id]);
      const [{ issued }] = (await unit.manager.query('SELECT count(*)::int AS issued FROM improvement_request WHERE project_id = $1', [project.id])) as { issued: number }[];
      if (issued >= PRESALES_IMPROVEMENT_QUOTA && !isManager) {
        throw new AppError(
          ImprovementErrorCode.IMPROVEMENT_QUOTA_EXCEEDED,
          `This project has ${issued} improvement requests; from the third on only the PRESALES_MANAGER issues them (第二十一条).`,
          { issued, quota: PRESALES_IMPROVEMENT_QUOTA },
        );
      }
      const request = await unit.manager.save(
        unit.manager.create(ImprovementRequest, {
          projectId: project.id,
          sequence: issued + 1,
          remainingIssueId: input.remainingIssueId || null,
          title: input.title.trim(),
          description: input.description.trim(),
          // The manager issues after talking with the sales and the pre-sales; the pre-sales' need the sales' agreement on record.
          status: isManager ? ImprovementStatus.ISSUED : ImprovementStatus.AWAITING_SALES_AGREEMENT,
          issuedById: viewer.id,
          salesAgreedById: null,
          salesAgreedAt: null,
          decidedById: null,
          decisionComment: null,
          rndLeadId: null,
        }),
      );
      if (input.remainingIssueId) await this.remainingIssues.sendToRnd(unit, input.remainingIssueId, project.id, viewer.id, 'IMPROVEMENT_REQUEST');
      await this.recordChange(unit, request, viewer.id, 'ISSUED');
      return request;
    });
  }

  /**
   * A fault work order R&D proposed to convert, and its submitter agreed to: an improvement
   * request already accepted, with the same lead. It counts among the project's requests; the
   * quota does not stop it, since R&D asked for it.
   */
  async createFromConversion(
    unit: UnitOfWork,
    from: { projectId: string; title: string; description: string; leadId: string; issuedById: string; remainingIssueId: string },
  ): Promise<ImprovementRequest> {
    await unit.manager.query('SELECT 1 FROM project WHERE id = $1 FOR UPDATE', [from.projectId]);
    const [{ issued }] = (await unit.manager.query('SELECT count(*)::int AS issued FROM improvement_request WHERE project_id = $1', [from.projectId])) as { issued: number }[];
    const request = await unit.manager.save(
      unit.manager.create(ImprovementRequest, {
        projectId: from.projectId,
        sequence: issued + 1,
        // The remaining issue stays with R&D, now through this form.
        remainingIssueId: from.remainingIssueId,
        title: from.title,
        description: from.description,
        status: ImprovementStatus.ACCEPTED,
        issuedById: from.issuedById,
        salesAgreedById: null,
        salesAgreedAt: null,
        decidedById: null,
        decisionComment: null,
        rndLeadId: from.leadId,
      }),
    );
    await this.recordChange(unit, request, from.issuedById, 'CONVERTED_FROM_WORK_ORDER');
    return request;
  }

  /** The responsible sales agrees to a pre-sales' request; it goes to R&D. */
  async agree(viewer: Viewer, input: ImprovementStepInput): Promise<ImprovementRequest> {
    const request = await this.load(viewer, input);
    const isSales = await this.dataSource.getRepository(ProjectMember).existsBy({ projectId: request.projectId, userId: viewer.id, role: ProjectMemberRole.RESPONSIBLE_SALES });
    if (!isSales) throw forbidden('agree to this request (the responsible sales does)');
    if (request.status !== ImprovementStatus.AWAITING_SALES_AGREEMENT) throw notAllowed(request, 'agree');
    return this.step(request, input, { status: ImprovementStatus.ISSUED, salesAgreedById: viewer.id, salesAgreedAt: new Date() }, viewer.id, 'SALES_AGREED');
  }

  /** The responsible sales does not agree: the request ends and its remaining issue is support's again. */
  async decline(viewer: Viewer, input: DeclineImprovementRequestInput): Promise<ImprovementRequest> {
    const request = await this.load(viewer, input);
    const isSales = await this.dataSource.getRepository(ProjectMember).existsBy({ projectId: request.projectId, userId: viewer.id, role: ProjectMemberRole.RESPONSIBLE_SALES });
    if (!isSales) throw forbidden('decline this request (the responsible sales does)');
    if (request.status !== ImprovementStatus.AWAITING_SALES_AGREEMENT) throw notAllowed(request, 'decline');
    const reason = input.reason.trim();
    if (!reason) throw invalid({ reason: 'REQUIRED' });
    return this.step(request, input, { status: ImprovementStatus.REJECTED, decidedById: viewer.id, decisionComment: reason }, viewer.id, 'DECLINED_BY_SALES', (unit) => this.giveIssueBack(unit, request, viewer.id));
  }

  /** The RND_MANAGER accepts and names the R&D lead (who joins the project), or rejects with a reason. */
  async decide(viewer: Viewer, input: DecideImprovementRequestInput): Promise<ImprovementRequest> {
    const request = await this.load(viewer, input);
    if (!viewer.roles.includes(Role.RND_MANAGER)) throw forbidden('review improvement requests (the RND_MANAGER does)');
    if (request.status !== ImprovementStatus.ISSUED) throw notAllowed(request, 'review');
    const comment = input.comment?.trim() || null;
    if (input.decision === RndDecision.REJECT) {
      if (!comment) throw invalid({ comment: 'REQUIRED' });
      return this.step(request, input, { status: ImprovementStatus.REJECTED, decidedById: viewer.id, decisionComment: comment }, viewer.id, 'REJECTED', (unit) => this.giveIssueBack(unit, request, viewer.id));
    }
    const lead = input.rndLeadId && isUuid(input.rndLeadId) ? await this.dataSource.getRepository(User).findOneBy({ id: input.rndLeadId, active: true }) : null;
    if (!lead) throw invalid({ rndLeadId: input.rndLeadId ? 'NOT_FOUND' : 'REQUIRED' });
    if (!lead.roles.includes(Role.RND)) throw invalid({ rndLeadId: 'NOT_RND' });
    const changes = { status: ImprovementStatus.ACCEPTED, decidedById: viewer.id, decisionComment: comment, rndLeadId: lead.id };
    return this.step(request, input, changes, viewer.id, 'ACCEPTED', async ({ manager, record }) => {
      // SPEC §1: the R&D lead of a project's work is a member of it.
      const added = await manager
        .createQueryBuilder()
        .insert()
        .into(ProjectMember)
        .values({ projectId: request.projectId, userId: lead.id, role: ProjectMemberRole.RND })
        .orIgnore()
        .returning('user_id')
        .execute();
      if ((added.raw as unknown[]).length > 0) {
        await record({ type: ProjectEvent.MEMBER_ADDED, projectId: request.projectId, entityType: 'ProjectMember', entityId: lead.id, actorId: viewer.id, payload: { role: ProjectMemberRole.RND, userId: lead.id } });
      }
    });
  }

  /** The lead logs net R&D time; crossing the threshold flags the project's bonus (第二十二条). */
  async logTime(viewer: Viewer, input: LogRndTimeInput): Promise<RndTimeEntry> {
    const request = await this.load(viewer, { requestId: input.requestId });
    if (request.rndLeadId !== viewer.id) throw forbidden('log time on this request (its R&D lead does)');
    if (request.status !== ImprovementStatus.ACCEPTED) throw notAllowed(request, 'log time');
    const fields: Record<string, string> = {};
    if (!Number.isInteger(input.minutes) || input.minutes < 1 || input.minutes > MAX_MINUTES_PER_ENTRY) fields.minutes = 'OUT_OF_RANGE';
    if (!isCalendarDay(input.workedOn)) fields.workedOn = 'INVALID_DATE';
    else if (input.workedOn > companyDayOf(new Date())) fields.workedOn = 'IN_THE_FUTURE';
    if (Object.keys(fields).length > 0) throw invalid(fields);

    return inTransaction(this.dataSource, this.bus, async (unit) => {
      // One project's entries are logged one at a time, so exactly one of them crosses the threshold.
      await unit.manager.query('SELECT 1 FROM project WHERE id = $1 FOR UPDATE', [request.projectId]);
      // Completed meanwhile? Then no more time goes on it.
      const [current] = (await unit.manager.query('SELECT status FROM improvement_request WHERE id = $1 FOR UPDATE', [request.id])) as { status: ImprovementStatus }[];
      if (current.status !== ImprovementStatus.ACCEPTED) throw notAllowed({ ...request, status: current.status }, 'log time');
      const before = await this.projectMinutes(unit, request.projectId);
      const entry = await unit.manager.save(
        unit.manager.create(RndTimeEntry, { projectId: request.projectId, improvementRequestId: request.id, userId: viewer.id, minutes: input.minutes, workedOn: input.workedOn, note: input.note?.trim() ?? '' }),
      );
      // No minutes on the timeline: R&D cost is bonus-related (see seesRndCost).
      await this.recordChange(unit, request, viewer.id, 'TIME_LOGGED');
      const thresholdHours = this.settings.rndCostFlagHours;
      if (!rndCostOf(before, thresholdHours).bonusAfterRndCost && rndCostOf(before + input.minutes, thresholdHours).bonusAfterRndCost) {
        // Kept off the project's timeline (no projectId), which every member reads: the flag is bonus-related.
        await unit.record({
          type: RND_COST_FLAGGED,
          projectId: null,
          entityType: 'Project',
          entityId: request.projectId,
          actorId: viewer.id,
          payload: { minutes: before + input.minutes, thresholdHours },
        });
      }
      return entry;
    });
  }

  /** The lead finishes the request: a remaining issue it carries is resolved with the solution, a custom build is registered. */
  async complete(viewer: Viewer, input: CompleteImprovementRequestInput): Promise<ImprovementRequest> {
    const request = await this.load(viewer, input);
    if (request.rndLeadId !== viewer.id) throw forbidden('complete this request (its R&D lead does)');
    if (request.status !== ImprovementStatus.ACCEPTED) throw notAllowed(request, 'complete');
    const product = input.product?.trim() ?? '';
    const customVersion = input.customVersion?.trim() ?? '';
    const solution = input.solution?.trim() ?? '';
    const fields: Record<string, string> = {};
    if (product && !customVersion) fields.customVersion = 'REQUIRED';
    if (customVersion && !product) fields.product = 'REQUIRED';
    if (product && customVersion && (await this.versions.exists(product, customVersion))) fields.customVersion = 'ALREADY_EXISTS';
    if (request.remainingIssueId && !solution) fields.solution = 'REQUIRED';
    if (Object.keys(fields).length > 0) throw invalid(fields);
    return this.step(request, input, { status: ImprovementStatus.DONE }, viewer.id, 'DONE', async (unit) => {
      if (customVersion) await this.versions.createCustom(unit, viewer.id, { product, version: customVersion, improvementRequestId: request.id });
      if (request.remainingIssueId) await this.remainingIssues.resolveFromRnd(unit, request.remainingIssueId, viewer.id, solution);
    });
  }

  /** R&D's view: awaiting review and in progress for the RND_MANAGER; what one leads for anyone else. */
  queue(viewer: Viewer): Promise<ImprovementRequest[]> {
    const query = this.dataSource.getRepository(ImprovementRequest).createQueryBuilder('r');
    if (viewer.roles.includes(Role.RND_MANAGER)) query.where('r.status IN (:...open)', { open: [ImprovementStatus.ISSUED, ImprovementStatus.ACCEPTED] });
    else query.where('r.rnd_lead_id = :viewerId AND r.status = :accepted', { viewerId: viewer.id, accepted: ImprovementStatus.ACCEPTED });
    return query.orderBy('r.created_at').getMany();
  }

  private giveIssueBack(unit: UnitOfWork, request: ImprovementRequest, actorId: string): Promise<void> {
    return request.remainingIssueId ? this.remainingIssues.returnToSupport(unit, request.remainingIssueId, actorId) : Promise.resolve();
  }

  private async projectMinutes(unit: UnitOfWork, projectId: string): Promise<number> {
    const [{ minutes }] = (await unit.manager.query('SELECT COALESCE(SUM(minutes), 0)::int AS minutes FROM rnd_time_entry WHERE project_id = $1', [projectId])) as { minutes: number }[];
    return minutes;
  }

  async findVisible(viewer: Viewer, id: string): Promise<ImprovementRequest | null> {
    if (!isUuid(id)) return null;
    const project = visibleProjectCondition('p', viewer);
    return this.dataSource
      .getRepository(ImprovementRequest)
      .createQueryBuilder('r')
      .innerJoin('project', 'p', 'p.id = r.project_id')
      .where('r.id = :id', { id })
      .andWhere(visibleImprovementCondition('r', viewer, project.sql), { ...project.params, viewerId: viewer.id })
      .getOne();
  }

  /** A request the viewer may see (else NOT_FOUND), at the version the client saw (else CONFLICT). */
  private async load(viewer: Viewer, input: { requestId: string; expectedVersion?: number }): Promise<ImprovementRequest> {
    const request = await this.findVisible(viewer, input.requestId);
    if (!request) throw notFound('Improvement request');
    if (input.expectedVersion !== undefined && request.version !== input.expectedVersion) throw conflict('This improvement request');
    return request;
  }

  private step(
    request: ImprovementRequest,
    input: ImprovementStepInput,
    changes: Partial<ImprovementRequest>,
    actorId: string,
    action: string,
    alsoWrite?: (unit: UnitOfWork) => Promise<void>,
  ): Promise<ImprovementRequest> {
    return inTransaction(this.dataSource, this.bus, async (unit) => {
      await compareAndSet(unit.manager, ImprovementRequest, request.id, { version: input.expectedVersion, statuses: [request.status] }, changes, 'This improvement request');
      await alsoWrite?.(unit);
      const updated = await unit.manager.getRepository(ImprovementRequest).findOneByOrFail({ id: request.id });
      await this.recordChange(unit, updated, actorId, action);
      return updated;
    });
  }

  private recordChange({ record }: UnitOfWork, request: ImprovementRequest, actorId: string, action: string, extra: Record<string, unknown> = {}): Promise<void> {
    return record({
      type: IMPROVEMENT_CHANGED,
      projectId: request.projectId,
      entityType: 'ImprovementRequest',
      entityId: request.id,
      actorId,
      // The lead is named so that the R&D queue feed can route the change (rndQueueChanges).
      payload: { action, sequence: request.sequence, title: request.title, status: request.status, rndLeadId: request.rndLeadId, ...extra },
    });
  }
}
