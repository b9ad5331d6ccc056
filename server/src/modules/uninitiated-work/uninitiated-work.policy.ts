import { Role } from '../users/role.enum';
import type { User } from '../users/user.entity';

/** Besides the pre-sales and the sales named on it, the heads of both departments see every record. */
export const UNINITIATED_WORK_OVERSEERS: readonly Role[] = [Role.PRESALES_MANAGER, Role.TECH_DIRECTOR, Role.GM, Role.SALES_DIRECTOR];

export const overseesUninitiatedWork = (user: Pick<User, 'roles'>): boolean => user.roles.some((role) => UNINITIATED_WORK_OVERSEERS.includes(role));

/** SQL condition "the viewer may see record `alias`". */
export function visibleUninitiatedWorkCondition(alias: string, user: Pick<User, 'id' | 'roles'>): { sql: string; params: Record<string, unknown> } {
  if (overseesUninitiatedWork(user)) return { sql: 'TRUE', params: {} };
  return { sql: `(${alias}.presales_id = :viewerId OR ${alias}.sales_id = :viewerId)`, params: { viewerId: user.id } };
}
