import type { TypedDocumentNode } from '@apollo/client';
import { useSubscription } from '@apollo/client/react';
import { type LiveReload, pushSeq, useLiveReload, useReloadOnReconnect } from './live-seq';

/** Hands each push of `subscription` (one without variables) to `live`, which reloads unless it is already on screen. */
export function usePushes<Data>(subscription: TypedDocumentNode<Data, Record<string, never>>, live: LiveReload, skip = false): void {
  useSubscription(subscription, { skip, fetchPolicy: 'no-cache', ignoreResults: true, onData: ({ data }) => live.pushed(pushSeq(data.data)) });
}

/**
 * Keeps a list live by reloading it: on each push of `subscription` (one without variables) newer
 * than what is on screen (see useLiveReload), and on every reconnection, since pushes may have
 * been missed while the socket was down. `skip`: the viewer may not subscribe (the feed is for
 * other roles); nothing is listened to. Returns the reload to call after the viewer's own change,
 * so that the push of that change is not applied a second time.
 */
export function useReloadOnPush<Data>(subscription: TypedDocumentNode<Data, Record<string, never>>, reload: () => Promise<unknown>, skip = false): () => void {
  const live = useLiveReload(reload);
  usePushes(subscription, live, skip);
  useReloadOnReconnect(live, skip);
  return live.reload;
}
