import { type Context, createLoaders, requireUser } from '../../context';
import { Channel, mapChannel } from '../../platform/events/channel';
import type { DeliveredEvent } from '../../platform/events/event-bus';
import type { MyTasksChange } from './my-tasks-change.type';
import { PROJECT_TASK_CHANGED } from './project-task.service';

/** The assignee's tasks, live: every task event names its assignee. */
export function myTaskChanges(context: Context): AsyncIterableIterator<MyTasksChange> {
  const user = requireUser(context);
  const { bus, dataSource } = context.services;
  const events = new Channel<DeliveredEvent>(() => stopListening());
  const stopListening = bus.listen((event) => {
    if (event.record.type === PROJECT_TASK_CHANGED && event.record.payload.assigneeId === user.id) events.push(event);
  });
  return mapChannel(events, (event) => {
    context.loaders = createLoaders(dataSource, user);
    return Promise.resolve({ seq: event.seq, taskId: event.record.entityId });
  });
}
