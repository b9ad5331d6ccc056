import type { DataSource } from 'typeorm';
import { invalid } from '../../platform/graphql/errors';
import type { User } from '../users/user.entity';
import { visibleProjectCondition } from '../projects/project.policy';
import { TICKET_ESCALATED, NOTED } from '../tickets/ticket.events';
import { isPortalUser, visibleTicketCondition } from '../tickets/ticket.policy';
import type { ChangeSet } from './activity-event.type';
import { toActivityEvent, type EventRow } from './activity.mapping';

export const MAX_CHANGES = 500;

export class ActivityService {
  constructor(private readonly dataSource: DataSource) {}

  async latestSeq(): Promise<number> {
    const [{ max }] = (await this.dataSource.query('SELECT COALESCE(MAX(seq), 0)::bigint AS max FROM event')) as { max: string }[];
    return Number(max);
  }

  /**
   * Events after `seq` on projects and tickets the viewer may see now, oldest first. The cursor
   * is read first, so an event committed during the call is left for the next call, never
   * skipped. A portal user gets their organisation's ticket changes, less internal notes and
   * escalations (whose reasons are internal).
   */
  async changesSince(viewer: Pick<User, 'id' | 'roles' | 'customerId'>, seq: number, limit: number): Promise<ChangeSet> {
    if (!Number.isSafeInteger(seq) || seq < 0) throw invalid({ seq: 'INVALID' });
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_CHANGES) throw invalid({ limit: 'OUT_OF_RANGE' });
    const upTo = await this.latestSeq();
    const project = visibleProjectCondition('p', viewer);
    const ticket = visibleTicketCondition('t', viewer);
    const ticketEvents = isPortalUser(viewer)
      ? `e.type <> '${TICKET_ESCALATED}' AND coalesce(e.payload->>'action', '') <> '${NOTED}' AND ${ticket.sql}`
      : ticket.sql;
    const rows = await this.dataSource
      .createQueryBuilder()
      .select(['e.seq AS seq', 'e.type AS type', 'e.project_id AS project_id', 'e.entity_type AS entity_type', 'e.entity_id AS entity_id'])
      .addSelect(['e.actor_id AS actor_id', 'e.payload AS payload', 'e.created_at AS created_at'])
      .from('event', 'e')
      .leftJoin('project', 'p', 'p.id = e.project_id')
      // entity_id is text (not every entity has a uuid); CASE keeps the cast to ticket events.
      .leftJoin('ticket', 't', "t.id = (CASE WHEN e.entity_type = 'Ticket' THEN e.entity_id::uuid END)")
      .where('e.seq > :seq AND e.seq <= :upTo', { seq, upTo })
      .andWhere(`((p.id IS NOT NULL AND ${project.sql}) OR (t.id IS NOT NULL AND ${ticketEvents}))`, { ...project.params, ...ticket.params })
      .orderBy('e.seq', 'ASC')
      .limit(limit + 1)
      .getRawMany<EventRow>();
    const hasMore = rows.length > limit;
    const events = rows.slice(0, limit).map(toActivityEvent);
    return { events, cursor: hasMore ? events[events.length - 1].seq : upTo, hasMore };
  }
}
