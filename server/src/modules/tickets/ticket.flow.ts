import { TicketAction as A, TicketStatus as S } from './ticket.enums';
import { SlaPauseReason } from '../sla/sla.enums';

/** Who takes a step: an engineer on the ticket (staff), or the customer (portal user or staff on their behalf). */
export type TicketActor = 'STAFF' | 'CUSTOMER';

export interface TicketRule {
  action: A;
  from: readonly S[];
  /** null: the status does not change (the customer's confirmation). */
  to: S | null;
  by: readonly TicketActor[];
  /** A note is required (what is awaited, why it is reopened). */
  needsNote: boolean;
  /** The clocks pause with this reason. */
  pauses?: SlaPauseReason;
}

/** The lifecycle (SPEC §7) as data; every step is a compare-and-set on status and version. */
export const TICKET_FLOW: readonly TicketRule[] = [
  { action: A.ACKNOWLEDGE, from: [S.NEW], to: S.ACKNOWLEDGED, by: ['STAFF'], needsNote: false },
  { action: A.START, from: [S.ACKNOWLEDGED], to: S.IN_PROGRESS, by: ['STAFF'], needsNote: false },
  { action: A.WAIT_FOR_CUSTOMER, from: [S.ACKNOWLEDGED, S.IN_PROGRESS], to: S.WAITING_CUSTOMER, by: ['STAFF'], needsNote: true, pauses: SlaPauseReason.WAITING_CUSTOMER },
  { action: A.WAIT_FOR_RND, from: [S.ACKNOWLEDGED, S.IN_PROGRESS], to: S.WAITING_RND, by: ['STAFF'], needsNote: true, pauses: SlaPauseReason.WAITING_RND },
  { action: A.RESUME, from: [S.WAITING_CUSTOMER, S.WAITING_RND], to: S.IN_PROGRESS, by: ['STAFF'], needsNote: false },
  { action: A.RESOLVE, from: [S.ACKNOWLEDGED, S.IN_PROGRESS], to: S.RESOLVED, by: ['STAFF'], needsNote: false },
  { action: A.CONFIRM_RESOLUTION, from: [S.RESOLVED], to: null, by: ['CUSTOMER'], needsNote: false },
  { action: A.CLOSE, from: [S.RESOLVED], to: S.CLOSED, by: ['STAFF'], needsNote: false },
  { action: A.REOPEN, from: [S.RESOLVED, S.CLOSED], to: S.IN_PROGRESS, by: ['STAFF', 'CUSTOMER'], needsNote: true },
];
