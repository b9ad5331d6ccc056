import { type Context, createLoaders, requireUser } from '../../context';
import { Channel, mapChannel } from '../../platform/events/channel';
import type { DeliveredEvent } from '../../platform/events/event-bus';
import { ProjectEvent, BOARD_EVENT_TYPES } from './project.events';
import { BoardChangeKind, type BoardChange } from './board-change.type';
import { COUNTER_EVENT_TYPES } from './board-counters';
import { boardScope } from './project.policy';
import { mayCurrentlySee } from './project-visibility.event';

const KIND_OF_EVENT = {
  [ProjectEvent.INITIATED]: BoardChangeKind.CREATED,
  [ProjectEvent.STAGE_CHANGED]: BoardChangeKind.STAGE_CHANGED,
  [ProjectEvent.MEMBER_ADDED]: BoardChangeKind.MEMBERS_CHANGED,
} as const;

/**
 * The source stream of `boardChanged` for one viewer (or one group of viewers who see the
 * same). Each event is re-authorized against the database at the moment it happens, because
 * membership can change while a socket stays open; the check is batched across every
 * subscriber of the event into one query.
 */
export function boardChanges(context: Context): AsyncIterableIterator<BoardChange> {
  const user = requireUser(context);
  const { bus, projects, dataSource } = context.services;
  const events = new Channel<DeliveredEvent>(() => stopListening());
  const stopListening = bus.listen((event) => {
    const { type, projectId } = event.record;
    if (projectId && (BOARD_EVENT_TYPES.has(type) || COUNTER_EVENT_TYPES.has(type))) events.push(event);
  });

  // A role-scoped viewer (see boardScope) sees every project by role; the subscription group
  // re-checks each member's session and roles per event. Everyone else is checked here.
  const seesAllByRole = boardScope(user).startsWith('roles:');

  return mapChannel(events, async (event) => {
    const projectId = event.record.projectId as string;
    if (seesAllByRole) return change(event, projectId);
    return (await mayCurrentlySee(event, projects, user.id)) ? change(event, projectId) : null;
  });

  function change(event: DeliveredEvent, projectId: string): BoardChange {
    // Fresh loaders per event: nothing is answered from a previous event's cache.
    context.loaders = createLoaders(dataSource, user);
    return {
      seq: event.seq,
      kind: KIND_OF_EVENT[event.record.type as keyof typeof KIND_OF_EVENT] ?? BoardChangeKind.COUNTERS_CHANGED,
      projectId,
    };
  }
}
