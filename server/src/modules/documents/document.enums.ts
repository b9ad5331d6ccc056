import { registerEnumType } from 'type-graphql';

/** SPEC §6: the documents each kind of support produces, plus the design solution (设计方案). */
export enum DocumentKind {
  /** 售前交流准备: slides, documents, focus points, approach. */
  EXCHANGE_PREP = 'EXCHANGE_PREP',
  /** 客户培训: environment and content, prepared by the sales. */
  TRAINING_PLAN = 'TRAINING_PLAN',
  /** 技术文档编写. */
  TECH_DOC = 'TECH_DOC',
  /** 测试预案: internal only. */
  TEST_PLAN = 'TEST_PLAN',
  /** 项目实施工作单: a sales part, then the technical part. */
  IMPLEMENTATION_WORK_ORDER = 'IMPLEMENTATION_WORK_ORDER',
  /** 进场准备单: confirmed by the sales, signed by the customer. */
  SITE_ENTRY_LIST = 'SITE_ENTRY_LIST',
  /** 实施预案. */
  IMPLEMENTATION_PLAN = 'IMPLEMENTATION_PLAN',
  /** 项目实施与进度计划表: dated tasks, confirmed by the sales before it goes to the customer. */
  IMPLEMENTATION_SCHEDULE = 'IMPLEMENTATION_SCHEDULE',
  /** 设计方案: approved by PRESALES_MANAGER then CHIEF_ENGINEER. */
  DESIGN_SOLUTION = 'DESIGN_SOLUTION',
}

export enum DocumentStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}

export enum ReviewDecision {
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
}

registerEnumType(DocumentKind, { name: 'DocumentKind', description: 'Kind of project document (SPEC §6).' });
registerEnumType(DocumentStatus, { name: 'DocumentStatus' });
registerEnumType(ReviewDecision, { name: 'ReviewDecision' });
