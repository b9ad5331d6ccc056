import { ProjectMemberRole } from '../projects/project-member-role';
import type { ProjectMember } from '../projects/project-member.entity';
import { Role } from '../users/role.enum';
import type { User } from '../users/user.entity';

/** Who sees a project's net R&D cost and its bonus flag besides its responsible sales (SPEC §1: bonus-related). */
export const RND_COST_VIEWERS: readonly Role[] = [Role.SALES_DIRECTOR, Role.PRESALES_MANAGER, Role.TECH_DIRECTOR, Role.GM, Role.RND_MANAGER];

/** Bonus-related R&D cost is for the project's responsible sales, the managers and the GM (SPEC §1). */
export const seesRndCost = (user: Pick<User, 'id' | 'roles'>, members: readonly ProjectMember[]): boolean =>
  user.roles.some((role) => RND_COST_VIEWERS.includes(role)) || members.some((m) => m.userId === user.id && m.role === ProjectMemberRole.RESPONSIBLE_SALES);

/**
 * SQL condition "the viewer may see improvement request `alias`": through its project
 * (`projectVisible`), as the RND_MANAGER who reviews them all, or as its R&D lead.
 */
export function visibleImprovementCondition(alias: string, user: Pick<User, 'id' | 'roles'>, projectVisible: string): string {
  if (user.roles.includes(Role.RND_MANAGER)) return 'TRUE';
  return `(${alias}.rnd_lead_id = :viewerId OR ${projectVisible})`;
}
