import type { DataSource } from 'typeorm';
import { inTransaction, type UnitOfWork } from '../../platform/db/transaction';
import { isUuid } from '../../platform/db/uuid';
import type { EventBus } from '../../platform/events/event-bus';
import { AppError, conflict, forbidden, invalid, notFound } from '../../platform/graphql/errors';
import { ImprovementRequest } from '../improvements/improvement-request.entity';
import { ProjectMember } from '../projects/project-member.entity';
import { canMoveStage } from '../projects/project.policy';
import { Project } from '../projects/project.entity';
import type { ProjectService } from '../projects/project.service';
import type { User } from '../users/user.entity';
import { VersionKind } from './product-version.enums';
import { ProductVersion } from './product-version.entity';
import { VersionErrorCode } from './product-version.errors';
import type { RegisterProductVersionInput, UseProductVersionInput } from './product-version.inputs';

type Viewer = Pick<User, 'id' | 'roles'>;

export const PRODUCT_VERSION_CHANGED = 'PRODUCT_VERSION_CHANGED';
export const PROJECT_VERSION_CHOSEN = 'PROJECT_VERSION_CHOSEN';

/** 第二十条: which versions exist, which mainline builds are confirmed, and which one each project uses. */
export class ProductVersionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly bus: EventBus,
    private readonly projects: ProjectService,
  ) {}

  exists(product: string, version: string): Promise<boolean> {
    return this.dataSource.getRepository(ProductVersion).existsBy({ product, version });
  }

  list(): Promise<ProductVersion[]> {
    return this.dataSource.getRepository(ProductVersion).find({ order: { product: 'ASC', createdAt: 'DESC' } });
  }

  async register(viewer: Viewer, input: RegisterProductVersionInput): Promise<ProductVersion> {
    const fields: Record<string, string> = {};
    if (input.kind === VersionKind.CUSTOM) fields.kind = 'CUSTOM_FROM_IMPROVEMENT_REQUEST';
    if (!input.product.trim()) fields.product = 'REQUIRED';
    if (!input.version.trim()) fields.version = 'REQUIRED';
    if (Object.keys(fields).length > 0) throw invalid(fields);
    return inTransaction(this.dataSource, this.bus, (unit) => this.insert(unit, viewer.id, { product: input.product.trim(), version: input.version.trim(), kind: input.kind, improvementRequestId: null }));
  }

  /** A custom build for an improvement request, inside the request's own transaction. */
  createCustom(unit: UnitOfWork, actorId: string, build: { product: string; version: string; improvementRequestId: string }): Promise<ProductVersion> {
    return this.insert(unit, actorId, { ...build, kind: VersionKind.CUSTOM });
  }

  /** A tester confirms a mainline build after testing it; once. */
  async confirm(viewer: Viewer, versionId: string): Promise<ProductVersion> {
    const version = isUuid(versionId) ? await this.dataSource.getRepository(ProductVersion).findOneBy({ id: versionId }) : null;
    if (!version) throw notFound('Version');
    if (version.kind !== VersionKind.MAINLINE) throw invalid({ versionId: 'NOT_MAINLINE' });
    return inTransaction(this.dataSource, this.bus, async ({ manager, record }) => {
      const result = await manager
        .createQueryBuilder()
        .update(ProductVersion)
        .set({ confirmedAt: () => 'now()', confirmedById: viewer.id })
        .where('id = :id AND confirmed_at IS NULL', { id: version.id })
        .execute();
      if (result.affected !== 1) throw conflict('This version');
      await record({ type: PRODUCT_VERSION_CHANGED, projectId: null, entityType: 'ProductVersion', entityId: version.id, actorId: viewer.id, payload: { action: 'CONFIRMED' } });
      return manager.getRepository(ProductVersion).findOneByOrFail({ id: version.id });
    });
  }

  /** The project records the version it uses: unconfirmed mainline builds and other projects' custom builds are refused. */
  async use(viewer: Viewer, input: UseProductVersionInput): Promise<Project> {
    const project = await this.projects.findVisible(viewer, input.projectId);
    if (!canMoveStage(viewer, await this.dataSource.getRepository(ProjectMember).findBy({ projectId: project.id }))) throw forbidden("choose this project's version");
    const version = isUuid(input.versionId) ? await this.dataSource.getRepository(ProductVersion).findOneBy({ id: input.versionId }) : null;
    if (!version) throw invalid({ versionId: 'NOT_FOUND' });
    if (version.kind === VersionKind.MAINLINE && !version.confirmedAt) {
      throw new AppError(VersionErrorCode.VERSION_NOT_CONFIRMED, `${version.product} ${version.version} is a mainline build that has not been tested and confirmed.`);
    }
    if (version.kind === VersionKind.CUSTOM) {
      const request = version.improvementRequestId ? await this.dataSource.getRepository(ImprovementRequest).findOneBy({ id: version.improvementRequestId }) : null;
      if (request?.projectId !== project.id) throw invalid({ versionId: 'CUSTOM_FOR_OTHER_PROJECT' });
    }
    return inTransaction(this.dataSource, this.bus, async ({ manager, record }) => {
      const result = await manager
        .createQueryBuilder()
        .update(Project)
        .set({ productVersionId: version.id, version: () => 'version + 1' })
        .where('id = :id AND version = :version', { id: project.id, version: input.expectedVersion })
        .execute();
      if (result.affected !== 1) throw conflict('This project');
      await record({
        type: PROJECT_VERSION_CHOSEN,
        projectId: project.id,
        entityType: 'Project',
        entityId: project.id,
        actorId: viewer.id,
        payload: { product: version.product, version: version.version, kind: version.kind },
      });
      return manager.getRepository(Project).findOneByOrFail({ id: project.id });
    });
  }

  private async insert(
    { manager, record }: UnitOfWork,
    actorId: string,
    values: Pick<ProductVersion, 'product' | 'version' | 'kind' | 'improvementRequestId'>,
  ): Promise<ProductVersion> {
    const inserted = await manager.createQueryBuilder().insert().into(ProductVersion).values(values).orIgnore().returning('id').execute();
    const row = inserted.raw[0] as { id: string } | undefined;
    if (!row) throw invalid({ version: 'ALREADY_EXISTS' });
    await record({ type: PRODUCT_VERSION_CHANGED, projectId: null, entityType: 'ProductVersion', entityId: row.id, actorId, payload: { action: 'REGISTERED', kind: values.kind } });
    return manager.getRepository(ProductVersion).findOneByOrFail({ id: row.id });
  }
}
