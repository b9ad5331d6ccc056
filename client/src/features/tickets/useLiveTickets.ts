import { useQuery } from '@apollo/client/react';
import { useReloadOnPush } from '../../app/live-reload';
import type { TicketFilter } from '../../gql/graphql';
import { TICKETS, TICKETS_CHANGED } from './tickets.operations';

/** The viewer's tickets for `filter`, reloaded on each `ticketsChanged` push (a new ticket, a step, a clock's warning) and after every reconnection. */
export function useLiveTickets(filter: TicketFilter) {
  const tickets = useQuery(TICKETS, { variables: { filter }, fetchPolicy: 'cache-and-network' });
  useReloadOnPush(TICKETS_CHANGED, tickets.refetch);
  return tickets;
}
