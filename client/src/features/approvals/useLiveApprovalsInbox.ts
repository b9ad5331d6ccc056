import { useQuery, useSubscription } from '@apollo/client/react';
import { useEffect } from 'react';
import { liveConnection } from '../../app/live-connection';
import { useSerialReload } from '../../app/serial-reload';
import { APPROVALS_INBOX, APPROVALS_INBOX_CHANGED } from './approvals.operations';

/**
 * The viewer's approvals inbox, kept live: each `approvalsInboxChanged` push, and every
 * reconnection (pushes may have been missed while the socket was down), reloads it.
 */
export function useLiveApprovalsInbox() {
  const inbox = useQuery(APPROVALS_INBOX, { fetchPolicy: 'cache-and-network' });
  const requestReload = useSerialReload(inbox.refetch);

  useSubscription(APPROVALS_INBOX_CHANGED, { fetchPolicy: 'no-cache', ignoreResults: true, onData: requestReload });

  useEffect(() => liveConnection.onConnected(requestReload), [requestReload]);

  return inbox;
}
