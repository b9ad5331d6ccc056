import type { WorkOrderAction, WorkOrderStatus } from '../../gql/graphql';

export const WORK_ORDER_STATUS_COLOR: Record<WorkOrderStatus, string> = {
  PENDING_APPROVAL: 'gold',
  REJECTED_BY_MANAGER: 'error',
  AWAITING_RND_REVIEW: 'processing',
  RETURNED: 'orange',
  OPEN_FOR_CLAIM: 'purple',
  IN_PROGRESS: 'cyan',
  CLOSURE_REQUESTED: 'geekblue',
  CONVERSION_PROPOSED: 'magenta',
  CLOSED: 'success',
  CONVERTED: 'default',
  WITHDRAWN: 'default',
};

/** Steps that write something, which the form asks for: the solution, the dispute's reason, the conversion proposal, or what changed before resubmitting. */
export type TextAction = Extract<WorkOrderAction, 'RESUBMIT' | 'REQUEST_CLOSURE' | 'DISPUTE_CLOSURE' | 'PROPOSE_CONVERSION'>;

/** Whether each such step may leave its text empty (the server's WORK_ORDER_FLOW): only the resubmission's note may. */
export const TEXT_OPTIONAL: Record<TextAction, boolean> = { RESUBMIT: true, REQUEST_CLOSURE: false, DISPUTE_CLOSURE: false, PROPOSE_CONVERSION: false };

/**
 * A step taken through a form rather than with one click. Which steps the viewer may take
 * comes from the server (`viewerCan.actions`); this only says what each one asks for.
 */
export const writesText = (action: WorkOrderAction): action is TextAction => Object.hasOwn(TEXT_OPTIONAL, action);

/** Steps that end something for good, taken only once the viewer confirms: withdrawing, closing, converting. */
export type ConfirmedAction = Extract<WorkOrderAction, 'WITHDRAW' | 'CONFIRM_CLOSURE' | 'ACCEPT_CONVERSION'>;
const CONFIRMED: readonly WorkOrderAction[] = ['WITHDRAW', 'CONFIRM_CLOSURE', 'ACCEPT_CONVERSION'] satisfies readonly ConfirmedAction[];
export const needsConfirmation = (action: WorkOrderAction): action is ConfirmedAction => CONFIRMED.includes(action);

/** Steps that go on with the order, shown as the main button; disputing and declining push back. */
export const ACTION_LOOK: Partial<Record<WorkOrderAction, { type?: 'primary'; danger?: boolean }>> = {
  CLAIM: { type: 'primary' },
  RESUBMIT: { type: 'primary' },
  REQUEST_CLOSURE: { type: 'primary' },
  CONFIRM_CLOSURE: { type: 'primary' },
  ACCEPT_CONVERSION: { type: 'primary' },
  DISPUTE_CLOSURE: { danger: true },
  DECLINE_CONVERSION: { danger: true },
  WITHDRAW: { danger: true },
};
