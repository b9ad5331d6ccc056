import { Role } from '../users/role.enum';
import type { User } from '../users/user.entity';
import { WorkOrderStatus } from './work-order.enums';

/**
 * SQL condition "the viewer may see work order `alias`": the RND_MANAGER sees them all, an
 * R&D engineer those they lead or work on and those open for claiming, anyone else through
 * the project (`projectVisible`, on alias `p`).
 */
export function visibleWorkOrderCondition(alias: string, user: Pick<User, 'id' | 'roles'>, projectVisible: string): string {
  if (user.roles.includes(Role.RND_MANAGER)) return 'TRUE';
  const rnd = user.roles.includes(Role.RND)
    ? ` OR ${alias}.lead_id = :viewerId OR ${alias}.status = '${WorkOrderStatus.OPEN_FOR_CLAIM}'
        OR EXISTS (SELECT 1 FROM work_order_member wm WHERE wm.work_order_id = ${alias}.id AND wm.user_id = :viewerId)`
    : '';
  return `(${projectVisible}${rnd})`;
}
