import type { DataSource } from 'typeorm';
import { inTransaction } from '../../platform/db/transaction';
import type { EventBus } from '../../platform/events/event-bus';
import { forbidden, invalid } from '../../platform/graphql/errors';
import type { ProjectService } from '../projects/project.service';
import { Role } from '../users/role.enum';
import type { User } from '../users/user.entity';
import type { WaiveStepInput } from './waiver.inputs';
import { Waiver } from './waiver.entity';

/** The managers who may simplify a project's process (第五十二条). */
export const WAIVER_ROLES: readonly Role[] = [Role.PRESALES_MANAGER, Role.TECH_DIRECTOR, Role.GM];

export const STEP_WAIVED = 'STEP_WAIVED';

export class WaiverService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly bus: EventBus,
    private readonly projects: ProjectService,
  ) {}

  async waive(viewer: Pick<User, 'id' | 'roles'>, input: WaiveStepInput): Promise<Waiver> {
    if (!viewer.roles.some((role) => WAIVER_ROLES.includes(role))) throw forbidden('waive steps');
    const project = await this.projects.findVisible(viewer, input.projectId);
    const reason = input.reason.trim();
    if (!reason) throw invalid({ reason: 'REQUIRED' });
    return inTransaction(this.dataSource, this.bus, async ({ manager, record }) => {
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(Waiver)
        .values({ projectId: project.id, step: input.step, reason, waivedById: viewer.id })
        .orIgnore()
        .returning('*')
        .execute();
      const waiver = inserted.raw[0] as { id: string } | undefined;
      if (!waiver) throw invalid({ step: 'ALREADY_WAIVED' });
      await record({ type: STEP_WAIVED, projectId: project.id, entityType: 'Waiver', entityId: waiver.id, actorId: viewer.id, payload: { step: input.step, reason } });
      return manager.getRepository(Waiver).findOneByOrFail({ id: waiver.id });
    });
  }
}
