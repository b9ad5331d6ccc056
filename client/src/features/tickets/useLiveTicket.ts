import { useQuery, useSubscription } from '@apollo/client/react';
import { useLiveReload, useReloadOnReconnect } from '../../app/live-seq';
import { TICKET, TICKET_CHANGED } from './tickets.operations';

/**
 * One ticket, kept live: reloaded on each change to it (`ticketsChanged(ticketId)`: a step, a
 * message, an SLA warning or breach) not yet on screen, and after every reconnection, since
 * pushes may have been missed while the socket was down. `reload` is for the viewer's own
 * changes: the push of a change it already reloaded is skipped.
 */
export function useLiveTicket(id: string) {
  const { data, error, refetch } = useQuery(TICKET, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const live = useLiveReload(refetch);
  useSubscription(TICKET_CHANGED, { variables: { ticketId: id }, fetchPolicy: 'no-cache', ignoreResults: true, onData: ({ data: push }) => live.pushed(push.data?.ticketsChanged.seq) });
  useReloadOnReconnect(live);
  return { data, error, reload: live.reload };
}
