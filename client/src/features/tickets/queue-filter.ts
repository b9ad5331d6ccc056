import type { TicketFilter, TicketPriority, TicketStatus } from '../../gql/graphql';

/** What the queue's filter bar holds; empty states mean the open ones (the server's default). */
export interface QueueFilter {
  statuses: TicketStatus[];
  priorities: TicketPriority[];
  mine: boolean;
  unassigned: boolean;
  text: string;
}

export const EMPTY_QUEUE_FILTER: QueueFilter = { statuses: [], priorities: [], mine: false, unassigned: false, text: '' };

/** The server's filter for the bar: only what is set. */
export function toTicketFilter(filter: QueueFilter): TicketFilter {
  const text = filter.text.trim();
  return {
    ...(filter.statuses.length > 0 && { statuses: filter.statuses }),
    ...(filter.priorities.length > 0 && { priorities: filter.priorities }),
    ...(filter.mine && { mine: true }),
    ...(filter.unassigned && { unassigned: true }),
    ...(text && { text }),
  };
}
