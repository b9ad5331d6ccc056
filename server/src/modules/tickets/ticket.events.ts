import type { Ticket } from './ticket.entity';

/** Every change to a ticket (intake, steps, messages, assignment, escalation). */
export const TICKET_CHANGED = 'TICKET_CHANGED';
/** An SLA clock reached its warning share. */
export const SLA_WARNING = 'SLA_WARNING';
/** An SLA clock ran past its target. */
export const SLA_BREACHED = 'SLA_BREACHED';
/** A ticket was escalated (a tier up, or to the manager on a breach). */
export const TICKET_ESCALATED = 'TICKET_ESCALATED';

/** The action of an internal note: staff only, so portal users do not hear of it either. */
export const NOTED = 'NOTED';

export const TICKET_EVENT_TYPES: ReadonlySet<string> = new Set([TICKET_CHANGED, SLA_WARNING, SLA_BREACHED, TICKET_ESCALATED]);

/**
 * What every ticket event carries, so that feeds can tell who may hear of it without a query:
 * the customer organisation (portal users), the assignee, and (in the event) the project.
 */
export const ticketEventPayload = (ticket: Pick<Ticket, 'number' | 'status' | 'customerId' | 'assigneeId' | 'priority'>) => ({
  number: ticket.number,
  status: ticket.status,
  priority: ticket.priority,
  customerId: ticket.customerId,
  assigneeId: ticket.assigneeId,
});
