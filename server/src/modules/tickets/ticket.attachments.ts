import type { AttachmentOwnerAccess } from '../attachments/attachment-owner';
import { TicketStatus } from './ticket.enums';
import { TICKET_CHANGED, ticketEventPayload } from './ticket.events';
import type { TicketService } from './ticket.service';

/**
 * Files on a ticket (screenshots, logs): anyone who sees it — the customer in the portal
 * included — may attach while it is not closed; the ticket's live feeds hear of it.
 */
export const ticketAttachmentAccess = (tickets: TicketService): AttachmentOwnerAccess => ({
  find: (viewer, id) => tickets.findVisible(viewer, id),
  refusal: async (viewer, id) => ((await tickets.findVisible(viewer, id))?.status === TicketStatus.CLOSED ? 'attach files to a closed ticket (reopen it first)' : null),
  event: async (owner, viewer, fileName, size) => {
    const ticket = (await tickets.findVisible(viewer, owner.id))!;
    return { type: TICKET_CHANGED, projectId: ticket.projectId, entityType: 'Ticket', entityId: ticket.id, actorId: viewer.id, payload: { ...ticketEventPayload(ticket), action: 'ATTACHED', fileName, size } };
  },
});
