import { Role } from '../users/role.enum';
import type { User } from '../users/user.entity';

/** Testers work the feedback; every pre-sales is copied (SPEC §5); support and R&D heads oversee it. */
export const FEEDBACK_READERS: readonly Role[] = [Role.TESTER, Role.PRESALES, Role.PRESALES_MANAGER, Role.TECH_DIRECTOR, Role.GM, Role.RND_MANAGER, Role.RND];

export const readsAllFeedback = (user: Pick<User, 'roles'>): boolean => user.roles.some((role) => FEEDBACK_READERS.includes(role));

/** SQL condition "the viewer may see feedback `alias`": the readers above, or whoever reported it. */
export function visibleFeedbackCondition(alias: string, user: Pick<User, 'id' | 'roles'>): { sql: string; params: Record<string, unknown> } {
  if (readsAllFeedback(user)) return { sql: 'TRUE', params: {} };
  return { sql: `${alias}.reported_by_id = :viewerId`, params: { viewerId: user.id } };
}
