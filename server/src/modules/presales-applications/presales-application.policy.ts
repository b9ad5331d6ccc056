import { Role } from '../users/role.enum';
import type { User } from '../users/user.entity';

/** Who oversees applications besides the applicant: its approvers and the heads above them. */
const APPLICATION_OVERSEERS: readonly Role[] = [Role.SALES_DIRECTOR, Role.PRESALES_MANAGER, Role.TECH_DIRECTOR, Role.GM];

/** SQL condition "the viewer may see application `alias`". */
export function visibleApplicationCondition(alias: string, user: Pick<User, 'id' | 'roles'>): { sql: string; params: Record<string, unknown> } {
  if (user.roles.some((role) => APPLICATION_OVERSEERS.includes(role))) return { sql: 'TRUE', params: {} };
  return { sql: `${alias}.requested_by_id = :viewerId`, params: { viewerId: user.id } };
}
