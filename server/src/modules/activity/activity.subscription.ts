import { type Context, createLoaders, requireUser } from '../../context';
import { Channel, mapChannel } from '../../platform/events/channel';
import type { DeliveredEvent } from '../../platform/events/event-bus';
import { mayCurrentlySee } from '../projects/project-visibility.event';
import type { ActivityEvent } from './activity-event.type';
import { recordToActivityEvent } from './activity.mapping';

/**
 * Every change on one project, live: the shared record's timeline. Visible projects only,
 * re-checked on each event (batched across subscribers) since membership can change.
 */
export async function projectActivity(context: Context, projectId: string): Promise<AsyncIterableIterator<ActivityEvent>> {
  const user = requireUser(context);
  const { bus, projects, dataSource } = context.services;
  await projects.findVisible(user, projectId); // NOT_FOUND before anything is streamed
  const events = new Channel<DeliveredEvent>(() => stopListening());
  const stopListening = bus.listen((event) => {
    if (event.record.projectId === projectId) events.push(event);
  });
  return mapChannel(events, async (event) => {
    if (!(await mayCurrentlySee(event, projects, user.id))) return null;
    context.loaders = createLoaders(dataSource, user);
    return recordToActivityEvent(event.record);
  });
}
