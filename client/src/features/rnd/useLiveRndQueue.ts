import { useQuery } from '@apollo/client/react';
import { useReloadOnPush } from '../../app/live-reload';
import { RND_QUEUE, RND_QUEUE_CHANGED } from './rnd.operations';

/** The viewer's R&D queue, reloaded on each `rndQueueChanged` push and after every reconnection. */
export function useLiveRndQueue() {
  const queue = useQuery(RND_QUEUE, { fetchPolicy: 'cache-and-network' });
  useReloadOnPush(RND_QUEUE_CHANGED, queue.refetch);
  return queue;
}
