import { registerEnumType } from 'type-graphql';

/** 故障处理工作单 (第四十四–四十七条), from submission to closure or conversion. */
export enum WorkOrderStatus {
  /** Waiting for the PRESALES_MANAGER's approval. */
  PENDING_APPROVAL = 'PENDING_APPROVAL',
  /** The manager refused it; the remaining issue is back with support. */
  REJECTED_BY_MANAGER = 'REJECTED_BY_MANAGER',
  /** With the RND_MANAGER for review. */
  AWAITING_RND_REVIEW = 'AWAITING_RND_REVIEW',
  /** Rejected by R&D with advice: back with the submitter, who may resubmit. */
  RETURNED = 'RETURNED',
  /** Accepted by R&D without a lead: any R&D engineer may claim it. */
  OPEN_FOR_CLAIM = 'OPEN_FOR_CLAIM',
  /** An R&D lead works it. */
  IN_PROGRESS = 'IN_PROGRESS',
  /** The lead filled in the solution and asks the submitter to close. */
  CLOSURE_REQUESTED = 'CLOSURE_REQUESTED',
  /** The lead proposes converting it (e.g. into an improvement request); the submitter decides. */
  CONVERSION_PROPOSED = 'CONVERSION_PROPOSED',
  CLOSED = 'CLOSED',
  /** Converted into an improvement request with the submitter's agreement. */
  CONVERTED = 'CONVERTED',
  /** Returned with advice, and the submitter settled it inside support instead. */
  WITHDRAWN = 'WITHDRAWN',
}

export enum WorkOrderAction {
  RESUBMIT = 'RESUBMIT',
  WITHDRAW = 'WITHDRAW',
  CLAIM = 'CLAIM',
  REQUEST_CLOSURE = 'REQUEST_CLOSURE',
  CONFIRM_CLOSURE = 'CONFIRM_CLOSURE',
  DISPUTE_CLOSURE = 'DISPUTE_CLOSURE',
  PROPOSE_CONVERSION = 'PROPOSE_CONVERSION',
  ACCEPT_CONVERSION = 'ACCEPT_CONVERSION',
  DECLINE_CONVERSION = 'DECLINE_CONVERSION',
}

/** The RND_MANAGER's review: reject with advice, or accept (with a lead, or open for claiming). */
export enum WorkOrderReview {
  REJECT_WITH_ADVICE = 'REJECT_WITH_ADVICE',
  ACCEPT = 'ACCEPT',
}

registerEnumType(WorkOrderStatus, { name: 'WorkOrderStatus' });
registerEnumType(WorkOrderAction, { name: 'WorkOrderAction' });
registerEnumType(WorkOrderReview, { name: 'WorkOrderReview' });
