import type { Role } from '../../gql/graphql';

/**
 * A customer in the portal: someone whose only role is CUSTOMER (server: isCustomerOnly). They
 * see the portal's pages only, and only their organisation's tickets.
 */
export const isPortalUser = (roles: readonly Role[]): boolean => roles.every((role) => role === 'CUSTOMER');
