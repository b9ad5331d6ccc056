import type { EntityManager } from 'typeorm';
import { isUuid } from '../../platform/db/uuid';
import type { EventRecord } from '../../platform/events/event.entity';
import { ALL_PROJECTS_ROLES } from '../projects/project.policy';
import { visibleTicketCondition } from '../tickets/ticket.policy';
import type { User } from '../users/user.entity';
import type { Audience, RecordVisibility } from './notification.rules';

export type Recipient = Pick<User, 'id' | 'name' | 'email' | 'roles' | 'customerId' | 'language'>;

// roles as text[]: the driver does not parse arrays of the role enum.
const RECIPIENT_COLUMNS = 'u.id, u.name, u.email, u.roles::text[] AS roles, u.customer_id AS "customerId", u.language';

/** The active users an audience names for this event. */
export async function usersOf(manager: EntityManager, audience: Audience, event: EventRecord): Promise<Recipient[]> {
  const query = (where: string, params: unknown[]) => manager.query(`SELECT ${RECIPIENT_COLUMNS} FROM app_user u WHERE u.active AND ${where}`, params) as Promise<Recipient[]>;
  if ('member' in audience) {
    if (!event.projectId) return [];
    return query('EXISTS (SELECT 1 FROM project_member m WHERE m.user_id = u.id AND m.project_id = $1 AND m.role = $2)', [event.projectId, audience.member]);
  }
  if ('role' in audience) return query('$1 = ANY(u.roles)', [audience.role]);
  if ('roleIn' in audience) {
    const role = event.payload[audience.roleIn];
    return typeof role === 'string' ? query('$1::text = ANY(u.roles::text[])', [role]) : [];
  }
  const id = event.payload[audience.user];
  return typeof id === 'string' && isUuid(id) ? query('u.id = $1', [id]) : [];
}

/** Those of `users` who may see the event's record now (SPEC §1; a membership removed before the event counts). */
export async function whoMaySee(manager: EntityManager, visibility: RecordVisibility, event: EventRecord, users: readonly Recipient[]): Promise<Recipient[]> {
  if (visibility === 'ROLE' || users.length === 0) return [...users];
  if (visibility === 'PROJECT') {
    if (!event.projectId) return [];
    const rows = (await manager.query(
      `SELECT u.id FROM app_user u WHERE u.id = ANY($1) AND (u.roles && $2::role[] OR EXISTS (SELECT 1 FROM project_member m WHERE m.project_id = $3 AND m.user_id = u.id))`,
      [users.map((user) => user.id), [...ALL_PROJECTS_ROLES], event.projectId],
    )) as { id: string }[];
    const allowed = new Set(rows.map((row) => row.id));
    return users.filter((user) => allowed.has(user.id));
  }
  const allowed: Recipient[] = [];
  for (const user of users) {
    const visible = visibleTicketCondition('t', user);
    const seen = await manager
      .createQueryBuilder()
      .select('1')
      .from('ticket', 't')
      .where('t.id = CAST(:ticketId AS uuid)', { ticketId: event.entityId })
      .andWhere(visible.sql, visible.params)
      .getRawOne();
    if (seen) allowed.push(user);
  }
  return allowed;
}
