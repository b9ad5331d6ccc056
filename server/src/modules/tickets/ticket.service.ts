import { type DataSource, type EntityManager, IsNull } from 'typeorm';
import { compareAndSet } from '../../platform/db/compare-and-set';
import { inTransaction, type UnitOfWork } from '../../platform/db/transaction';
import { isUuid } from '../../platform/db/uuid';
import type { EventBus } from '../../platform/events/event-bus';
import { AppError, conflict, forbidden, invalid, notFound } from '../../platform/graphql/errors';
import { Contact } from '../customers/contact.entity';
import { Customer } from '../customers/customer.entity';
import type { KnowledgeService } from '../knowledge/knowledge.service';
import { ProjectMemberRole } from '../projects/project-member-role';
import { ProjectMember } from '../projects/project-member.entity';
import type { ProjectService } from '../projects/project.service';
import { RemainingIssue } from '../reports/remaining-issue.entity';
import { REMAINING_ISSUE_CHANGED } from '../remaining-issues/remaining-issue.events';
import type { SatisfactionService } from '../satisfaction/satisfaction.service';
import { SlaClockKind, SlaPauseReason } from '../sla/sla.enums';
import type { SlaService } from '../sla/sla.service';
import { SlaPolicy } from '../sla/sla-policy.entity';
import { Role } from '../users/role.enum';
import { User } from '../users/user.entity';
import { TicketMessage } from './ticket-message.entity';
import type { TicketPermissions } from './ticket-permissions.type';
import { Ticket } from './ticket.entity';
import { OPEN_TICKET_STATUSES, SupportTier, TicketAction, TicketChannel, TicketStatus } from './ticket.enums';
import { TicketErrorCode } from './ticket.errors';
import { NOTED, TICKET_CHANGED, TICKET_ESCALATED, ticketEventPayload } from './ticket.events';
import { TICKET_FLOW, type TicketActor, type TicketRule } from './ticket.flow';
import type { AssignTicketInput, ChangeTicketPriorityInput, CreateTicketInput, EscalateTicketInput, TicketFilter, TicketMessageInput, TicketStepInput } from './ticket.inputs';
import { handlesTickets, isPortalUser, managesTickets, type TicketViewer, visibleTicketCondition } from './ticket.policy';

const MAX_LISTED = 500;
/** As everywhere in Liaison: titles 200 characters, texts 20,000. */
const MAX_TITLE = 200;
const MAX_TEXT = 20_000;

/** TOO_LONG for each given field over its limit. */
function tooLong(limits: Record<string, [string | null | undefined, number]>): Record<string, string> {
  return Object.fromEntries(Object.entries(limits).filter(([, [value, max]]) => (value?.length ?? 0) > max).map(([field]) => [field, 'TOO_LONG']));
}

/** Escalation goes up: first line → senior → R&D or the manager. */
const ESCALATIONS: Record<SupportTier, readonly SupportTier[]> = {
  [SupportTier.FIRST_LINE]: [SupportTier.SENIOR, SupportTier.RND, SupportTier.MANAGER],
  [SupportTier.SENIOR]: [SupportTier.RND, SupportTier.MANAGER],
  [SupportTier.RND]: [SupportTier.MANAGER],
  [SupportTier.MANAGER]: [],
};

/** 工单 (SPEC §7): intake with a gap-free number, the lifecycle, the conversation, escalation. */
export class TicketService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly bus: EventBus,
    private readonly projects: ProjectService,
    private readonly sla: SlaService,
    private readonly knowledge: KnowledgeService,
    private readonly satisfaction: SatisfactionService,
  ) {}

  async create(viewer: TicketViewer, input: CreateTicketInput): Promise<Ticket> {
    const portal = isPortalUser(viewer);
    const customerId = portal ? viewer.customerId : input.customerId;
    const fields: Record<string, string> = tooLong({
      title: [input.title.trim(), MAX_TITLE],
      description: [input.description, MAX_TEXT],
      product: [input.product, MAX_TITLE],
      productVersion: [input.productVersion, MAX_TITLE],
      module: [input.module, MAX_TITLE],
      steps: [input.steps, MAX_TEXT],
      errorText: [input.errorText, MAX_TEXT],
    });
    if (!input.title.trim()) fields.title = 'REQUIRED';
    if (!input.description.trim()) fields.description = 'REQUIRED';
    if (!customerId) fields.customerId = portal ? 'NO_ORGANISATION' : 'REQUIRED';
    else if (!isUuid(customerId) || !(await this.dataSource.getRepository(Customer).existsBy({ id: customerId }))) fields.customerId = 'NOT_FOUND';
    if (input.contactId && !(customerId && isUuid(input.contactId) && (await this.dataSource.getRepository(Contact).existsBy({ id: input.contactId, customerId, removedAt: IsNull() })))) {
      fields.contactId = 'NOT_FOUND';
    }
    if (input.occurredAt && input.occurredAt.getTime() > Date.now() + 60_000) fields.occurredAt = 'IN_THE_FUTURE';
    let firstPresalesId: string | null = null;
    if (input.projectId && !portal) {
      const project = await this.projects.findVisible(viewer, input.projectId).catch(() => null);
      if (!project) fields.projectId = 'NOT_FOUND';
      else if (project.customerId !== customerId) fields.projectId = 'OTHER_CUSTOMER';
      else firstPresalesId = await this.firstPresalesOf(this.dataSource.manager, project.id);
    }
    if (Object.keys(fields).length > 0) throw invalid(fields);

    return inTransaction(this.dataSource, this.bus, async (unit) => {
      const now = new Date();
      const policy = await this.sla.policyFor(unit.manager, customerId!, now);
      const ticket = await unit.manager.save(
        unit.manager.create(Ticket, {
          number: await this.nextNumber(unit.manager, now),
          channel: portal ? TicketChannel.WEB_PORTAL : input.channel,
          customerId: customerId!,
          contactId: input.contactId || null,
          projectId: portal ? null : input.projectId || null,
          title: input.title.trim(),
          description: input.description.trim(),
          product: input.product?.trim() || null,
          productVersion: input.productVersion?.trim() || null,
          category: input.category,
          module: input.module?.trim() || null,
          occurredAt: input.occurredAt ?? null,
          frequency: input.frequency ?? null,
          steps: input.steps?.trim() || null,
          errorText: input.errorText?.trim() || null,
          priority: input.priority,
          status: TicketStatus.NEW,
          tier: SupportTier.FIRST_LINE,
          // After-sales tickets on a project go to its first pre-sales (SPEC §7).
          assigneeId: firstPresalesId,
          createdById: viewer.id,
          slaPolicyId: policy.id,
          createdAt: now,
        }),
      );
      await this.sla.startClocks(unit, ticket, policy, now);
      await this.recordChange(unit, ticket, viewer.id, 'CREATED');
      return ticket;
    });
  }

  /** One lifecycle step (TICKET_FLOW), compare-and-set on status and version. */
  async step(viewer: TicketViewer, input: TicketStepInput): Promise<Ticket> {
    const ticket = await this.load(viewer, input.ticketId);
    if (ticket.version !== input.expectedVersion) throw conflict('This ticket');
    const rule = this.ruleFor(viewer, ticket, input.action);
    if (!rule) {
      throw new AppError(TicketErrorCode.TICKET_ACTION_NOT_ALLOWED, `${input.action} is not possible on a ${ticket.status} ticket for you.`, { status: ticket.status });
    }
    const text = (value: string | null | undefined) => value?.trim() || null;
    const fields: Record<string, string> = tooLong({
      note: [input.note, MAX_TEXT],
      solution: [input.solution, MAX_TEXT],
      cause: [input.cause, MAX_TEXT],
      steps: [input.steps, MAX_TEXT],
      lessons: [input.lessons, MAX_TEXT],
    });
    if (rule.needsNote && !text(input.note)) fields.note = 'REQUIRED';
    if (input.action === TicketAction.RESOLVE && !text(input.solution)) fields.solution = 'REQUIRED';
    if (input.action === TicketAction.CLOSE) {
      if (!text(input.cause)) fields.cause = 'REQUIRED';
      if (!text(input.solution) && !ticket.solution) fields.solution = 'REQUIRED';
    }
    if (Object.keys(fields).length > 0) throw invalid(fields);

    return inTransaction(this.dataSource, this.bus, async (unit) => {
      const now = new Date();
      const changes: Partial<Ticket> = {};
      if (rule.to) changes.status = rule.to;
      switch (input.action) {
        case TicketAction.ACKNOWLEDGE:
          changes.acknowledgedAt = now;
          if (!ticket.assigneeId && handlesTickets(viewer)) changes.assigneeId = viewer.id;
          break;
        case TicketAction.RESOLVE:
          changes.resolvedAt = now;
          changes.solution = text(input.solution);
          changes.customerConfirmedAt = null;
          break;
        case TicketAction.CONFIRM_RESOLUTION:
          changes.customerConfirmedAt = now;
          break;
        case TicketAction.CLOSE:
          changes.closedAt = now;
          // For the record (staff only); the customer keeps the solution they were given.
          changes.closingSolution = text(input.solution) ?? ticket.solution;
          changes.closingCause = text(input.cause);
          changes.closingSteps = text(input.steps);
          changes.closingLessons = text(input.lessons);
          break;
        case TicketAction.REOPEN:
          changes.reopenCount = ticket.reopenCount + 1;
          changes.resolvedAt = null;
          changes.closedAt = null;
          changes.customerConfirmedAt = null;
          break;
        default:
          break;
      }
      await compareAndSet(unit.manager, Ticket, ticket.id, { version: input.expectedVersion, statuses: [ticket.status] }, changes, 'This ticket');
      await this.moveClocks(unit, ticket, rule, input.action, now);
      // Read after the clocks: a breach found on the way escalates the ticket too.
      const updated = await unit.manager.getRepository(Ticket).findOneByOrFail({ id: ticket.id });
      const note = text(input.note);
      if (note) await this.addMessage(unit.manager, ticket.id, viewer.id, note, false);
      if (input.action === TicketAction.RESOLVE) await this.addMessage(unit.manager, ticket.id, viewer.id, updated.solution!, false);
      if (input.action === TicketAction.CLOSE) {
        await this.satisfaction.openFor(unit, updated, updated.assigneeId ?? viewer.id);
        if (input.publishArticle) {
          await this.knowledge.draftFromTicket(
            unit,
            { ticketId: updated.id, title: updated.title, product: updated.product, cause: updated.closingCause!, solution: updated.closingSolution!, steps: updated.closingSteps, lessons: updated.closingLessons },
            viewer.id,
          );
        }
      }
      await this.recordChange(unit, updated, viewer.id, input.action);
      return updated;
    });
  }

  /** A reply (seen by the customer) or an internal note. A customer's reply ends a wait for them. */
  async addMessageAs(viewer: TicketViewer, input: TicketMessageInput): Promise<TicketMessage> {
    const ticket = await this.load(viewer, input.ticketId);
    const portal = isPortalUser(viewer);
    if (input.internal && portal) throw forbidden();
    if (!input.body.trim()) throw invalid({ body: 'REQUIRED' });
    if (input.body.length > MAX_TEXT) throw invalid({ body: 'TOO_LONG' });
    const closed = () => new AppError(TicketErrorCode.TICKET_ACTION_NOT_ALLOWED, 'A closed ticket takes no replies; reopen it first.', { status: TicketStatus.CLOSED });
    if (ticket.status === TicketStatus.CLOSED && !input.internal) throw closed();
    if (!input.internal && !this.mayReply(viewer, ticket)) throw forbidden('reply to the customer on this ticket');
    return inTransaction(this.dataSource, this.bus, async (unit) => {
      // Checked again under the row lock: a reply racing a CLOSE must not land on the closed ticket.
      const locked = await unit.manager.getRepository(Ticket).findOneOrFail({ where: { id: ticket.id }, lock: { mode: 'pessimistic_write' } });
      if (locked.status === TicketStatus.CLOSED && !input.internal) throw closed();
      const message = await this.addMessage(unit.manager, ticket.id, viewer.id, input.body.trim(), input.internal);
      let current = ticket;
      if (portal && ticket.status === TicketStatus.WAITING_CUSTOMER) {
        const resumed = await unit.manager
          .createQueryBuilder()
          .update(Ticket)
          .set({ status: TicketStatus.IN_PROGRESS, version: () => 'version + 1' })
          .where('id = :id AND status = :waiting', { id: ticket.id, waiting: TicketStatus.WAITING_CUSTOMER })
          .execute();
        if (resumed.affected === 1) {
          await this.sla.resume(unit, ticket.id, new Date());
          current = await unit.manager.getRepository(Ticket).findOneByOrFail({ id: ticket.id });
        }
      }
      await this.recordChange(unit, current, viewer.id, input.internal ? NOTED : 'REPLIED');
      return message;
    });
  }

  /**
   * A new priority (e.g. a customer's URGENT that is a question): the clocks not yet stopped
   * run against the new priority's targets from the same start. The reason is an internal note.
   */
  async changePriority(viewer: TicketViewer, input: ChangeTicketPriorityInput): Promise<Ticket> {
    const ticket = await this.load(viewer, input.ticketId);
    if (!this.isHandler(viewer, ticket)) throw forbidden();
    if (ticket.version !== input.expectedVersion) throw conflict('This ticket');
    if (!OPEN_TICKET_STATUSES.includes(ticket.status)) {
      throw new AppError(TicketErrorCode.TICKET_ACTION_NOT_ALLOWED, `The priority of a ${ticket.status} ticket no longer changes.`, { status: ticket.status });
    }
    const reason = input.reason.trim();
    const fields = tooLong({ reason: [reason, MAX_TEXT] });
    if (!reason) fields.reason = 'REQUIRED';
    if (input.priority === ticket.priority) fields.priority = 'UNCHANGED';
    if (Object.keys(fields).length > 0) throw invalid(fields);
    return inTransaction(this.dataSource, this.bus, async (unit) => {
      await compareAndSet(unit.manager, Ticket, ticket.id, { version: input.expectedVersion, statuses: [ticket.status] }, { priority: input.priority }, 'This ticket');
      const policy = await unit.manager.getRepository(SlaPolicy).findOneByOrFail({ id: ticket.slaPolicyId });
      await this.sla.retarget(unit, ticket.id, policy, input.priority);
      await this.addMessage(unit.manager, ticket.id, viewer.id, reason, true);
      const updated = await unit.manager.getRepository(Ticket).findOneByOrFail({ id: ticket.id });
      await unit.record({
        type: TICKET_CHANGED,
        projectId: updated.projectId,
        entityType: 'Ticket',
        entityId: updated.id,
        actorId: viewer.id,
        payload: { ...ticketEventPayload(updated), action: 'PRIORITY_CHANGED', from: ticket.priority },
      });
      return updated;
    });
  }

  /** The manager assigns anyone who handles tickets; an engineer may take a ticket themself. */
  async assign(viewer: TicketViewer, input: AssignTicketInput): Promise<Ticket> {
    const ticket = await this.load(viewer, input.ticketId);
    if (!this.canAssign(viewer, ticket, input.assigneeId)) throw forbidden();
    const assignee = isUuid(input.assigneeId) ? await this.dataSource.getRepository(User).findOneBy({ id: input.assigneeId, active: true }) : null;
    if (!assignee || !handlesTickets(assignee)) throw invalid({ assigneeId: assignee ? 'NOT_AN_ENGINEER' : 'NOT_FOUND' });
    return this.update(viewer, ticket, input.expectedVersion, { assigneeId: assignee.id }, 'ASSIGNED', OPEN_TICKET_STATUSES);
  }

  /** Up a tier; R&D opens a remaining issue on the project and waits for it (clocks pause). */
  async escalate(viewer: TicketViewer, input: EscalateTicketInput): Promise<Ticket> {
    const ticket = await this.load(viewer, input.ticketId);
    if (!this.isHandler(viewer, ticket)) throw forbidden();
    // Checked on the tier order alone, so that R&D without a project says TICKET_NEEDS_PROJECT.
    if (!OPEN_TICKET_STATUSES.includes(ticket.status) || !ESCALATIONS[ticket.tier].includes(input.to)) {
      throw new AppError(TicketErrorCode.ESCALATION_NOT_ALLOWED, `A ${ticket.tier} ${ticket.status} ticket cannot be escalated to ${input.to}.`, { tier: ticket.tier, status: ticket.status });
    }
    const reason = input.reason.trim();
    const fields: Record<string, string> = tooLong({ reason: [reason, MAX_TEXT] });
    if (!reason) fields.reason = 'REQUIRED';
    let assigneeId = ticket.assigneeId;
    if (input.to === SupportTier.SENIOR && input.assigneeId) {
      const senior = isUuid(input.assigneeId) ? await this.dataSource.getRepository(User).findOneBy({ id: input.assigneeId, active: true }) : null;
      if (!senior?.senior || !handlesTickets(senior)) fields.assigneeId = senior ? 'NOT_SENIOR' : 'NOT_FOUND';
      else assigneeId = senior.id;
    }
    if (Object.keys(fields).length > 0) throw invalid(fields);
    if (input.to === SupportTier.RND && !ticket.projectId) {
      throw new AppError(TicketErrorCode.TICKET_NEEDS_PROJECT, 'R&D is reached through a project\'s remaining issue; link the ticket to its project first.');
    }

    return inTransaction(this.dataSource, this.bus, async (unit) => {
      const now = new Date();
      const changes: Partial<Ticket> = { tier: input.to, assigneeId };
      if (input.to === SupportTier.RND) {
        changes.remainingIssueId = await this.openRemainingIssue(unit, ticket, viewer.id);
        if (ticket.status === TicketStatus.ACKNOWLEDGED || ticket.status === TicketStatus.IN_PROGRESS) changes.status = TicketStatus.WAITING_RND;
      }
      await compareAndSet(unit.manager, Ticket, ticket.id, { version: input.expectedVersion, statuses: [ticket.status] }, changes, 'This ticket');
      if (changes.status === TicketStatus.WAITING_RND) await this.sla.pause(unit, ticket.id, SlaPauseReason.WAITING_RND, now);
      await this.addMessage(unit.manager, ticket.id, viewer.id, reason, true);
      const updated = await unit.manager.getRepository(Ticket).findOneByOrFail({ id: ticket.id });
      await unit.record({
        type: TICKET_ESCALATED,
        projectId: updated.projectId,
        entityType: 'Ticket',
        entityId: updated.id,
        actorId: viewer.id,
        payload: { ...ticketEventPayload(updated), from: ticket.tier, to: input.to, reason },
      });
      return updated;
    });
  }

  /** The viewer's queue: open tickets by default, at-risk SLAs first (breached, then nearest due). */
  async list(viewer: TicketViewer, filter: TicketFilter = {}, limit = 200): Promise<Ticket[]> {
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LISTED) throw invalid({ limit: 'OUT_OF_RANGE' });
    const visible = visibleTicketCondition('t', viewer);
    const query = this.dataSource.getRepository(Ticket).createQueryBuilder('t').select('t.id', 'id').where(visible.sql, visible.params);
    query.andWhere('t.status = ANY(:statuses)', { statuses: filter.statuses?.length ? filter.statuses : OPEN_TICKET_STATUSES });
    if (filter.priorities?.length) query.andWhere('t.priority = ANY(:priorities)', { priorities: filter.priorities });
    if (filter.customerId) {
      if (!isUuid(filter.customerId)) return [];
      query.andWhere('t.customer_id = :customerId', { customerId: filter.customerId });
    }
    if (filter.mine) query.andWhere('t.assignee_id = :me', { me: viewer.id });
    if (filter.unassigned) query.andWhere('t.assignee_id IS NULL');
    const text = filter.text?.trim();
    if (text) query.andWhere('(t.number ILIKE :text OR t.title ILIKE :text OR t.description ILIKE :text)', { text: `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
    const rows: { id: string }[] = await query
      .addSelect(`EXISTS (SELECT 1 FROM sla_clock c WHERE c.ticket_id = t.id AND c.state = 'BREACHED' AND c.stopped_at IS NULL)`, 'breached')
      .addSelect(`(SELECT min(c.due_at) FROM sla_clock c WHERE c.ticket_id = t.id AND c.state = 'RUNNING')`, 'next_due')
      .addSelect('t.created_at', 'created_at')
      .orderBy('breached', 'DESC')
      .addOrderBy('next_due', 'ASC', 'NULLS LAST')
      .addOrderBy('created_at', 'ASC')
      .limit(limit)
      .getRawMany();
    if (rows.length === 0) return [];
    const tickets = await this.dataSource.getRepository(Ticket).createQueryBuilder('t').where('t.id = ANY(:ids)', { ids: rows.map((row) => row.id) }).getMany();
    const byId = new Map(tickets.map((ticket) => [ticket.id, ticket]));
    return rows.map((row) => byId.get(row.id)!).filter(Boolean);
  }

  async findVisible(viewer: TicketViewer, id: string): Promise<Ticket | null> {
    if (!isUuid(id)) return null;
    const visible = visibleTicketCondition('t', viewer);
    return this.dataSource.getRepository(Ticket).createQueryBuilder('t').where('t.id = :id', { id }).andWhere(visible.sql, visible.params).getOne();
  }

  async findByNumber(viewer: TicketViewer, number: string): Promise<Ticket | null> {
    const visible = visibleTicketCondition('t', viewer);
    return this.dataSource.getRepository(Ticket).createQueryBuilder('t').where('t.number = :number', { number: number.trim().toUpperCase() }).andWhere(visible.sql, visible.params).getOne();
  }

  permissions(viewer: TicketViewer, ticket: Ticket): TicketPermissions {
    const portal = isPortalUser(viewer);
    return {
      actions: TICKET_FLOW.filter((rule) => this.ruleFor(viewer, ticket, rule.action) !== null).map((rule) => rule.action),
      reply: ticket.status !== TicketStatus.CLOSED && this.mayReply(viewer, ticket),
      addInternalNote: !portal,
      assign: OPEN_TICKET_STATUSES.includes(ticket.status) && this.canAssign(viewer, ticket, viewer.id),
      changePriority: this.isHandler(viewer, ticket) && OPEN_TICKET_STATUSES.includes(ticket.status),
      escalateTo: this.isHandler(viewer, ticket) ? this.escalationsFor(ticket) : [],
    };
  }

  private ruleFor(viewer: TicketViewer, ticket: Ticket, action: TicketAction): TicketRule | null {
    const actor: TicketActor | null = isPortalUser(viewer) ? 'CUSTOMER' : this.isHandler(viewer, ticket) ? 'STAFF' : null;
    if (!actor) return null;
    const rule = TICKET_FLOW.find((candidate) => candidate.action === action && candidate.from.includes(ticket.status));
    if (!rule) return null;
    if (action === TicketAction.CONFIRM_RESOLUTION && ticket.customerConfirmedAt) return null;
    // Staff confirm on the customer's behalf (by phone, say) only by closing.
    return rule.by.includes(actor) ? rule : null;
  }

  /** Who speaks to the customer: the customer, whoever works the ticket, and the heads of support. */
  private mayReply(viewer: TicketViewer, ticket: Ticket): boolean {
    return isPortalUser(viewer) || this.isHandler(viewer, ticket) || managesTickets(viewer);
  }

  /** Who works a ticket: its assignee, the manager, or — while nobody holds it — any engineer who sees it. */
  private isHandler(viewer: TicketViewer, ticket: Ticket): boolean {
    if (isPortalUser(viewer)) return false;
    if (ticket.assigneeId === viewer.id || viewer.roles.includes(Role.PRESALES_MANAGER)) return true;
    return ticket.assigneeId === null && handlesTickets(viewer);
  }

  private canAssign(viewer: TicketViewer, ticket: Ticket, assigneeId: string): boolean {
    if (isPortalUser(viewer) || !OPEN_TICKET_STATUSES.includes(ticket.status)) return false;
    if (viewer.roles.includes(Role.PRESALES_MANAGER)) return true;
    return assigneeId === viewer.id && handlesTickets(viewer) && (ticket.assigneeId === null || ticket.assigneeId === viewer.id);
  }

  private escalationsFor(ticket: Ticket): SupportTier[] {
    if (!OPEN_TICKET_STATUSES.includes(ticket.status)) return [];
    return ESCALATIONS[ticket.tier].filter((tier) => tier !== SupportTier.RND || ticket.projectId !== null);
  }

  /** The SLA side of a step: ACKNOWLEDGE meets the response, RESOLVE the resolution; waits pause. */
  private async moveClocks(unit: UnitOfWork, ticket: Ticket, rule: TicketRule, action: TicketAction, now: Date): Promise<void> {
    if (rule.pauses) await this.sla.pause(unit, ticket.id, rule.pauses, now);
    switch (action) {
      case TicketAction.ACKNOWLEDGE:
        return this.sla.stop(unit, ticket.id, SlaClockKind.RESPONSE, now);
      case TicketAction.RESUME:
        return this.sla.resume(unit, ticket.id, now);
      case TicketAction.RESOLVE:
        await this.sla.stop(unit, ticket.id, SlaClockKind.RESPONSE, now);
        return this.sla.stop(unit, ticket.id, SlaClockKind.RESOLUTION, now);
      case TicketAction.REOPEN:
        return this.sla.reopen(unit, ticket.id, SlaPauseReason.CUSTOMER_VERIFYING, now);
      default:
        return undefined;
    }
  }

  private async update(viewer: TicketViewer, ticket: Ticket, expectedVersion: number, changes: Partial<Ticket>, action: string, statuses: readonly TicketStatus[]): Promise<Ticket> {
    if (ticket.version !== expectedVersion) throw conflict('This ticket');
    if (!statuses.includes(ticket.status)) {
      throw new AppError(TicketErrorCode.TICKET_ACTION_NOT_ALLOWED, `Not possible on a ${ticket.status} ticket.`, { status: ticket.status });
    }
    return inTransaction(this.dataSource, this.bus, async (unit) => {
      await compareAndSet(unit.manager, Ticket, ticket.id, { version: expectedVersion, statuses: [ticket.status] }, changes, 'This ticket');
      const updated = await unit.manager.getRepository(Ticket).findOneByOrFail({ id: ticket.id });
      await this.recordChange(unit, updated, viewer.id, action);
      return updated;
    });
  }

  /**
   * TS-YYYY-NNNNNN. The counter row is locked by the upsert until this transaction ends, so
   * concurrent intakes queue on it and a rolled-back intake gives its number back: no gaps.
   */
  private async nextNumber(manager: EntityManager, at: Date): Promise<string> {
    const year = Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(at));
    const [row] = (await manager.query(
      `INSERT INTO ticket_counter (year, last) VALUES ($1, 1) ON CONFLICT (year) DO UPDATE SET last = ticket_counter.last + 1 RETURNING last`,
      [year],
    )) as { last: number }[];
    return `TS-${year}-${String(row!.last).padStart(6, '0')}`;
  }

  private async openRemainingIssue(unit: UnitOfWork, ticket: Ticket, actorId: string): Promise<string> {
    const ownerId = (await this.firstPresalesOf(unit.manager, ticket.projectId!)) ?? actorId;
    const issue = await unit.manager.save(
      unit.manager.create(RemainingIssue, { projectId: ticket.projectId!, reportId: null, ticketId: ticket.id, description: `${ticket.number} ${ticket.title}\n\n${ticket.description}`, ownerId }),
    );
    await unit.record({
      type: REMAINING_ISSUE_CHANGED,
      projectId: ticket.projectId,
      entityType: 'RemainingIssue',
      entityId: issue.id,
      actorId,
      payload: { action: 'OPENED_FROM_TICKET', description: issue.description, ticketId: ticket.id },
    });
    return issue.id;
  }

  private async firstPresalesOf(manager: EntityManager, projectId: string): Promise<string | null> {
    const member = await manager.getRepository(ProjectMember).findOneBy({ projectId, role: ProjectMemberRole.FIRST_PRESALES });
    return member?.userId ?? null;
  }

  private addMessage(manager: EntityManager, ticketId: string, authorId: string | null, body: string, internal: boolean): Promise<TicketMessage> {
    return manager.save(manager.create(TicketMessage, { ticketId, authorId, body, internal }));
  }

  private async load(viewer: TicketViewer, id: string): Promise<Ticket> {
    const ticket = await this.findVisible(viewer, id);
    if (!ticket) throw notFound('Ticket');
    return ticket;
  }

  private recordChange({ record }: UnitOfWork, ticket: Ticket, actorId: string, action: string): Promise<void> {
    return record({ type: TICKET_CHANGED, projectId: ticket.projectId, entityType: 'Ticket', entityId: ticket.id, actorId, payload: { ...ticketEventPayload(ticket), action } });
  }
}
