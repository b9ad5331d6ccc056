import type { EntityManager, EntityTarget, ObjectLiteral, QueryDeepPartialEntity } from 'typeorm';
import { conflict } from '../graphql/errors';

/**
 * Compare-and-set (DESIGN rule 3): applies `changes` and bumps `version` only where the row is
 * still at the version the client saw and in one of `statuses`; otherwise CONFLICT, naming `what`.
 */
export async function compareAndSet<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  id: string,
  expected: { version: number; statuses: readonly string[] },
  changes: QueryDeepPartialEntity<T>,
  what: string,
): Promise<void> {
  const result = await manager
    .createQueryBuilder()
    .update(entity)
    .set({ ...changes, version: () => 'version + 1' })
    .where('id = :id AND version = :version AND status = ANY(:statuses)', { id, version: expected.version, statuses: expected.statuses })
    .execute();
  if (result.affected !== 1) throw conflict(what);
}
