import { Role } from '../users/role.enum';
import type { User } from '../users/user.entity';
import { ProjectMemberRole } from './project-member-role';
import type { ProjectMember } from './project-member.entity';

/** SPEC §1: these roles see every project; everyone else sees the projects they are a member of. */
export const ALL_PROJECTS_ROLES: readonly Role[] = [Role.PRESALES_MANAGER, Role.TECH_DIRECTOR, Role.GM, Role.SALES_DIRECTOR];

/** Who may submit an initiation form: a sales for themself, or the managers who assign work. */
export const INITIATOR_ROLES: readonly Role[] = [Role.SALES, Role.SALES_DIRECTOR, Role.PRESALES_MANAGER];

/** Members who drive a project and so may move its stage. */
const STAGE_DRIVERS: readonly ProjectMemberRole[] = [
  ProjectMemberRole.RESPONSIBLE_SALES,
  ProjectMemberRole.FIRST_PRESALES,
  ProjectMemberRole.SECOND_PRESALES,
];

export const seesAllProjects = (user: Pick<User, 'roles'>): boolean => user.roles.some((role) => ALL_PROJECTS_ROLES.includes(role));

/**
 * SQL condition "the viewer may see project `alias`", with its parameters. Every list and
 * lookup of projects goes through it, so visibility is decided by the database.
 */
export function visibleProjectCondition(alias: string, user: Pick<User, 'id' | 'roles'>): { sql: string; params: Record<string, unknown> } {
  if (seesAllProjects(user)) return { sql: 'TRUE', params: {} };
  return {
    sql: `EXISTS (SELECT 1 FROM project_member vm WHERE vm.project_id = ${alias}.id AND vm.user_id = :viewerId)`,
    params: { viewerId: user.id },
  };
}

export function canMoveStage(user: Pick<User, 'id' | 'roles'>, members: readonly ProjectMember[]): boolean {
  if (user.roles.includes(Role.PRESALES_MANAGER)) return true;
  return members.some((member) => member.userId === user.id && STAGE_DRIVERS.includes(member.role));
}

export const canInitiate = (user: Pick<User, 'roles'>): boolean => user.roles.some((role) => INITIATOR_ROLES.includes(role));

/**
 * Viewers whose board depends only on their roles share a subscription execution; anyone
 * whose view depends on membership (a member, or a sales/pre-sales who may become one) gets
 * their own. Membership roles need SALES or PRESALES, so a pure manager is role-scoped.
 */
export function boardScope(user: Pick<User, 'id' | 'roles'>): string {
  const membershipMatters = !seesAllProjects(user) || user.roles.some((role) => role === Role.SALES || role === Role.PRESALES);
  return membershipMatters ? personScope(user) : `roles:${[...user.roles].sort().join(',')}`;
}

/**
 * One person with the roles they subscribed with: per-person feeds filter by those roles, so a
 * change of roles must end the subscription (scopeStillHolds fails and the socket is dropped).
 */
export function personScope(user: Pick<User, 'id' | 'roles'>): string {
  return `person:${user.id}:${[...user.roles].sort().join(',')}`;
}
