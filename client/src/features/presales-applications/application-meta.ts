import type { Role } from '../../gql/graphql';

/**
 * Only hints for the UI (server: presales-applications/presales-application.policy.ts): a sales
 * applies and follows their own applications; the directors and managers see all of them.
 */
const OVERSEERS: readonly Role[] = ['SALES_DIRECTOR', 'PRESALES_MANAGER', 'TECH_DIRECTOR', 'GM'];

export const mayApply = (roles: readonly Role[]): boolean => roles.includes('SALES');

export const mayOpenApplications = (roles: readonly Role[]): boolean => mayApply(roles) || roles.some((role) => OVERSEERS.includes(role));
