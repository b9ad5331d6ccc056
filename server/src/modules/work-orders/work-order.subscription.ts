import { type Context, createLoaders, requireUser } from '../../context';
import { Channel, mapChannel } from '../../platform/events/channel';
import type { DeliveredEvent } from '../../platform/events/event-bus';
import { Role } from '../users/role.enum';
import type { RndQueueChange } from './rnd-queue-change.type';
import { WorkOrderStatus } from './work-order.enums';
import { IMPROVEMENT_CHANGED } from '../improvements/improvement.events';
import { WORK_ORDER_CHANGED } from './work-order.events';

/**
 * The live R&D queue. The RND_MANAGER hears of every work order and improvement request; an
 * engineer of the requests they lead, and of the work orders open
 * for claiming (arriving, or leaving when someone claims them) and of those they lead or work
 * on — read from the event's payload, which names the status before and after, the lead and
 * the members. The session, and the roles this feed was opened with, are re-checked per event (subscriptionScope).
 */
export function rndQueueChanges(context: Context): AsyncIterableIterator<RndQueueChange> {
  const user = requireUser(context);
  const { bus, dataSource } = context.services;
  const managesRnd = user.roles.includes(Role.RND_MANAGER);
  const concerns = (event: DeliveredEvent): boolean => {
    if (managesRnd) return true;
    if (event.record.type === IMPROVEMENT_CHANGED) return event.record.payload.rndLeadId === user.id;
    const { from, status, leadId, memberIds } = event.record.payload;
    const open = WorkOrderStatus.OPEN_FOR_CLAIM;
    return from === open || status === open || leadId === user.id || (Array.isArray(memberIds) && memberIds.includes(user.id));
  };
  const events = new Channel<DeliveredEvent>(() => stopListening());
  const stopListening = bus.listen((event) => {
    if ((event.record.type === WORK_ORDER_CHANGED || event.record.type === IMPROVEMENT_CHANGED) && concerns(event)) events.push(event);
  });
  return mapChannel(events, (event) => {
    context.loaders = createLoaders(dataSource, user);
    const isOrder = event.record.type === WORK_ORDER_CHANGED;
    return Promise.resolve({ seq: event.seq, workOrderId: isOrder ? event.record.entityId : null, improvementRequestId: isOrder ? null : event.record.entityId });
  });
}
