import type { Role } from '../../gql/graphql';

/**
 * Who is offered the "new project" button. Only a hint for the UI: the server decides
 * whether the initiation is accepted.
 */
const INITIATOR_ROLES: readonly Role[] = ['SALES', 'SALES_DIRECTOR', 'PRESALES_MANAGER'];

export const mayInitiate = (roles: readonly Role[]): boolean => roles.some((role) => INITIATOR_ROLES.includes(role));
