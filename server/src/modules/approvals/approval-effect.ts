import type { UnitOfWork } from '../../platform/db/transaction';
import type { Approval } from './approval.entity';
import type { DecideApprovalInput } from './approval.inputs';

/**
 * What deciding an approval of one kind does to the request it decides. Each feature that
 * asks for approvals registers one (ApprovalService.handle), so the engine knows no kinds.
 */
export interface ApprovalEffect {
  /** Field problems with a decision's extra input, checked before anything is written. */
  check?(approval: Approval, decision: DecideApprovalInput, isFinalApproval: boolean): Promise<Record<string, string>>;
  /** Runs inside the deciding transaction once the last step approves. */
  approved(approval: Approval, unit: UnitOfWork, decision: DecideApprovalInput): Promise<void>;
  /** Runs inside the deciding transaction when any step rejects. */
  rejected?(approval: Approval, unit: UnitOfWork, comment: string): Promise<void>;
}
