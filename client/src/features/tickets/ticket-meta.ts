import type { Role, SlaClockState, SupportTier, TicketAction, TicketCategory, TicketChannel, TicketPriority, TicketStatus } from '../../gql/graphql';

export const TICKET_STATUSES: readonly TicketStatus[] = ['NEW', 'ACKNOWLEDGED', 'IN_PROGRESS', 'WAITING_CUSTOMER', 'WAITING_RND', 'RESOLVED', 'CLOSED'];
/** The states the queue shows unless told otherwise (server: OPEN_TICKET_STATUSES). */
export const OPEN_TICKET_STATUSES: readonly TicketStatus[] = ['NEW', 'ACKNOWLEDGED', 'IN_PROGRESS', 'WAITING_CUSTOMER', 'WAITING_RND'];
export const TICKET_PRIORITIES: readonly TicketPriority[] = ['URGENT', 'HIGH', 'MEDIUM', 'LOW'];
export const TICKET_CATEGORIES: readonly TicketCategory[] = ['FAULT', 'CONSULTATION', 'CONFIGURATION', 'REQUIREMENT', 'OTHER'];
export const TICKET_CHANNELS: readonly TicketChannel[] = ['PHONE', 'EMAIL', 'WEB_PORTAL', 'CHAT', 'ON_SITE'];

export const TICKET_STATUS_COLOR: Record<TicketStatus, string> = {
  NEW: 'blue',
  ACKNOWLEDGED: 'cyan',
  IN_PROGRESS: 'processing',
  WAITING_CUSTOMER: 'gold',
  WAITING_RND: 'purple',
  RESOLVED: 'lime',
  CLOSED: 'success',
};

export const TICKET_PRIORITY_COLOR: Record<TicketPriority, string> = { URGENT: 'red', HIGH: 'volcano', MEDIUM: 'gold', LOW: 'default' };

export const SUPPORT_TIER_COLOR: Record<SupportTier, string> = { FIRST_LINE: 'default', SENIOR: 'geekblue', RND: 'purple', MANAGER: 'magenta' };

export const SLA_STATE_COLOR: Record<SlaClockState, string> = { RUNNING: 'processing', PAUSED: 'default', MET: 'success', BREACHED: 'error' };

/** Who works tickets and who oversees them (server: ticket.policy TICKET_HANDLERS, TICKET_MANAGERS): the queue is in their header. */
const QUEUE_ROLES: readonly Role[] = ['PRESALES', 'PRESALES_MANAGER', 'TECH_DIRECTOR', 'GM'];
export const mayOpenTicketQueue = (roles: readonly Role[]): boolean => roles.some((role) => QUEUE_ROLES.includes(role));

/** Steps that ask for a text first (server: TICKET_FLOW needsNote, and RESOLVE's solution); CLOSE has its own form. */
export type NoteAction = Extract<TicketAction, 'WAIT_FOR_CUSTOMER' | 'WAIT_FOR_RND' | 'REOPEN'>;
const NOTE_ACTIONS: readonly TicketAction[] = ['WAIT_FOR_CUSTOMER', 'WAIT_FOR_RND', 'REOPEN'] satisfies readonly NoteAction[];
export const asksForNote = (action: TicketAction): action is NoteAction => NOTE_ACTIONS.includes(action);

/** The customer's confirmation is taken once they confirm it in a pop-up. */
export const needsConfirmation = (action: TicketAction): action is 'CONFIRM_RESOLUTION' => action === 'CONFIRM_RESOLUTION';

/** Steps that move the ticket on are the main button; reopening pushes back. */
export const TICKET_ACTION_LOOK: Partial<Record<TicketAction, { type?: 'primary'; danger?: boolean }>> = {
  ACKNOWLEDGE: { type: 'primary' },
  START: { type: 'primary' },
  RESUME: { type: 'primary' },
  RESOLVE: { type: 'primary' },
  CONFIRM_RESOLUTION: { type: 'primary' },
  CLOSE: { type: 'primary' },
  REOPEN: { danger: true },
};
