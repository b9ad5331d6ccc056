import { type Context, createLoaders, requireUser } from '../../context';
import { Channel, mapChannel } from '../../platform/events/channel';
import type { DeliveredEvent } from '../../platform/events/event-bus';
import type { ApprovalInboxChange } from './approval-inbox-change.type';
import { APPROVAL_EVENT_TYPES } from './approval.events';

/**
 * Live inbox: an approval event concerns the viewer when the step it decided or the step it
 * now waits for belongs to one of the viewer's roles; holding a role of the chain is what
 * lets an approver see the approval (asksOrApproves). The session, and the roles this feed
 * was opened with, are re-checked per event (subscriptionScope).
 */
export function approvalInboxChanges(context: Context): AsyncIterableIterator<ApprovalInboxChange> {
  const user = requireUser(context);
  const { bus, dataSource } = context.services;
  const events = new Channel<DeliveredEvent>(() => stopListening());
  const stopListening = bus.listen((event) => {
    if (!APPROVAL_EVENT_TYPES.has(event.record.type)) return;
    const { decidedRole, nextRole } = event.record.payload;
    if (user.roles.some((role) => role === decidedRole || role === nextRole)) events.push(event);
  });
  return mapChannel(events, (event) => {
    context.loaders = createLoaders(dataSource, user);
    return Promise.resolve({ seq: event.seq, approvalId: event.record.entityId });
  });
}
