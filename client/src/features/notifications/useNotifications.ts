import { useApolloClient, useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { liveConnection } from '../../app/live-connection';
import { MARK_NOTIFICATIONS_READ, NOTIFICATIONS_CHANGED, UNREAD_NOTIFICATION_COUNT } from './notifications.operations';

/** The notification lists open on screen (the bell's, the page's) reload with the count. */
const LISTS = ['Notifications'];

/**
 * The bell's unread count, live: each `notificationsChanged` push carries the new count (an
 * older push than one applied is ignored) and reloads the lists on screen; after a reconnection
 * the count and the lists are read again, since pushes may have been missed.
 */
export function useUnreadNotifications(): number {
  const client = useApolloClient();
  const { data, refetch } = useQuery(UNREAD_NOTIFICATION_COUNT, { fetchPolicy: 'cache-and-network' });
  const seen = useRef(0);

  useSubscription(NOTIFICATIONS_CHANGED, {
    fetchPolicy: 'no-cache',
    ignoreResults: true,
    onData: ({ data: push }) => {
      const change = push.data?.notificationsChanged;
      if (!change || change.seq <= seen.current) return;
      seen.current = change.seq;
      client.cache.writeQuery({ query: UNREAD_NOTIFICATION_COUNT, data: { unreadNotificationCount: change.unread } });
      void client.refetchQueries({ include: LISTS }).catch(() => undefined);
    },
  });

  useEffect(
    () =>
      liveConnection.onConnected(() => {
        void refetch().catch(() => undefined);
        void client.refetchQueries({ include: LISTS }).catch(() => undefined);
      }),
    [client, refetch],
  );

  return data?.unreadNotificationCount ?? 0;
}

/** Marks notifications read (`ids`, or all of them with null); the count and the lists on screen reload. */
export function useMarkRead() {
  const [mark, { loading }] = useMutation(MARK_NOTIFICATIONS_READ, { refetchQueries: ['UnreadNotificationCount', ...LISTS] });
  return { markRead: (ids: string[] | null) => mark({ variables: { ids } }), marking: loading };
}
