import { type Context, createLoaders, requireUser } from '../../context';
import { Channel, mapChannel } from '../../platform/events/channel';
import type { DeliveredEvent } from '../../platform/events/event-bus';
import { mayCurrentlySee } from '../projects/project-visibility.event';
import type { ApprovalInboxChange } from './approval-inbox-change.type';
import { APPROVAL_EVENT_TYPES } from './approval.events';

/**
 * Live inbox: an approval event concerns the viewer when the step it decided or the step it
 * now waits for belongs to one of the viewer's roles, on a project the viewer may see (checked
 * per event, batched across subscribers) or on no project (a pre-sales support application).
 */
export function approvalInboxChanges(context: Context): AsyncIterableIterator<ApprovalInboxChange> {
  const user = requireUser(context);
  const { bus, projects, dataSource } = context.services;
  const events = new Channel<DeliveredEvent>(() => stopListening());
  const stopListening = bus.listen((event) => {
    if (!APPROVAL_EVENT_TYPES.has(event.record.type)) return;
    const { decidedRole, nextRole } = event.record.payload;
    if (user.roles.some((role) => role === decidedRole || role === nextRole)) events.push(event);
  });
  return mapChannel(events, async (event) => {
    // An approval without a project concerns its chain's roles, matched above.
    if (event.record.projectId && !(await mayCurrentlySee(event, projects, user.id))) return null;
    context.loaders = createLoaders(dataSource, user);
    return { seq: event.seq, approvalId: event.record.entityId };
  });
}
