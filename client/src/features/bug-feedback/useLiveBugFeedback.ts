import { useQuery } from '@apollo/client/react';
import { useReloadOnPush } from '../../app/live-reload';
import { BUG_FEEDBACK_CHANGED, OPEN_BUG_FEEDBACK } from './bug-feedback.operations';

/** The testers' queue, reloaded on each `bugFeedbackChanged` push and after every reconnection. */
export function useLiveBugFeedback() {
  const queue = useQuery(OPEN_BUG_FEEDBACK, { fetchPolicy: 'cache-and-network' });
  useReloadOnPush(BUG_FEEDBACK_CHANGED, queue.refetch);
  return queue;
}
