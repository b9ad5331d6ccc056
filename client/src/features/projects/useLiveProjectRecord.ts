import { useSubscription } from '@apollo/client/react';
import { useEffect } from 'react';
import { liveConnection } from '../../app/live-connection';
import { useSerialReload } from '../../app/serial-reload';
import { PROJECT_ACTIVITY } from './project.operations';

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
