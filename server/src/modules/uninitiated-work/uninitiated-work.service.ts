import type { DataSource } from 'typeorm';
import { inTransaction } from '../../platform/db/transaction';
import { isUuid } from '../../platform/db/uuid';
import type { EventBus } from '../../platform/events/event-bus';
import { AppError, forbidden, invalid, notFound } from '../../platform/graphql/errors';
import { Customer } from '../customers/customer.entity';
import type { ProjectService } from '../projects/project.service';
import { Role } from '../users/role.enum';
import { User } from '../users/user.entity';
import { UninitiatedWork } from './uninitiated-work.entity';
import { UninitiatedWorkStatus as Status } from './uninitiated-work.enums';
import { UninitiatedWorkErrorCode } from './uninitiated-work.errors';
import type { LinkInitiatedProjectInput, RecordUninitiatedWorkInput, UninitiatedWorkStepInput } from './uninitiated-work.inputs';
import { visibleUninitiatedWorkCondition } from './uninitiated-work.policy';
import { compareAndSet } from '../../platform/db/compare-and-set';

type Viewer = Pick<User, 'id' | 'roles'>;

export const UNINITIATED_WORK_CHANGED = 'UNINITIATED_WORK_CHANGED';

const closed = (work: UninitiatedWork) =>
  new AppError(UninitiatedWorkErrorCode.UNINITIATED_WORK_CLOSED, `The record is ${work.status}; nothing more can be done on it.`, { status: work.status });

/** 第十一条, step by step: record, remind the sales, then stop (the sales answers for delays) or link the initiated project. */
export class UninitiatedWorkService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly bus: EventBus,
    private readonly projects: ProjectService,
  ) {}

  async record(viewer: Viewer, input: RecordUninitiatedWorkInput): Promise<UninitiatedWork> {
    if (!viewer.roles.includes(Role.PRESALES)) throw forbidden('record pre-sales involvement');
    const fields: Record<string, string> = {};
    if (!input.projectName.trim()) fields.projectName = 'REQUIRED';
    if (!input.description.trim()) fields.description = 'REQUIRED';
    const [customer, sales] = await Promise.all([
      isUuid(input.customerId) ? this.dataSource.getRepository(Customer).findOneBy({ id: input.customerId }) : null,
      isUuid(input.salesId) ? this.dataSource.getRepository(User).findOneBy({ id: input.salesId, active: true }) : null,
    ]);
    if (!customer) fields.customerId = 'NOT_FOUND';
    if (!sales) fields.salesId = 'NOT_FOUND';
    else if (!sales.roles.includes(Role.SALES)) fields.salesId = 'NOT_SALES';
    if (Object.keys(fields).length > 0) throw invalid(fields);
    return inTransaction(this.dataSource, this.bus, async ({ manager, record }) => {
      const work = await manager.save(
        manager.create(UninitiatedWork, {
          customerId: input.customerId,
          projectName: input.projectName.trim(),
          salesId: input.salesId,
          presalesId: viewer.id,
          description: input.description.trim(),
        }),
      );
      await record(this.changeEvent(work, viewer.id, 'RECORDED'));
      return work;
    });
  }

  /** The pre-sales reminds the sales to initiate; each reminder is counted and dated. */
  async remind(viewer: Viewer, input: UninitiatedWorkStepInput): Promise<UninitiatedWork> {
    const work = await this.load(viewer, input.workId);
    if (work.presalesId !== viewer.id) throw forbidden('remind the sales on a record that is not yours');
    if (work.status !== Status.INVOLVED && work.status !== Status.REMINDED) throw closed(work);
    return this.step(work, input, [Status.INVOLVED, Status.REMINDED], { status: Status.REMINDED, reminders: () => 'reminders + 1', lastRemindedAt: () => 'now()' }, viewer.id, 'REMINDED');
  }

  /** With a reminder on record, the pre-sales may stop; a delay is then the sales' responsibility. */
  async stop(viewer: Viewer, input: UninitiatedWorkStepInput): Promise<UninitiatedWork> {
    const work = await this.load(viewer, input.workId);
    if (work.presalesId !== viewer.id) throw forbidden('stop support on a record that is not yours');
    if (work.status === Status.INVOLVED) {
      throw new AppError(UninitiatedWorkErrorCode.INITIATION_REMINDER_MISSING, 'Remind the sales to initiate the project before stopping support (第十一条).');
    }
    if (work.status !== Status.REMINDED) throw closed(work);
    return this.step(work, input, [Status.REMINDED], { status: Status.STOPPED, stoppedAt: () => 'now()' }, viewer.id, 'STOPPED');
  }

  /** The sales initiated the project: the record points to it and is closed. */
  async link(viewer: Viewer, input: LinkInitiatedProjectInput): Promise<UninitiatedWork> {
    const work = await this.load(viewer, input.workId);
    if (work.salesId !== viewer.id && work.presalesId !== viewer.id) throw forbidden('link this record');
    if (work.status === Status.INITIATED) throw closed(work);
    const project = await this.projects.findVisible(viewer, input.projectId);
    const [salesMember] = await this.dataSource.query(`SELECT 1 FROM project_member WHERE project_id = $1 AND user_id = $2 AND role = 'RESPONSIBLE_SALES'`, [project.id, work.salesId]);
    if (project.customerId !== work.customerId) throw invalid({ projectId: 'OTHER_CUSTOMER' });
    if (!salesMember) throw invalid({ projectId: 'OTHER_SALES' });
    return this.step(work, input, [Status.INVOLVED, Status.REMINDED, Status.STOPPED], { status: Status.INITIATED, projectId: project.id }, viewer.id, 'INITIATED');
  }

  list(viewer: Viewer): Promise<UninitiatedWork[]> {
    const visible = visibleUninitiatedWorkCondition('w', viewer);
    return this.dataSource.getRepository(UninitiatedWork).createQueryBuilder('w').where(visible.sql, visible.params).orderBy('w.created_at', 'DESC').getMany();
  }

  /** One record, or NOT_FOUND when it does not exist or the viewer may not see it. */
  async findVisible(viewer: Viewer, id: string): Promise<UninitiatedWork | null> {
    if (!isUuid(id)) return null;
    const visible = visibleUninitiatedWorkCondition('w', viewer);
    return this.dataSource.getRepository(UninitiatedWork).createQueryBuilder('w').where('w.id = :id', { id }).andWhere(visible.sql, visible.params).getOne();
  }

  private async load(viewer: Viewer, id: string): Promise<UninitiatedWork> {
    const work = await this.findVisible(viewer, id);
    if (!work) throw notFound('Record');
    return work;
  }

  private step(
    work: UninitiatedWork,
    input: UninitiatedWorkStepInput,
    from: readonly Status[],
    changes: Record<string, unknown>,
    actorId: string,
    action: string,
  ): Promise<UninitiatedWork> {
    return inTransaction(this.dataSource, this.bus, async ({ manager, record }) => {
      await compareAndSet(manager, UninitiatedWork, work.id, { version: input.expectedVersion, statuses: from }, changes, 'This record');
      const updated = await manager.getRepository(UninitiatedWork).findOneByOrFail({ id: work.id });
      await record(this.changeEvent(updated, actorId, action));
      return updated;
    });
  }

  /** No project yet, so the event names the two people it concerns; the live feed routes by them. */
  private changeEvent(work: UninitiatedWork, actorId: string, action: string) {
    return {
      type: UNINITIATED_WORK_CHANGED,
      projectId: work.projectId,
      entityType: 'UninitiatedWork',
      entityId: work.id,
      actorId,
      payload: { action, status: work.status, salesId: work.salesId, presalesId: work.presalesId },
    };
  }
}
