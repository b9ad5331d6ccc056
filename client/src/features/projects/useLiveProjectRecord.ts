import { useSubscription } from '@apollo/client/react';
import { type LiveReload, useLiveReload, useReloadOnReconnect } from '../../app/live-seq';
import { PROJECT_ACTIVITY } from './project.operations';

/** Hands each `projectActivity` event of the project to `live` (nothing without a project id). */
export function useProjectActivity(projectId: string, live: LiveReload): void {
  useSubscription(PROJECT_ACTIVITY, {
    variables: { projectId },
    skip: !projectId,
    fetchPolicy: 'no-cache',
    ignoreResults: true,
    onData: ({ data }) => live.pushed(data.data?.projectActivity.seq),
  });
}

/**
 * Keeps the open project record live: each `projectActivity` event not yet on screen, and every
 * reconnection (events may have been missed while the socket was down), reloads the record.
 * Returns the reload for the viewer's own changes: their echo is then not reloaded again.
 */
export function useLiveProjectRecord(projectId: string, reload: () => Promise<unknown>): () => void {
  const live = useLiveReload(reload);
  useProjectActivity(projectId, live);
  useReloadOnReconnect(live);
  return live.reload;
}
