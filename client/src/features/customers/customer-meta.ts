import type { Role } from '../../gql/graphql';

/** Who keeps customer profiles (server: customer.policy CUSTOMER_EDITORS). */
const CUSTOMER_EDITORS: readonly Role[] = ['SALES', 'SALES_DIRECTOR', 'PRESALES', 'PRESALES_MANAGER', 'ADMIN'];
/** Who keeps service contracts (server: CONTRACT_EDITORS). */
const CONTRACT_EDITORS: readonly Role[] = ['SALES', 'SALES_DIRECTOR', 'PRESALES_MANAGER', 'ADMIN'];
/** Who opens portal accounts (server: PORTAL_USER_CREATORS). */
const PORTAL_USER_CREATORS: readonly Role[] = ['ADMIN', 'PRESALES_MANAGER'];

const holdsAny = (roles: readonly Role[], allowed: readonly Role[]): boolean => roles.some((role) => allowed.includes(role));

export const mayEditCustomers = (roles: readonly Role[]): boolean => holdsAny(roles, CUSTOMER_EDITORS);
export const mayEditContracts = (roles: readonly Role[]): boolean => holdsAny(roles, CONTRACT_EDITORS);
export const mayCreatePortalUsers = (roles: readonly Role[]): boolean => holdsAny(roles, PORTAL_USER_CREATORS);

/** Calendar days as the server keeps them. */
export const DAY_FORMAT = 'YYYY-MM-DD';

/** Trimmed text, or null when left empty: optional fields the server keeps as null. */
export const optionalText = (value: string | undefined | null): string | null => value?.trim() || null;

/** A service that ends within this many days is shown as expiring soon. */
export const EXPIRY_WARNING_DAYS = 30;
