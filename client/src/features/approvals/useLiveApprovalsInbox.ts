import { useQuery } from '@apollo/client/react';
import { useReloadOnPush } from '../../app/live-reload';
import { APPROVALS_INBOX, APPROVALS_INBOX_CHANGED } from './approvals.operations';

/** The viewer's approvals inbox, reloaded on each `approvalsInboxChanged` push and after every reconnection. */
export function useLiveApprovalsInbox() {
  const inbox = useQuery(APPROVALS_INBOX, { fetchPolicy: 'cache-and-network' });
  useReloadOnPush(APPROVALS_INBOX_CHANGED, inbox.refetch);
  return inbox;
}
