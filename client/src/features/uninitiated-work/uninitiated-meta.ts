import type { Role, UninitiatedWorkStatus } from '../../gql/graphql';

/**
 * Only hints for the UI (server: uninitiated-work/uninitiated-work.policy.ts and its resolver):
 * the pre-sales and the sales named on a record see it, the department heads see them all, and
 * only a pre-sales records one.
 */
const OVERSEERS: readonly Role[] = ['PRESALES_MANAGER', 'TECH_DIRECTOR', 'GM', 'SALES_DIRECTOR'];

export const mayOpenUninitiatedWork = (roles: readonly Role[]): boolean => roles.includes('PRESALES') || roles.includes('SALES') || roles.some((role) => OVERSEERS.includes(role));

export const mayRecordUninitiatedWork = (roles: readonly Role[]): boolean => roles.includes('PRESALES');

export const WORK_STATUS_COLOR: Record<UninitiatedWorkStatus, string> = { INVOLVED: 'processing', REMINDED: 'warning', STOPPED: 'error', INITIATED: 'success' };

/** Still open: the pre-sales may remind the sales or stop. */
export const isOpen = (status: UninitiatedWorkStatus): boolean => status === 'INVOLVED' || status === 'REMINDED';

/** What the viewer may do with a record now. */
export function workActions(work: { status: UninitiatedWorkStatus; presales: { id: string }; sales: { id: string } }, viewerId: string) {
  const isPresales = work.presales.id === viewerId;
  return {
    remind: isPresales && isOpen(work.status),
    stop: isPresales && isOpen(work.status),
    link: (isPresales || work.sales.id === viewerId) && work.status !== 'INITIATED',
  };
}
