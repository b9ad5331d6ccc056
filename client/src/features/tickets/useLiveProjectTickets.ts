import { useQuery } from '@apollo/client/react';
import { useReloadOnPush } from '../../app/live-reload';
import { PROJECT_TICKETS, TICKETS_CHANGED } from './tickets.operations';

/** A project's tickets, reloaded on each `ticketsChanged` push (a new ticket, a step, a clock's warning) and after every reconnection. */
export function useLiveProjectTickets(projectId: string) {
  const tickets = useQuery(PROJECT_TICKETS, { variables: { id: projectId }, fetchPolicy: 'cache-and-network' });
  useReloadOnPush(TICKETS_CHANGED, tickets.refetch);
  return tickets;
}
