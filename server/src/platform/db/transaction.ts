import type { DataSource, EntityManager } from 'typeorm';
import { EventRecord, type EventPayload } from '../events/event.entity';
import type { EventBus } from '../events/event-bus';

export interface NewEvent {
  type: string;
  projectId: string | null;
  entityType: string;
  entityId: string;
  actorId: string | null;
  payload?: EventPayload;
}

export interface UnitOfWork {
  manager: EntityManager;
  /** Queues an event; it is appended to the log as the last step of this transaction. */
  record(event: NewEvent): Promise<void>;
}

/**
 * Runs one write as one transaction: rows and their events commit together, and the bus
 * is woken only after the commit, so no subscriber ever sees a change that rolled back.
 */
export async function inTransaction<T>(dataSource: DataSource, bus: EventBus, work: (unit: UnitOfWork) => Promise<T>): Promise<T> {
  const pending: NewEvent[] = [];
  const result = await dataSource.transaction(async (manager) => {
    const value = await work({ manager, record: async (event) => void pending.push(event) });
    if (pending.length > 0) {
      // Events are appended last, under a transaction-scoped lock, so that `seq` order is
      // commit order: a reader that has seen seq N can never later find a committed N-1.
      await manager.query('SELECT pg_advisory_xact_lock($1)', [EVENT_APPEND_LOCK]);
      await manager.insert(
        EventRecord,
        pending.map((event) => ({ ...event, payload: event.payload ?? {} })),
      );
    }
    return value;
  });
  if (pending.length > 0) bus.wake();
  return result;
}

/** Arbitrary constant naming the advisory lock that serialises event appends. */
const EVENT_APPEND_LOCK = 4_207_001;
