import { registerEnumType } from 'type-graphql';

/** Where a support request stands (第五–七条); each state has one party holding the ball. */
export enum SupportRequestStatus {
  /** With the first pre-sales, to accept or propose a later time. */
  OPEN = 'OPEN',
  /** The first pre-sales proposed a later time; the sales accepts it or marks the request urgent. */
  DEFERRAL_PROPOSED = 'DEFERRAL_PROPOSED',
  /** The first pre-sales does it. */
  ACCEPTED = 'ACCEPTED',
  /** Urgent: the first pre-sales must hand off to the second, or ask the sales to coordinate them. */
  URGENT = 'URGENT',
  /** The sales coordinates the second pre-sales directly. */
  SALES_COORDINATING = 'SALES_COORDINATING',
  /** Handed off: the second pre-sales accepts, proposes a time, or cannot. */
  HANDED_OFF = 'HANDED_OFF',
  /** The second pre-sales proposed a later time; the sales accepts it or escalates. */
  SECOND_DEFERRAL_PROPOSED = 'SECOND_DEFERRAL_PROPOSED',
  /** The second pre-sales does it, then reports to the first (copied to the manager). */
  ACCEPTED_BY_SECOND = 'ACCEPTED_BY_SECOND',
  /** Neither pre-sales can: with the PRESALES_MANAGER. */
  ESCALATED = 'ESCALATED',
  DONE = 'DONE',
  /** The hand-off came back unresolved: responsibility is recorded against the first pre-sales. */
  BOUNCED = 'BOUNCED',
}

export enum SupportAction {
  ACCEPT = 'ACCEPT',
  PROPOSE_TIME = 'PROPOSE_TIME',
  ACCEPT_PROPOSED_TIME = 'ACCEPT_PROPOSED_TIME',
  MARK_URGENT = 'MARK_URGENT',
  HAND_OFF = 'HAND_OFF',
  ASK_SALES_TO_COORDINATE = 'ASK_SALES_TO_COORDINATE',
  ESCALATE = 'ESCALATE',
  REPORT_HANDOFF_RESULT = 'REPORT_HANDOFF_RESULT',
  COMPLETE = 'COMPLETE',
}

/** Who holds the ball. */
export enum SupportParty {
  SALES = 'SALES',
  FIRST_PRESALES = 'FIRST_PRESALES',
  SECOND_PRESALES = 'SECOND_PRESALES',
  PRESALES_MANAGER = 'PRESALES_MANAGER',
  NOBODY = 'NOBODY',
}

registerEnumType(SupportRequestStatus, { name: 'SupportRequestStatus' });
registerEnumType(SupportAction, { name: 'SupportAction' });
registerEnumType(SupportParty, { name: 'SupportParty' });
