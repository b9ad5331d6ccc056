import type { Role } from '../../gql/graphql';

/** The managers who may simplify a project's process (第五十二条; server: waivers/waiver.service.ts). Only a hint for the UI. */
const WAIVER_ROLES: readonly Role[] = ['PRESALES_MANAGER', 'TECH_DIRECTOR', 'GM'];

export const mayWaive = (roles: readonly Role[]): boolean => roles.some((role) => WAIVER_ROLES.includes(role));
