import { isCalendarDay } from '../../platform/company-calendar';
import type { DataSource, EntityManager } from 'typeorm';
import { inTransaction, type UnitOfWork } from '../../platform/db/transaction';
import type { EventBus } from '../../platform/events/event-bus';
import { isUuid } from '../../platform/db/uuid';
import { AppError, conflict, forbidden, invalid, notFound } from '../../platform/graphql/errors';
import { Customer } from '../customers/customer.entity';
import { Role } from '../users/role.enum';
import { User } from '../users/user.entity';
import { Initiation } from './initiation.entity';
import type { InitiateProjectInput, MoveProjectStageInput } from './project.inputs';
import { ProjectErrorCode } from './project.errors';
import { ProjectEvent } from './project.events';
import { ALL_PROJECTS_ROLES, canInitiate, canMoveStage, visibleProjectCondition } from './project.policy';
import { ProjectMember } from './project-member.entity';
import { ProjectMemberRole } from './project-member-role';
import { Project } from './project.entity';
import { ProjectStage, canMoveStage as stageAllows } from './project-stage';

type Viewer = Pick<User, 'id' | 'roles'>;

export const MIN_REQUIREMENTS_LENGTH = 10;
export const MAX_NAME_LENGTH = 200;

export class ProjectService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly bus: EventBus,
  ) {}

  /** The board: every project the viewer may see, filtered in SQL. */
  listVisible(viewer: Viewer, stage?: ProjectStage | null): Promise<Project[]> {
    const visible = visibleProjectCondition('p', viewer);
    const query = this.dataSource.getRepository(Project).createQueryBuilder('p').where(visible.sql, visible.params);
    if (stage) query.andWhere('p.stage = :stage', { stage });
    return query.orderBy('p.stage_changed_at', 'DESC').addOrderBy('p.id').getMany();
  }

  /** One project, or NOT_FOUND when it does not exist or the viewer may not see it (no existence leak). */
  async findVisible(viewer: Viewer, id: string, manager: EntityManager = this.dataSource.manager): Promise<Project> {
    if (!isUuid(id)) throw notFound('Project');
    const visible = visibleProjectCondition('p', viewer);
    const project = await manager
      .getRepository(Project)
      .createQueryBuilder('p')
      .where('p.id = :id', { id })
      .andWhere(visible.sql, visible.params)
      .getOne();
    if (!project) throw notFound('Project');
    return project;
  }

  /** Of `userIds`, those who may see the project now: one query for any number of subscribers. */
  async usersWhoCanSee(projectId: string, userIds: readonly string[]): Promise<Set<string>> {
    const rows = (await this.dataSource.query(
      `SELECT u.id FROM app_user u
        WHERE u.id = ANY($1) AND u.active
          AND (u.roles && $2::role[]
               OR EXISTS (SELECT 1 FROM project_member m WHERE m.project_id = $3 AND m.user_id = u.id))`,
      [userIds, [...ALL_PROJECTS_ROLES], projectId],
    )) as { id: string }[];
    return new Set(rows.map((row) => row.id));
  }

  async initiate(viewer: Viewer, input: InitiateProjectInput): Promise<Project> {
    if (!canInitiate(viewer)) throw forbidden('initiate a project');
    const fields = await this.checkInitiation(viewer, input);
    if (Object.keys(fields).length > 0) throw invalid(fields);

    return inTransaction(this.dataSource, this.bus, (unit) => this.create(unit, viewer.id, input));
  }

  /**
   * Creates the project, its first initiation revision and its members inside `unit`; the
   * form must have been checked with `checkInitiation`. Also used when an approved pre-sales
   * support application turns into a project.
   */
  async create({ manager, record }: UnitOfWork, submittedById: string, input: InitiateProjectInput): Promise<Project> {
    const name = input.name.trim();
    const project = await manager.save(manager.create(Project, { name, customerId: input.customerId, stage: ProjectStage.INITIATED }));
    await manager.insert(Initiation, {
      projectId: project.id,
      revision: 1,
      customerId: input.customerId,
      projectName: name,
      responsibleSalesId: input.responsibleSalesId,
      firstPresalesId: input.firstPresalesId,
      secondPresalesId: input.secondPresalesId ?? null,
      supportTypes: [...new Set(input.supportTypes)],
      requirements: input.requirements.trim(),
      wantedStart: input.wantedStart || null,
      wantedEnd: input.wantedEnd || null,
      submittedById,
    });
    const members = [
      { userId: input.responsibleSalesId, role: ProjectMemberRole.RESPONSIBLE_SALES },
      { userId: input.firstPresalesId, role: ProjectMemberRole.FIRST_PRESALES },
      ...(input.secondPresalesId ? [{ userId: input.secondPresalesId, role: ProjectMemberRole.SECOND_PRESALES }] : []),
    ];
    await manager.insert(ProjectMember, members.map((member) => ({ ...member, projectId: project.id })));
    await record({
      type: ProjectEvent.INITIATED,
      projectId: project.id,
      entityType: 'Project',
      entityId: project.id,
      actorId: submittedById,
      payload: { name, stage: project.stage },
    });
    return project;
  }

  /**
   * Compare-and-set: the row changes only if it is still at `from` and `expectedVersion`;
   * of two concurrent moves exactly one wins, the other gets CONFLICT.
   */
  async moveStage(viewer: Viewer, input: MoveProjectStageInput): Promise<Project> {
    const project = await this.findVisible(viewer, input.projectId);
    const members = await this.dataSource.getRepository(ProjectMember).findBy({ projectId: project.id });
    if (!canMoveStage(viewer, members)) throw forbidden("move this project's stage");
    if (!stageAllows(input.from, input.to)) {
      throw new AppError(ProjectErrorCode.INVALID_STAGE_TRANSITION, `A project cannot move from ${input.from} to ${input.to}.`, {
        from: input.from,
        to: input.to,
      });
    }

    return inTransaction(this.dataSource, this.bus, async ({ manager, record }) => {
      const result = await manager
        .createQueryBuilder()
        .update(Project)
        .set({ stage: input.to, version: () => 'version + 1', stageChangedAt: () => 'now()' })
        .where('id = :id AND stage = :from AND version = :version', { id: project.id, from: input.from, version: input.expectedVersion })
        .returning('*')
        .execute();
      if (result.affected !== 1) throw conflict('This project');
      await record({
        type: ProjectEvent.STAGE_CHANGED,
        projectId: project.id,
        entityType: 'Project',
        entityId: project.id,
        actorId: viewer.id,
        payload: { from: input.from, to: input.to },
      });
      return manager.getRepository(Project).findOneByOrFail({ id: project.id });
    });
  }

  /** Field problems of an initiation form, as VALIDATION `fields` (empty when it is fine). */
  async checkInitiation(viewer: Viewer, input: InitiateProjectInput): Promise<Record<string, string>> {
    const fields: Record<string, string> = {};
    const name = input.name.trim();
    if (!name) fields.name = 'REQUIRED';
    else if (name.length > MAX_NAME_LENGTH) fields.name = 'TOO_LONG';
    const requirements = input.requirements.trim();
    if (!requirements) fields.requirements = 'REQUIRED';
    else if (requirements.length < MIN_REQUIREMENTS_LENGTH) fields.requirements = 'TOO_SHORT';
    if (input.supportTypes.length === 0) fields.supportTypes = 'REQUIRED';
    if (input.wantedStart && !isCalendarDay(input.wantedStart)) fields.wantedStart = 'INVALID_DATE';
    if (input.wantedEnd && !isCalendarDay(input.wantedEnd)) fields.wantedEnd = 'INVALID_DATE';
    if (input.wantedStart && input.wantedEnd && !fields.wantedStart && !fields.wantedEnd && input.wantedEnd < input.wantedStart) {
      fields.wantedEnd = 'BEFORE_START';
    }

    const userIds = [input.responsibleSalesId, input.firstPresalesId, input.secondPresalesId].filter((id): id is string => !!id && isUuid(id));
    const [customer, people] = await Promise.all([
      isUuid(input.customerId) ? this.dataSource.getRepository(Customer).findOneBy({ id: input.customerId }) : null,
      this.dataSource.getRepository(User).createQueryBuilder('u').where('u.id = ANY(:ids) AND u.active', { ids: userIds }).getMany(),
    ]);
    const person = (id: string | null | undefined) => people.find((user) => user.id === id);
    if (!customer) fields.customerId = 'NOT_FOUND';

    const sales = person(input.responsibleSalesId);
    if (!sales) fields.responsibleSalesId = 'NOT_FOUND';
    else if (!sales.roles.includes(Role.SALES)) fields.responsibleSalesId = 'NOT_SALES';
    else if (sales.id !== viewer.id && !viewer.roles.some((role) => role === Role.SALES_DIRECTOR || role === Role.PRESALES_MANAGER)) {
      // A sales initiates their own projects; naming another sales is for the managers.
      fields.responsibleSalesId = 'MUST_BE_SELF';
    }

    const first = person(input.firstPresalesId);
    if (!first) fields.firstPresalesId = 'NOT_FOUND';
    else if (!first.roles.includes(Role.PRESALES)) fields.firstPresalesId = 'NOT_PRESALES';

    if (input.secondPresalesId) {
      const second = person(input.secondPresalesId);
      if (!second) fields.secondPresalesId = 'NOT_FOUND';
      else if (!second.roles.includes(Role.PRESALES)) fields.secondPresalesId = 'NOT_PRESALES';
      else if (second.id === input.firstPresalesId) fields.secondPresalesId = 'SAME_AS_FIRST';
    }
    return fields;
  }
}
