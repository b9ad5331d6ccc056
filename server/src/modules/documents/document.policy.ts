import { Role } from '../users/role.enum';
import type { User } from '../users/user.entity';
import { DocumentStatus } from './document.enums';

/** A viewer who holds no role but CUSTOMER is outside the company. */
export const isCustomerOnly = (user: Pick<User, 'roles'>): boolean => user.roles.every((role) => role === Role.CUSTOMER);

/**
 * SQL condition "the viewer may see document `alias`" on a project they may already see:
 * colleagues see every document; a customer only approved, non-internal ones (SPEC §6).
 */
export function visibleDocumentCondition(alias: string, user: Pick<User, 'roles'> | null): { sql: string; params: Record<string, unknown> } {
  if (user && !isCustomerOnly(user)) return { sql: 'TRUE', params: {} };
  return { sql: `(NOT ${alias}.internal AND ${alias}.status = :approvedForCustomer)`, params: { approvedForCustomer: DocumentStatus.APPROVED } };
}
