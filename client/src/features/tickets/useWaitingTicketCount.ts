import { useQuery } from '@apollo/client/react';
import { useReloadOnPush } from '../../app/live-reload';
import { TICKETS_CHANGED, WAITING_TICKETS } from './tickets.operations';

/**
 * How many open tickets wait for the viewer: assigned to them, or held by nobody yet; live.
 * `skip`: the viewer has no ticket queue; nothing is read or listened to, and the count is 0.
 */
export function useWaitingTicketCount(skip = false): number {
  const { data, refetch } = useQuery(WAITING_TICKETS, { fetchPolicy: 'cache-and-network', skip });
  useReloadOnPush(TICKETS_CHANGED, refetch, skip);
  return skip ? 0 : (data?.mine.length ?? 0) + (data?.unassigned.length ?? 0);
}
