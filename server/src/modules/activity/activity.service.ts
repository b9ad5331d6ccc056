import type { DataSource } from 'typeorm';
import { invalid } from '../../platform/graphql/errors';
import type { User } from '../users/user.entity';
import { visibleProjectCondition } from '../projects/project.policy';
import type { ActivityEvent, ChangeSet } from './activity-event.type';

export const MAX_CHANGES = 500;

export class ActivityService {
  constructor(private readonly dataSource: DataSource) {}

  async latestSeq(): Promise<number> {
    const [{ max }] = (await this.dataSource.query('SELECT COALESCE(MAX(seq), 0)::bigint AS max FROM event')) as { max: string }[];
    return Number(max);
  }

  /**
   * Events after `seq` on projects the viewer may see now, oldest first. The cursor is read
   * first, so an event committed during the call is left for the next call, never skipped.
   */
  async changesSince(viewer: Pick<User, 'id' | 'roles'>, seq: number, limit: number): Promise<ChangeSet> {
    if (!Number.isSafeInteger(seq) || seq < 0) throw invalid({ seq: 'INVALID' });
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_CHANGES) throw invalid({ limit: 'OUT_OF_RANGE' });
    const upTo = await this.latestSeq();
    const visible = visibleProjectCondition('p', viewer);
    const rows = await this.dataSource
      .createQueryBuilder()
      .select(['e.seq AS seq', 'e.type AS type', 'e.project_id AS "projectId"', 'e.entity_type AS "entityType"', 'e.entity_id AS "entityId"'])
      .addSelect(['e.actor_id AS "actorId"', 'e.payload AS payload', 'e.created_at AS "createdAt"'])
      .from('event', 'e')
      .innerJoin('project', 'p', 'p.id = e.project_id')
      .where('e.seq > :seq AND e.seq <= :upTo', { seq, upTo })
      .andWhere(visible.sql, visible.params)
      .orderBy('e.seq', 'ASC')
      .limit(limit + 1)
      .getRawMany<Omit<ActivityEvent, 'seq' | 'payload'> & { seq: string; payload: unknown }>();
    const hasMore = rows.length > limit;
    const events = rows.slice(0, limit).map((row) => ({ ...row, seq: Number(row.seq), payload: JSON.stringify(row.payload) }));
    return { events, cursor: hasMore ? events[events.length - 1].seq : upTo, hasMore };
  }
}
