import { useReloadOnPush } from '../../app/live-reload';
import { useCurrentUser } from '../auth/current-user';
import { useLiveProjectRecord } from '../projects/useLiveProjectRecord';
import { mayOpenRndQueue } from '../rnd/rnd-meta';
import { RND_QUEUE_CHANGED } from '../rnd/rnd.operations';

/**
 * Keeps an open work order live: reloaded on every change to its project when the viewer may
 * see the project, on every change to the viewer's R&D queue for R&D, and after reconnecting.
 */
export function useLiveWorkOrder(projectId: string | undefined, reload: () => Promise<unknown>): void {
  const me = useCurrentUser();
  useLiveProjectRecord(projectId ?? '', reload);
  useReloadOnPush(RND_QUEUE_CHANGED, reload, !mayOpenRndQueue(me.roles));
}
