import { type Context, createLoaders, requireUser } from '../../context';
import { Channel, mapChannel } from '../../platform/events/channel';
import type { DeliveredEvent } from '../../platform/events/event-bus';
import type { FeedbackChange } from './feedback-change.type';
import { readsAllFeedback } from './bug-feedback.policy';
import { FEEDBACK_CHANGED } from './bug-feedback.service';

/** The testers' live queue, which every pre-sales is copied on; a reporter hears of their own. */
export function feedbackChanges(context: Context): AsyncIterableIterator<FeedbackChange> {
  const user = requireUser(context);
  const { bus, dataSource } = context.services;
  const readsAll = readsAllFeedback(user);
  const events = new Channel<DeliveredEvent>(() => stopListening());
  const stopListening = bus.listen((event) => {
    if (event.record.type === FEEDBACK_CHANGED && (readsAll || event.record.payload.reportedById === user.id)) events.push(event);
  });
  return mapChannel(events, (event) => {
    context.loaders = createLoaders(dataSource, user);
    return Promise.resolve({ seq: event.seq, feedbackId: event.record.entityId });
  });
}
