import type { EventRecord } from '../../platform/events/event.entity';
import type { ActivityEvent } from './activity-event.type';

/** An `event` row as raw SQL returns it. */
export interface EventRow {
  seq: string;
  type: string;
  project_id: string | null;
  entity_type: string;
  entity_id: string;
  actor_id: string | null;
  payload: unknown;
  created_at: Date;
}

export const toActivityEvent = (row: EventRow): ActivityEvent => ({
  seq: Number(row.seq),
  type: row.type,
  projectId: row.project_id,
  entityType: row.entity_type,
  entityId: row.entity_id,
  actorId: row.actor_id,
  payload: JSON.stringify(row.payload),
  createdAt: row.created_at,
});

export const recordToActivityEvent = (record: EventRecord): ActivityEvent => ({
  seq: Number(record.seq),
  type: record.type,
  projectId: record.projectId,
  entityType: record.entityType,
  entityId: record.entityId,
  actorId: record.actorId,
  payload: JSON.stringify(record.payload),
  createdAt: record.createdAt,
});
