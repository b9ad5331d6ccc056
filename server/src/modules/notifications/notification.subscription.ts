import { type Context, createLoaders, requireUser } from '../../context';
import { Channel, mapChannel } from '../../platform/events/channel';
import type { DeliveredEvent } from '../../platform/events/event-bus';
import { NOTIFIED } from './notification.dispatcher';
import type { NotificationsChange } from './notifications-change.type';

/** The viewer's bell: pushed when the dispatcher has told them of an event. */
export function notificationChanges(context: Context): AsyncIterableIterator<NotificationsChange> {
  const user = requireUser(context);
  const { bus, dataSource, notifications } = context.services;
  const events = new Channel<DeliveredEvent>(() => stopListening());
  const stopListening = bus.listen((event) => {
    const { type, payload } = event.record;
    if (type === NOTIFIED && Array.isArray(payload.userIds) && payload.userIds.includes(user.id)) events.push(event);
  });
  return mapChannel(events, async (event) => {
    context.loaders = createLoaders(dataSource, user);
    return { seq: event.seq, unread: await notifications.unreadCount(user) };
  });
}
