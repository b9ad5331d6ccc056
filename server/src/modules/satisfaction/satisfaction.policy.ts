import { Role } from '../users/role.enum';
import type { User } from '../users/user.entity';

/** Who reads an engineer's satisfaction results besides the engineer. */
export const SATISFACTION_READERS: readonly Role[] = [Role.PRESALES_MANAGER, Role.TECH_DIRECTOR, Role.GM];

export const readsSatisfactionOf = (viewer: Pick<User, 'id' | 'roles'>, engineerId: string): boolean =>
  viewer.id === engineerId || viewer.roles.some((role) => SATISFACTION_READERS.includes(role));

export const MIN_SCORE = 1;
export const MAX_SCORE = 5;
export const MAX_COMMENT_LENGTH = 2000;
