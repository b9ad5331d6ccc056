import { registerEnumType } from 'type-graphql';

/** The two promises an SLA makes about a ticket. */
export enum SlaClockKind {
  /** First response (受理/首次响应): stops at ACKNOWLEDGED. */
  RESPONSE = 'RESPONSE',
  /** Resolution: stops at RESOLVED. */
  RESOLUTION = 'RESOLUTION',
}

export enum SlaClockState {
  RUNNING = 'RUNNING',
  PAUSED = 'PAUSED',
  /** Stopped within its target. */
  MET = 'MET',
  /** Ran past its target (stays BREACHED when it is stopped later). */
  BREACHED = 'BREACHED',
}

/** Why a clock stands still: shown as such, never as a vague "pending". */
export enum SlaPauseReason {
  WAITING_CUSTOMER = 'WAITING_CUSTOMER',
  WAITING_RND = 'WAITING_RND',
  /** Resolved, the customer is verifying; a reopen starts the clock again. */
  CUSTOMER_VERIFYING = 'CUSTOMER_VERIFYING',
}

registerEnumType(SlaClockKind, { name: 'SlaClockKind' });
registerEnumType(SlaClockState, { name: 'SlaClockState' });
registerEnumType(SlaPauseReason, { name: 'SlaPauseReason' });
