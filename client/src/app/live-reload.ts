import type { TypedDocumentNode } from '@apollo/client';
import { useSubscription } from '@apollo/client/react';
import { useEffect } from 'react';
import { liveConnection } from './live-connection';
import { useSerialReload } from './serial-reload';

/**
 * Keeps a list live by reloading it: on each push of `subscription` (one without variables),
 * and on every reconnection, since pushes may have been missed while the socket was down.
 */
export function useReloadOnPush<Data>(subscription: TypedDocumentNode<Data, Record<string, never>>, reload: () => Promise<unknown>): void {
  const requestReload = useSerialReload(reload);

  useSubscription(subscription, { fetchPolicy: 'no-cache', ignoreResults: true, onData: requestReload });

  useEffect(() => liveConnection.onConnected(requestReload), [requestReload]);
}
