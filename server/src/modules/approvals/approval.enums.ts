import { registerEnumType } from 'type-graphql';

/** What an approval decides; each kind has its chain of steps and its effect when approved. */
export enum ApprovalKind {
  /** 第四条: extra staff on a project: PRESALES_MANAGER → TECH_DIRECTOR → GM. */
  RESOURCE_REQUEST = 'RESOURCE_REQUEST',
  /** 技术支持部(售前工程师)工作流程: a sales applies for pre-sales support: SALES_DIRECTOR → PRESALES_MANAGER, who assigns the engineer. */
  PRESALES_APPLICATION = 'PRESALES_APPLICATION',
  /** 设计方案: written by the assigned pre-sales, PRESALES_MANAGER → CHIEF_ENGINEER. */
  DESIGN_SOLUTION = 'DESIGN_SOLUTION',
  /** 第四十四条: a fault work order goes to R&D with the PRESALES_MANAGER's approval. */
  FAULT_WORK_ORDER = 'FAULT_WORK_ORDER',
}

export enum ApprovalStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}

export enum StepStatus {
  WAITING = 'WAITING',
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}

export enum Decision {
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
}

registerEnumType(ApprovalKind, { name: 'ApprovalKind' });
registerEnumType(ApprovalStatus, { name: 'ApprovalStatus' });
registerEnumType(StepStatus, { name: 'ApprovalStepStatus' });
registerEnumType(Decision, { name: 'ApprovalDecision' });
