import { Role } from '../users/role.enum';
import type { User } from '../users/user.entity';
import { isCustomerOnly } from '../documents/document.policy';
import { visibleProjectCondition } from '../projects/project.policy';

export type TicketViewer = Pick<User, 'id' | 'roles' | 'customerId'>;

/** SPEC §1: the heads of support see every ticket. */
export const TICKET_MANAGERS: readonly Role[] = [Role.PRESALES_MANAGER, Role.TECH_DIRECTOR, Role.GM];

/** Who works tickets: the first line and seniors are pre-sales / 技服 engineers; their manager. */
export const TICKET_HANDLERS: readonly Role[] = [Role.PRESALES, Role.PRESALES_MANAGER];

export const managesTickets = (user: Pick<User, 'roles'>): boolean => user.roles.some((role) => TICKET_MANAGERS.includes(role));
export const handlesTickets = (user: Pick<User, 'roles'>): boolean => user.roles.some((role) => TICKET_HANDLERS.includes(role));
export const isPortalUser = isCustomerOnly;

/**
 * SQL condition "the viewer may see ticket `alias`". A portal user: their organisation's
 * tickets. Staff: the managers all; a pre-sales the shared queue (tickets without a project);
 * anyone the tickets assigned to or filed by them, and those of the projects they may see.
 */
export function visibleTicketCondition(alias: string, user: TicketViewer): { sql: string; params: Record<string, unknown> } {
  if (isPortalUser(user)) {
    return user.customerId ? { sql: `${alias}.customer_id = :viewerCustomerId`, params: { viewerCustomerId: user.customerId } } : { sql: 'FALSE', params: {} };
  }
  if (managesTickets(user)) return { sql: 'TRUE', params: {} };
  const project = visibleProjectCondition('tp', user);
  const clauses = [
    `${alias}.assignee_id = :viewerId`,
    `${alias}.created_by_id = :viewerId`,
    `(${alias}.project_id IS NOT NULL AND EXISTS (SELECT 1 FROM project tp WHERE tp.id = ${alias}.project_id AND ${project.sql}))`,
  ];
  if (user.roles.includes(Role.PRESALES)) clauses.push(`${alias}.project_id IS NULL`);
  // R&D's head follows every ticket that reached R&D (it has a remaining issue), wherever it went next.
  if (user.roles.includes(Role.RND_MANAGER)) clauses.push(`${alias}.remaining_issue_id IS NOT NULL`);
  return { sql: `(${clauses.join(' OR ')})`, params: { ...project.params, viewerId: user.id } };
}
