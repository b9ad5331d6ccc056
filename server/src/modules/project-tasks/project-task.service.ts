import type { DataSource } from 'typeorm';
import { companyDayOf, isCalendarDay } from '../../platform/company-calendar';
import { inTransaction } from '../../platform/db/transaction';
import { isUuid } from '../../platform/db/uuid';
import type { EventBus } from '../../platform/events/event-bus';
import { AppError, forbidden, invalid, notFound } from '../../platform/graphql/errors';
import { ProjectSide, sidesOf } from '../projects/project-side';
import { ProjectMember } from '../projects/project-member.entity';
import { ProjectMemberRole } from '../projects/project-member-role';
import { ProjectStage } from '../projects/project-stage';
import type { Project } from '../projects/project.entity';
import type { ProjectService } from '../projects/project.service';
import { Role } from '../users/role.enum';
import type { User } from '../users/user.entity';
import { ProjectTaskKind, ProjectTaskStatus, UpgradeKind } from './project-task.enums';
import { ProjectTask } from './project-task.entity';
import { ProjectTaskErrorCode } from './project-task.errors';
import type { CompleteProjectTaskInput, RequestInfoInput, RequestUpgradeInput } from './project-task.inputs';
import { compareAndSet } from '../../platform/db/compare-and-set';

type Viewer = Pick<User, 'id' | 'roles'>;

export const PROJECT_TASK_CHANGED = 'PROJECT_TASK_CHANGED';

/** 售后服务: technical upgrades are the original responsible pre-sales', commercial ones the sales'. */
const UPGRADES: Record<UpgradeKind, { kind: ProjectTaskKind; assignee: ProjectMemberRole }> = {
  [UpgradeKind.TECHNICAL]: { kind: ProjectTaskKind.TECHNICAL_UPGRADE, assignee: ProjectMemberRole.FIRST_PRESALES },
  [UpgradeKind.COMMERCIAL]: { kind: ProjectTaskKind.COMMERCIAL_UPGRADE, assignee: ProjectMemberRole.RESPONSIBLE_SALES },
};

export class ProjectTaskService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly bus: EventBus,
    private readonly projects: ProjectService,
  ) {}

  /** SPEC §6: environment information the pre-sales could not get becomes a task for the sales. */
  async requestInfo(viewer: Viewer, input: RequestInfoInput): Promise<ProjectTask> {
    const { project, members } = await this.projectWithMembers(viewer, input.projectId);
    if (!sidesOf(members.filter((member) => member.userId === viewer.id)).has(ProjectSide.PRESALES)) throw forbidden('ask for information on this project');
    const fields: Record<string, string> = {};
    if (!input.description.trim()) fields.description = 'REQUIRED';
    if (!isCalendarDay(input.dueOn)) fields.dueOn = 'INVALID_DATE';
    else if (input.dueOn < companyDayOf(new Date())) fields.dueOn = 'IN_THE_PAST';
    if (Object.keys(fields).length > 0) throw invalid(fields);
    return this.open(viewer, project, members, { kind: ProjectTaskKind.INFO_REQUEST, assignee: ProjectMemberRole.RESPONSIBLE_SALES }, input.description, input.dueOn);
  }

  /** An after-sales upgrade, asked for by either side or the manager, assigned by its kind. */
  async requestUpgrade(viewer: Viewer, input: RequestUpgradeInput): Promise<ProjectTask> {
    const { project, members } = await this.projectWithMembers(viewer, input.projectId);
    const isSide = sidesOf(members.filter((member) => member.userId === viewer.id)).size > 0;
    if (!isSide && !viewer.roles.includes(Role.PRESALES_MANAGER)) throw forbidden('ask for an upgrade on this project');
    if (project.stage !== ProjectStage.AFTER_SALES) {
      throw new AppError(ProjectTaskErrorCode.PROJECT_NOT_IN_AFTER_SALES, `Upgrades are after-sales work; the project is ${project.stage}.`, { stage: project.stage });
    }
    const fields: Record<string, string> = {};
    if (!input.description.trim()) fields.description = 'REQUIRED';
    if (input.dueOn && !isCalendarDay(input.dueOn)) fields.dueOn = 'INVALID_DATE';
    else if (input.dueOn && input.dueOn < companyDayOf(new Date())) fields.dueOn = 'IN_THE_PAST';
    if (Object.keys(fields).length > 0) throw invalid(fields);
    return this.open(viewer, project, members, UPGRADES[input.kind], input.description, input.dueOn || null);
  }

  /** Only the assignee completes a task, once (compare-and-set on status and version). */
  async complete(viewer: Viewer, input: CompleteProjectTaskInput): Promise<ProjectTask> {
    const task = isUuid(input.taskId) ? await this.dataSource.getRepository(ProjectTask).findOneBy({ id: input.taskId }) : null;
    if (!task) throw notFound('Task');
    await this.projects.findVisible(viewer, task.projectId).catch(() => {
      throw notFound('Task');
    });
    if (task.assigneeId !== viewer.id) throw forbidden('complete a task that is not yours');
    const result = input.result.trim();
    if (!result) throw invalid({ result: 'REQUIRED' });
    return inTransaction(this.dataSource, this.bus, async ({ manager, record }) => {
      const done = { status: ProjectTaskStatus.DONE, result, completedAt: () => 'now()' };
      await compareAndSet(manager, ProjectTask, task.id, { version: input.expectedVersion, statuses: [ProjectTaskStatus.OPEN] }, done, 'This task');
      await record({ type: PROJECT_TASK_CHANGED, projectId: task.projectId, entityType: 'ProjectTask', entityId: task.id, actorId: viewer.id, payload: { kind: task.kind, status: ProjectTaskStatus.DONE, assigneeId: task.assigneeId } });
      return manager.getRepository(ProjectTask).findOneByOrFail({ id: task.id });
    });
  }

  /** Open tasks assigned to the viewer on projects they may still see, soonest due first. */
  mine(viewer: Viewer): Promise<ProjectTask[]> {
    return this.dataSource
      .getRepository(ProjectTask)
      .createQueryBuilder('t')
      .innerJoin(ProjectMember, 'm', 'm.project_id = t.project_id AND m.user_id = t.assignee_id')
      .where('t.assignee_id = :viewerId AND t.status = :open', { viewerId: viewer.id, open: ProjectTaskStatus.OPEN })
      .orderBy('t.due_on', 'ASC', 'NULLS LAST')
      .addOrderBy('t.created_at')
      .getMany();
  }

  private async projectWithMembers(viewer: Viewer, projectId: string): Promise<{ project: Project; members: ProjectMember[] }> {
    const project = await this.projects.findVisible(viewer, projectId);
    return { project, members: await this.dataSource.getRepository(ProjectMember).findBy({ projectId: project.id }) };
  }

  private open(
    viewer: Viewer,
    project: Project,
    members: readonly ProjectMember[],
    route: { kind: ProjectTaskKind; assignee: ProjectMemberRole },
    description: string,
    dueOn: string | null,
  ): Promise<ProjectTask> {
    const assignee = members.find((member) => member.role === route.assignee);
    if (!assignee) throw notFound(route.assignee === ProjectMemberRole.RESPONSIBLE_SALES ? 'Responsible sales' : 'First pre-sales');
    return inTransaction(this.dataSource, this.bus, async ({ manager, record }) => {
      const task = await manager.save(
        manager.create(ProjectTask, { projectId: project.id, kind: route.kind, description: description.trim(), dueOn, assigneeId: assignee.userId, createdById: viewer.id, result: null, completedAt: null }),
      );
      await record({ type: PROJECT_TASK_CHANGED, projectId: project.id, entityType: 'ProjectTask', entityId: task.id, actorId: viewer.id, payload: { kind: task.kind, status: task.status, assigneeId: task.assigneeId } });
      return task;
    });
  }
}
