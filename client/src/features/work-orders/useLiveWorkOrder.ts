import { usePushes } from '../../app/live-reload';
import { useLiveReload, useReloadOnReconnect } from '../../app/live-seq';
import { useCurrentUser } from '../auth/current-user';
import { useProjectActivity } from '../projects/useLiveProjectRecord';
import { mayOpenRndQueue } from '../rnd/rnd-meta';
import { RND_QUEUE_CHANGED } from '../rnd/rnd.operations';

/**
 * Keeps an open work order live: reloaded on every change to its project when the viewer may
 * see the project, on every change to the viewer's R&D queue for R&D, and after reconnecting;
 * a change already on screen (the viewer's own, reloaded with the returned function) is not reloaded again.
 */
export function useLiveWorkOrder(projectId: string | undefined, reload: () => Promise<unknown>): () => void {
  const me = useCurrentUser();
  const live = useLiveReload(reload);
  useProjectActivity(projectId ?? '', live);
  usePushes(RND_QUEUE_CHANGED, live, !mayOpenRndQueue(me.roles));
  useReloadOnReconnect(live);
  return live.reload;
}
