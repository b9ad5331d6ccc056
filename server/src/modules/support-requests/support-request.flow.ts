import { SupportAction as A, SupportParty as P, SupportRequestStatus as S } from './support-request.enums';

export interface FlowRule {
  action: A;
  from: S;
  /** Who may take the action in that state. */
  by: P;
  /** The state after it; a hand-off result depends on whether it was resolved. */
  to: S | ((resolved: boolean) => S);
}

/** The regulation's flow (第五–七条) as data: every action, from which state, by whom, to where. */
export const SUPPORT_FLOW: readonly FlowRule[] = [
  { action: A.ACCEPT, from: S.OPEN, by: P.FIRST_PRESALES, to: S.ACCEPTED },
  { action: A.PROPOSE_TIME, from: S.OPEN, by: P.FIRST_PRESALES, to: S.DEFERRAL_PROPOSED },
  { action: A.ACCEPT_PROPOSED_TIME, from: S.DEFERRAL_PROPOSED, by: P.SALES, to: S.ACCEPTED },
  { action: A.MARK_URGENT, from: S.OPEN, by: P.SALES, to: S.URGENT },
  { action: A.MARK_URGENT, from: S.DEFERRAL_PROPOSED, by: P.SALES, to: S.URGENT },
  { action: A.HAND_OFF, from: S.URGENT, by: P.FIRST_PRESALES, to: S.HANDED_OFF },
  { action: A.ASK_SALES_TO_COORDINATE, from: S.URGENT, by: P.FIRST_PRESALES, to: S.SALES_COORDINATING },
  { action: A.ACCEPT, from: S.HANDED_OFF, by: P.SECOND_PRESALES, to: S.ACCEPTED_BY_SECOND },
  { action: A.ACCEPT, from: S.SALES_COORDINATING, by: P.SECOND_PRESALES, to: S.ACCEPTED_BY_SECOND },
  { action: A.PROPOSE_TIME, from: S.HANDED_OFF, by: P.SECOND_PRESALES, to: S.SECOND_DEFERRAL_PROPOSED },
  { action: A.ACCEPT_PROPOSED_TIME, from: S.SECOND_DEFERRAL_PROPOSED, by: P.SALES, to: S.ACCEPTED_BY_SECOND },
  { action: A.ESCALATE, from: S.HANDED_OFF, by: P.SECOND_PRESALES, to: S.ESCALATED },
  { action: A.ESCALATE, from: S.SALES_COORDINATING, by: P.SECOND_PRESALES, to: S.ESCALATED },
  { action: A.ESCALATE, from: S.SECOND_DEFERRAL_PROPOSED, by: P.SALES, to: S.ESCALATED },
  { action: A.REPORT_HANDOFF_RESULT, from: S.ACCEPTED_BY_SECOND, by: P.SECOND_PRESALES, to: (resolved) => (resolved ? S.DONE : S.BOUNCED) },
  { action: A.COMPLETE, from: S.ACCEPTED, by: P.FIRST_PRESALES, to: S.DONE },
  { action: A.COMPLETE, from: S.ESCALATED, by: P.PRESALES_MANAGER, to: S.DONE },
];

/** Who holds the ball in each state. */
export const HOLDER: Record<S, P> = {
  [S.OPEN]: P.FIRST_PRESALES,
  [S.DEFERRAL_PROPOSED]: P.SALES,
  [S.ACCEPTED]: P.FIRST_PRESALES,
  [S.URGENT]: P.FIRST_PRESALES,
  [S.SALES_COORDINATING]: P.SECOND_PRESALES,
  [S.HANDED_OFF]: P.SECOND_PRESALES,
  [S.SECOND_DEFERRAL_PROPOSED]: P.SALES,
  [S.ACCEPTED_BY_SECOND]: P.SECOND_PRESALES,
  [S.ESCALATED]: P.PRESALES_MANAGER,
  [S.DONE]: P.NOBODY,
  [S.BOUNCED]: P.FIRST_PRESALES,
};

export const ruleFor = (action: A, from: S): FlowRule | undefined => SUPPORT_FLOW.find((rule) => rule.action === action && rule.from === from);
