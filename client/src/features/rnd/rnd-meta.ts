import type { Role } from '../../gql/graphql';

/** The R&D queue is the RND_MANAGER's and the R&D engineers' (server: rndQueue, improvementQueue, rndQueueChanged). */
export const mayOpenRndQueue = (roles: readonly Role[]): boolean => roles.includes('RND_MANAGER') || roles.includes('RND');
