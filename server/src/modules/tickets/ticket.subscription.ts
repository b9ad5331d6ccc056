import { type Context, createLoaders, requireUser } from '../../context';
import { Channel, mapChannel } from '../../platform/events/channel';
import type { DeliveredEvent } from '../../platform/events/event-bus';
import type { TicketChange } from './ticket-change.type';
import { NOTED, TICKET_EVENT_TYPES } from './ticket.events';
import { isPortalUser } from './ticket.policy';

/**
 * Live changes to the tickets the viewer may see (the queue, a ticket page, the portal). A portal
 * user hears only of their organisation's tickets (read from the event), never of internal
 * notes; for staff, every event is re-checked against the ticket's visibility in SQL before it is delivered.
 */
export function ticketChanges(context: Context, ticketId: string | null): AsyncIterableIterator<TicketChange> {
  const user = requireUser(context);
  const { bus, dataSource, tickets } = context.services;
  const portal = isPortalUser(user);
  const events = new Channel<DeliveredEvent>(() => stopListening());
  const stopListening = bus.listen((event) => {
    const { type, entityId, payload } = event.record;
    if (!TICKET_EVENT_TYPES.has(type) || (ticketId !== null && entityId !== ticketId)) return;
    if (portal && (payload.customerId !== user.customerId || payload.action === NOTED)) return;
    events.push(event);
  });
  return mapChannel(events, async (event) => {
    const ticket = await tickets.findVisible(user, event.record.entityId);
    if (!ticket) return null;
    context.loaders = createLoaders(dataSource, user);
    const action = event.record.payload.action;
    return { seq: event.seq, ticketId: ticket.id, type: event.record.type, action: typeof action === 'string' ? action : null, checked: ticket };
  });
}
