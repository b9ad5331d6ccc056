import type { TypedDocumentNode } from '@apollo/client';
import { useSubscription } from '@apollo/client/react';
import { useEffect } from 'react';
import { liveConnection } from './live-connection';
import { useSerialReload } from './serial-reload';

/**
 * Keeps a list live by reloading it: on each push of `subscription` (one without variables),
 * and on every reconnection, since pushes may have been missed while the socket was down.
 * `skip`: the viewer may not subscribe (the feed is for other roles); nothing is listened to.
 */
export function useReloadOnPush<Data>(subscription: TypedDocumentNode<Data, Record<string, never>>, reload: () => Promise<unknown>, skip = false): void {
  const requestReload = useSerialReload(reload);

  useSubscription(subscription, { skip, fetchPolicy: 'no-cache', ignoreResults: true, onData: requestReload });

  useEffect(() => (skip ? undefined : liveConnection.onConnected(requestReload)), [requestReload, skip]);
}
