import { WorkOrderAction as A, WorkOrderStatus as S } from './work-order.enums';

/** Who takes a step: the pre-sales who submitted, the R&D lead, or any R&D engineer (claiming). */
export type WorkOrderParty = 'SUBMITTER' | 'LEAD' | 'RND';

export interface WorkOrderRule {
  action: A;
  from: S;
  by: WorkOrderParty;
  to: S;
  /** The text the step needs, and where it is kept; `null`: none. */
  text: 'solution' | 'disputeReason' | 'conversionProposal' | 'resubmissionNote' | null;
}

/** 第四十五–四十七条 as data: after R&D's review, every step, from which state, by whom, to where. */
export const WORK_ORDER_FLOW: readonly WorkOrderRule[] = [
  { action: A.RESUBMIT, from: S.RETURNED, by: 'SUBMITTER', to: S.AWAITING_RND_REVIEW, text: 'resubmissionNote' },
  { action: A.WITHDRAW, from: S.RETURNED, by: 'SUBMITTER', to: S.WITHDRAWN, text: null },
  { action: A.CLAIM, from: S.OPEN_FOR_CLAIM, by: 'RND', to: S.IN_PROGRESS, text: null },
  { action: A.REQUEST_CLOSURE, from: S.IN_PROGRESS, by: 'LEAD', to: S.CLOSURE_REQUESTED, text: 'solution' },
  { action: A.CONFIRM_CLOSURE, from: S.CLOSURE_REQUESTED, by: 'SUBMITTER', to: S.CLOSED, text: null },
  { action: A.DISPUTE_CLOSURE, from: S.CLOSURE_REQUESTED, by: 'SUBMITTER', to: S.IN_PROGRESS, text: 'disputeReason' },
  { action: A.PROPOSE_CONVERSION, from: S.IN_PROGRESS, by: 'LEAD', to: S.CONVERSION_PROPOSED, text: 'conversionProposal' },
  { action: A.ACCEPT_CONVERSION, from: S.CONVERSION_PROPOSED, by: 'SUBMITTER', to: S.CONVERTED, text: null },
  { action: A.DECLINE_CONVERSION, from: S.CONVERSION_PROPOSED, by: 'SUBMITTER', to: S.IN_PROGRESS, text: null },
];

export const workOrderRuleFor = (action: A, from: S): WorkOrderRule | undefined => WORK_ORDER_FLOW.find((rule) => rule.action === action && rule.from === from);

/** States in which the order is open: with the manager or with R&D (the board's counter). */
export const OPEN_STATES: readonly S[] = [S.PENDING_APPROVAL, S.AWAITING_RND_REVIEW, S.OPEN_FOR_CLAIM, S.IN_PROGRESS, S.CLOSURE_REQUESTED, S.CONVERSION_PROPOSED];

/** States in which R&D still has the order (its queue). */
export const ACTIVE_RND_STATES: readonly S[] = [S.AWAITING_RND_REVIEW, S.OPEN_FOR_CLAIM, S.IN_PROGRESS, S.CLOSURE_REQUESTED, S.CONVERSION_PROPOSED];
