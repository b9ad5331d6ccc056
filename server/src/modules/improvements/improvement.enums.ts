import { registerEnumType } from 'type-graphql';

export enum ImprovementStatus {
  /** Issued by the pre-sales; the sales has not agreed yet (第二十一条). */
  AWAITING_SALES_AGREEMENT = 'AWAITING_SALES_AGREEMENT',
  /** With the RND_MANAGER for review. */
  ISSUED = 'ISSUED',
  /** Accepted; an R&D lead works it and logs net R&D time. */
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
  DONE = 'DONE',
}

export enum RndDecision {
  ACCEPT = 'ACCEPT',
  REJECT = 'REJECT',
}

registerEnumType(ImprovementStatus, { name: 'ImprovementStatus' });
registerEnumType(RndDecision, { name: 'RndDecision' });
