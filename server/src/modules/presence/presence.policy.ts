import type { Services } from '../../context';
import { AppError, ErrorCode, notFound } from '../../platform/graphql/errors';
import type { User } from '../users/user.entity';
import { PresenceRecordType } from './presence.types';

type RecordServices = Pick<Services, 'projects' | 'tickets' | 'workOrders'>;

const LABELS: Record<PresenceRecordType, string> = {
  [PresenceRecordType.PROJECT]: 'Project',
  [PresenceRecordType.TICKET]: 'Ticket',
  [PresenceRecordType.WORK_ORDER]: 'Work order',
};

/**
 * The record's id as stored, when `user` may see it, else null: through the same visibility
 * checks as the records' own queries (a portal customer sees their organisation's tickets only).
 */
export async function visibleRecordId(services: RecordServices, user: User, type: PresenceRecordType, id: string): Promise<string | null> {
  switch (type) {
    case PresenceRecordType.PROJECT:
      try {
        return (await services.projects.findVisible(user, id)).id;
      } catch (error) {
        if (error instanceof AppError && error.extensions.code === ErrorCode.NOT_FOUND) return null;
        throw error;
      }
    case PresenceRecordType.TICKET:
      return (await services.tickets.findVisible(user, id))?.id ?? null;
    case PresenceRecordType.WORK_ORDER:
      return (await services.workOrders.findVisible(user, id))?.id ?? null;
  }
}

/** The stored id of a record the user may see; NOT_FOUND otherwise (no existence leak). */
export async function requireVisibleRecordId(services: RecordServices, user: User, type: PresenceRecordType, id: string): Promise<string> {
  const recordId = await visibleRecordId(services, user, type, id);
  if (recordId === null) throw notFound(LABELS[type]);
  return recordId;
}

/** The PresenceHub's key of a record. */
export const presenceKey = (type: PresenceRecordType, recordId: string): string => `${type}:${recordId}`;
