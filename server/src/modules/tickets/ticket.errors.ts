/** Error codes of the service desk. */
export enum TicketErrorCode {
  /** The step is not possible in the ticket's state, or not for this viewer. */
  TICKET_ACTION_NOT_ALLOWED = 'TICKET_ACTION_NOT_ALLOWED',
  /** Escalation goes up a tier: first line → senior → R&D or manager. */
  ESCALATION_NOT_ALLOWED = 'ESCALATION_NOT_ALLOWED',
  /** R&D is reached through a project's remaining issue; the ticket has no project. */
  TICKET_NEEDS_PROJECT = 'TICKET_NEEDS_PROJECT',
}
