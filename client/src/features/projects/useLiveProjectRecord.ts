import { useSubscription } from '@apollo/client/react';
import { useCallback, useEffect, useRef } from 'react';
import { liveConnection } from '../../app/live-connection';
import { PROJECT_ACTIVITY } from './project.operations';

/** Events of one change (a report and its remaining issues) arrive together: one reload covers them. */
const SETTLE_MS = 50;

/**
 * Reloads at most one at a time; a request while one is running reloads once more after it,
 * so the last reload always starts after the last change it was asked for.
 */
function useSerialReload(reload: () => Promise<unknown>): () => void {
  const latest = useRef(reload);
  useEffect(() => {
    latest.current = reload;
  });
  const state = useRef({ running: false, again: false });
  return useCallback(() => {
    const current = state.current;
    if (current.running) {
      current.again = true;
      return;
    }
    current.running = true;
    void (async () => {
      do {
        current.again = false;
        await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
        await latest.current().catch(() => undefined);
      } while (current.again);
      current.running = false;
    })();
  }, []);
}

/**
 * Keeps the open project record live: each `projectActivity` event, and every reconnection
 * (events may have been missed while the socket was down), reloads the record.
 */
export function useLiveProjectRecord(projectId: string, reload: () => Promise<unknown>): void {
  const requestReload = useSerialReload(reload);

  useSubscription(PROJECT_ACTIVITY, {
    variables: { projectId },
    skip: !projectId,
    fetchPolicy: 'no-cache',
    ignoreResults: true,
    onData: requestReload,
  });

  useEffect(() => liveConnection.onConnected(requestReload), [requestReload]);
}
