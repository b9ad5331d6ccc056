import { type Context, createLoaders, requireUser } from '../../context';
import { Channel, mapChannel } from '../../platform/events/channel';
import type { DeliveredEvent } from '../../platform/events/event-bus';
import type { UninitiatedWorkChange } from './uninitiated-work-change.type';
import { overseesUninitiatedWork } from './uninitiated-work.policy';
import { UNINITIATED_WORK_CHANGED } from './uninitiated-work.service';

/**
 * Live changes for the pre-sales and the sales named on a record, and for the overseers.
 * The two people on a record never change, so the event's payload decides; the session, and
 * the roles this feed was opened with, are re-checked per event (subscriptionScope).
 */
export function uninitiatedWorkChanges(context: Context): AsyncIterableIterator<UninitiatedWorkChange> {
  const user = requireUser(context);
  const { bus, dataSource } = context.services;
  const oversees = overseesUninitiatedWork(user);
  const events = new Channel<DeliveredEvent>(() => stopListening());
  const stopListening = bus.listen((event) => {
    if (event.record.type !== UNINITIATED_WORK_CHANGED) return;
    const { salesId, presalesId } = event.record.payload;
    if (oversees || salesId === user.id || presalesId === user.id) events.push(event);
  });
  return mapChannel(events, (event) => {
    context.loaders = createLoaders(dataSource, user);
    return Promise.resolve({ seq: event.seq, workId: event.record.entityId });
  });
}
