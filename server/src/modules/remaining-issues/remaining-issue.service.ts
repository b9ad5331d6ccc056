import type { DataSource } from 'typeorm';
import { inTransaction, type UnitOfWork } from '../../platform/db/transaction';
import { isUuid } from '../../platform/db/uuid';
import type { EventBus } from '../../platform/events/event-bus';
import { AppError, conflict, forbidden, invalid, notFound } from '../../platform/graphql/errors';
import { ProjectMember } from '../projects/project-member.entity';
import { ProjectSide, sidesOf } from '../projects/project-side';
import type { ProjectService } from '../projects/project.service';
import { RemainingIssue } from '../reports/remaining-issue.entity';
import { RemainingIssueStatus } from '../reports/report.enums';
import type { User } from '../users/user.entity';
import { IssueAttempt } from './issue-attempt.entity';
import { RemainingIssueErrorCode } from './remaining-issue.errors';
import { REMAINING_ISSUE_CHANGED } from './remaining-issue.events';
import type { RecordIssueAttemptInput, RemainingIssueStepInput, ResolveRemainingIssueInput } from './remaining-issue.inputs';
import { compareAndSet } from '../../platform/db/compare-and-set';

type Viewer = Pick<User, 'id' | 'roles'>;

const closed = (issue: RemainingIssue) =>
  new AppError(RemainingIssueErrorCode.REMAINING_ISSUE_CLOSED, `The issue is ${issue.status}; nothing more is done to it here.`, { status: issue.status });

/**
 * 第十七–十九条: the responsible pre-sales drives a remaining issue — tries inside support
 * (each attempt on record), resolves it there, or sends it to R&D through exactly one form.
 */
export class RemainingIssueService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly bus: EventBus,
    private readonly projects: ProjectService,
  ) {}

  /** Any pre-sales on the project may record what they tried. */
  async recordAttempt(viewer: Viewer, input: RecordIssueAttemptInput): Promise<IssueAttempt> {
    const issue = await this.load(viewer, input.issueId);
    const memberships = await this.dataSource.getRepository(ProjectMember).findBy({ projectId: issue.projectId, userId: viewer.id });
    if (!sidesOf(memberships).has(ProjectSide.PRESALES)) throw forbidden('record attempts on this issue');
    if (issue.status !== RemainingIssueStatus.OPEN) throw closed(issue);
    const fields: Record<string, string> = {};
    if (!input.whatWasTried.trim()) fields.whatWasTried = 'REQUIRED';
    if (!input.result.trim()) fields.result = 'REQUIRED';
    if (Object.keys(fields).length > 0) throw invalid(fields);
    return inTransaction(this.dataSource, this.bus, async (unit) => {
      // Resolved or sent to R&D meanwhile? Then it takes no more attempts.
      const [current] = (await unit.manager.query('SELECT status FROM remaining_issue WHERE id = $1 FOR UPDATE', [issue.id])) as { status: RemainingIssueStatus }[];
      if (current.status !== RemainingIssueStatus.OPEN) throw closed({ ...issue, status: current.status });
      const attempt = await unit.manager.save(
        unit.manager.create(IssueAttempt, { issueId: issue.id, triedById: viewer.id, whatWasTried: input.whatWasTried.trim(), result: input.result.trim(), succeeded: input.succeeded }),
      );
      await this.recordChange(unit, issue, viewer.id, 'ATTEMPT_RECORDED', { succeeded: input.succeeded });
      return attempt;
    });
  }

  /** The owner marks an obvious severe bug, which opens the fault work order without three failed attempts. */
  async markSevereBug(viewer: Viewer, input: RemainingIssueStepInput): Promise<RemainingIssue> {
    const issue = await this.loadOwned(viewer, input);
    return this.step(issue, input, { severeBug: true }, viewer.id, 'MARKED_SEVERE_BUG');
  }

  /** Handled inside support (第十八条); the owner says how, and reports to the sales again. */
  async resolve(viewer: Viewer, input: ResolveRemainingIssueInput): Promise<RemainingIssue> {
    const issue = await this.loadOwned(viewer, input);
    const resolution = input.resolution.trim();
    if (!resolution) throw invalid({ resolution: 'REQUIRED' });
    return this.step(issue, input, { status: RemainingIssueStatus.RESOLVED, resolution }, viewer.id, 'RESOLVED');
  }

  /**
   * Hands the issue to R&D inside the form's transaction; only an OPEN issue of that project
   * can go, so it goes through exactly one form (第十九条).
   */
  async sendToRnd(unit: UnitOfWork, issueId: string, projectId: string, actorId: string, form: string): Promise<void> {
    const moved = await unit.manager
      .createQueryBuilder()
      .update(RemainingIssue)
      .set({ status: RemainingIssueStatus.SENT_TO_RND, version: () => 'version + 1' })
      .where('id = :id AND project_id = :projectId AND status = :open', { id: issueId, projectId, open: RemainingIssueStatus.OPEN })
      .execute();
    const issue = await unit.manager.getRepository(RemainingIssue).findOneBy({ id: issueId, projectId });
    if (!issue) throw invalid({ remainingIssueId: 'NOT_FOUND' });
    if (moved.affected !== 1) throw closed(issue);
    await this.recordChange(unit, issue, actorId, 'SENT_TO_RND', { form });
  }

  /** R&D gives the issue back (the manager refused the form): support has it again. */
  returnToSupport(unit: UnitOfWork, issueId: string, actorId: string | null): Promise<void> {
    return this.leaveRnd(unit, issueId, actorId, { status: RemainingIssueStatus.OPEN }, 'RETURNED_TO_SUPPORT');
  }

  /** R&D's solution was confirmed by the submitter: the issue is resolved with it. */
  resolveFromRnd(unit: UnitOfWork, issueId: string, actorId: string, resolution: string): Promise<void> {
    return this.leaveRnd(unit, issueId, actorId, { status: RemainingIssueStatus.RESOLVED, resolution }, 'RESOLVED_BY_RND');
  }

  /** Only an issue R&D has moves; anything else (resolved meanwhile) stays as it is, with no event. */
  private async leaveRnd(unit: UnitOfWork, issueId: string, actorId: string | null, changes: Partial<RemainingIssue>, action: string): Promise<void> {
    const moved = await unit.manager
      .createQueryBuilder()
      .update(RemainingIssue)
      .set({ ...changes, version: () => 'version + 1' })
      .where('id = :id AND status = :sent', { id: issueId, sent: RemainingIssueStatus.SENT_TO_RND })
      .execute();
    if (moved.affected !== 1) return;
    const issue = await unit.manager.getRepository(RemainingIssue).findOneByOrFail({ id: issueId });
    await this.recordChange(unit, issue, actorId, action);
  }

  private async loadOwned(viewer: Viewer, input: RemainingIssueStepInput): Promise<RemainingIssue> {
    const issue = await this.load(viewer, input.issueId);
    if (issue.ownerId !== viewer.id) throw forbidden('change an issue you do not own');
    if (issue.version !== input.expectedVersion) throw conflict('This issue');
    if (issue.status !== RemainingIssueStatus.OPEN) throw closed(issue);
    return issue;
  }

  private async load(viewer: Viewer, issueId: string): Promise<RemainingIssue> {
    const issue = isUuid(issueId) ? await this.dataSource.getRepository(RemainingIssue).findOneBy({ id: issueId }) : null;
    if (!issue) throw notFound('Remaining issue');
    await this.projects.findVisible(viewer, issue.projectId).catch(() => {
      throw notFound('Remaining issue');
    });
    return issue;
  }

  private step(issue: RemainingIssue, input: RemainingIssueStepInput, changes: Partial<RemainingIssue>, actorId: string, action: string): Promise<RemainingIssue> {
    return inTransaction(this.dataSource, this.bus, async (unit) => {
      await compareAndSet(unit.manager, RemainingIssue, issue.id, { version: input.expectedVersion, statuses: [RemainingIssueStatus.OPEN] }, changes, 'This issue');
      const updated = await unit.manager.getRepository(RemainingIssue).findOneByOrFail({ id: issue.id });
      await this.recordChange(unit, updated, actorId, action);
      return updated;
    });
  }

  private recordChange({ record }: UnitOfWork, issue: RemainingIssue, actorId: string | null, action: string, extra: Record<string, unknown> = {}): Promise<void> {
    return record({
      type: REMAINING_ISSUE_CHANGED,
      projectId: issue.projectId,
      entityType: 'RemainingIssue',
      entityId: issue.id,
      actorId,
      payload: { action, description: issue.description, ...extra },
    });
  }
}
