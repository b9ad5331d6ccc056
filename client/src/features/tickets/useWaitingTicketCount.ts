import { useQuery } from '@apollo/client/react';
import { useReloadOnPush } from '../../app/live-reload';
import { TICKETS_CHANGED, WAITING_TICKETS } from './tickets.operations';

/** How many open tickets wait for the viewer: assigned to them, or held by nobody yet; live. */
export function useWaitingTicketCount(): number {
  const { data, refetch } = useQuery(WAITING_TICKETS, { fetchPolicy: 'cache-and-network' });
  useReloadOnPush(TICKETS_CHANGED, refetch);
  return (data?.mine.length ?? 0) + (data?.unassigned.length ?? 0);
}
