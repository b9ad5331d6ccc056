import type { DataSource } from 'typeorm';
import { inTransaction } from '../../platform/db/transaction';
import { isUuid } from '../../platform/db/uuid';
import type { EventBus } from '../../platform/events/event-bus';
import { AppError, conflict, invalid, notFound } from '../../platform/graphql/errors';
import type { ProjectService } from '../projects/project.service';
import type { User } from '../users/user.entity';
import { ProductVersion } from '../versions/product-version.entity';
import { BugFeedback } from './bug-feedback.entity';
import { FeedbackStatus } from './bug-feedback.enums';
import { FeedbackErrorCode } from './bug-feedback.errors';
import { OPEN_FEEDBACK, TESTER_FLOW } from './bug-feedback.flow';
import type { ReportBugFeedbackInput, TesterActionInput } from './bug-feedback.inputs';
import { visibleFeedbackCondition } from './bug-feedback.policy';
import { compareAndSet } from '../../platform/db/compare-and-set';

type Viewer = Pick<User, 'id' | 'roles'>;

export const FEEDBACK_CHANGED = 'BUG_FEEDBACK_CHANGED';
const MAX_LISTED = 500;

/** 内部bug反馈表: support reports, the testers reproduce, link the fix and verify it. */
export class BugFeedbackService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly bus: EventBus,
    private readonly projects: ProjectService,
  ) {}

  async report(viewer: Viewer, input: ReportBugFeedbackInput): Promise<BugFeedback> {
    const fields: Record<string, string> = {};
    if (!input.title.trim()) fields.title = 'REQUIRED';
    if (!input.description.trim()) fields.description = 'REQUIRED';
    if (input.projectId && !(await this.projects.findVisible(viewer, input.projectId).then(() => true, () => false))) fields.projectId = 'NOT_FOUND';
    if (input.foundInVersionId && !(await this.versionExists(input.foundInVersionId))) fields.foundInVersionId = 'NOT_FOUND';
    if (Object.keys(fields).length > 0) throw invalid(fields);
    return inTransaction(this.dataSource, this.bus, async ({ manager, record }) => {
      const feedback = await manager.save(
        manager.create(BugFeedback, {
          kind: input.kind,
          title: input.title.trim(),
          description: input.description.trim(),
          projectId: input.projectId || null,
          foundInVersionId: input.foundInVersionId || null,
          reportedById: viewer.id,
          testerId: null,
          testerNotes: null,
          fixVersionId: null,
        }),
      );
      await record(this.changeEvent(feedback, viewer.id, 'REPORTED'));
      return feedback;
    });
  }

  /** A tester's step (TESTER_FLOW), compare-and-set on status and version. */
  async act(viewer: Viewer, input: TesterActionInput): Promise<BugFeedback> {
    const feedback = await this.load(viewer, input.feedbackId);
    if (feedback.version !== input.expectedVersion) throw conflict('This feedback');
    const rule = TESTER_FLOW.find((candidate) => candidate.action === input.action && candidate.from.includes(feedback.status));
    if (!rule) {
      throw new AppError(FeedbackErrorCode.FEEDBACK_ACTION_NOT_ALLOWED, `${input.action} is not possible while the feedback is ${feedback.status}.`, { status: feedback.status });
    }
    const notes = input.notes?.trim() || null;
    const fields: Record<string, string> = {};
    if (rule.needsNotes && !notes) fields.notes = 'REQUIRED';
    if (rule.to === FeedbackStatus.FIX_LINKED && !(input.fixVersionId && (await this.versionExists(input.fixVersionId)))) fields.fixVersionId = input.fixVersionId ? 'NOT_FOUND' : 'REQUIRED';
    if (Object.keys(fields).length > 0) throw invalid(fields);

    return inTransaction(this.dataSource, this.bus, async ({ manager, record }) => {
      const changes = {
        status: rule.to,
        testerId: viewer.id,
        testerNotes: notes ?? feedback.testerNotes,
        ...(rule.to === FeedbackStatus.FIX_LINKED ? { fixVersionId: input.fixVersionId } : {}),
      };
      await compareAndSet(manager, BugFeedback, feedback.id, { version: input.expectedVersion, statuses: [feedback.status] }, changes, 'This feedback');
      const updated = await manager.getRepository(BugFeedback).findOneByOrFail({ id: feedback.id });
      await record(this.changeEvent(updated, viewer.id, input.action));
      return updated;
    });
  }

  /** What the viewer may see, newest first, at most `limit`; `openOnly` is the testers' queue, oldest first. */
  list(viewer: Viewer, openOnly: boolean, limit = MAX_LISTED): Promise<BugFeedback[]> {
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LISTED) throw invalid({ limit: 'OUT_OF_RANGE' });
    const visible = visibleFeedbackCondition('f', viewer);
    const query = this.dataSource.getRepository(BugFeedback).createQueryBuilder('f').where(visible.sql, visible.params);
    if (openOnly) query.andWhere('f.status IN (:...open)', { open: OPEN_FEEDBACK });
    return query.orderBy('f.created_at', openOnly ? 'ASC' : 'DESC').take(limit).getMany();
  }

  async findVisible(viewer: Viewer, id: string): Promise<BugFeedback | null> {
    if (!isUuid(id)) return null;
    const visible = visibleFeedbackCondition('f', viewer);
    return this.dataSource.getRepository(BugFeedback).createQueryBuilder('f').where('f.id = :id', { id }).andWhere(visible.sql, visible.params).getOne();
  }

  private async load(viewer: Viewer, id: string): Promise<BugFeedback> {
    const feedback = await this.findVisible(viewer, id);
    if (!feedback) throw notFound('Feedback');
    return feedback;
  }

  private async versionExists(id: string): Promise<boolean> {
    return isUuid(id) && (await this.dataSource.getRepository(ProductVersion).existsBy({ id }));
  }

  /** The reporter's id travels with the event: the live queue tells them too. */
  private changeEvent(feedback: BugFeedback, actorId: string, action: string) {
    return {
      type: FEEDBACK_CHANGED,
      projectId: feedback.projectId,
      entityType: 'BugFeedback',
      entityId: feedback.id,
      actorId,
      payload: { action, kind: feedback.kind, title: feedback.title, status: feedback.status, reportedById: feedback.reportedById },
    };
  }
}
