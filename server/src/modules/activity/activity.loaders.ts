import type { DataSource } from 'typeorm';
import { manyByKey } from '../../platform/graphql/loader';
import type { ActivityEvent } from './activity-event.type';
import { toActivityEvent, type EventRow } from './activity.mapping';

/** How much of a project's history the record page shows at once. */
export const TIMELINE_LENGTH = 200;

export const createActivityLoaders = (dataSource: DataSource) => ({
  /** The newest events of each project, one query for any number of projects. */
  timelineByProject: manyByKey<string, ActivityEvent>(async (ids) => {
    const rows = (await dataSource.query(
      `SELECT seq, type, project_id, entity_type, entity_id, actor_id, payload, created_at
         FROM (SELECT e.*, row_number() OVER (PARTITION BY e.project_id ORDER BY e.seq DESC) AS position
                 FROM event e WHERE e.project_id = ANY($1)) ranked
        WHERE position <= $2
        ORDER BY seq DESC`,
      [ids, TIMELINE_LENGTH],
    )) as EventRow[];
    return rows.map(toActivityEvent);
  }, (event) => event.projectId!),
});
