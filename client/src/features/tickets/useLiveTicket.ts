import { useQuery, useSubscription } from '@apollo/client/react';
import { useEffect } from 'react';
import { liveConnection } from '../../app/live-connection';
import { useSerialReload } from '../../app/serial-reload';
import { TICKET, TICKET_CHANGED } from './tickets.operations';

/**
 * One ticket, kept live: reloaded on each change to it (`ticketsChanged(ticketId)`: a step, a
 * message, an SLA warning or breach) and after every reconnection, since pushes may have been
 * missed while the socket was down.
 */
export function useLiveTicket(id: string) {
  const ticket = useQuery(TICKET, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const requestReload = useSerialReload(ticket.refetch);
  useSubscription(TICKET_CHANGED, { variables: { ticketId: id }, fetchPolicy: 'no-cache', ignoreResults: true, onData: requestReload });
  useEffect(() => liveConnection.onConnected(requestReload), [requestReload]);
  return ticket;
}
