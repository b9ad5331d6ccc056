import { registerEnumType } from 'type-graphql';

/** 第十一条: a pre-sales involved before initiation reminds the sales, and may stop once reminded. */
export enum UninitiatedWorkStatus {
  /** The pre-sales has recorded that they are involved. */
  INVOLVED = 'INVOLVED',
  /** At least one reminder to the sales is on record. */
  REMINDED = 'REMINDED',
  /** The pre-sales stopped after reminding; a delay is the sales' responsibility. */
  STOPPED = 'STOPPED',
  /** The sales initiated the project. */
  INITIATED = 'INITIATED',
}

registerEnumType(UninitiatedWorkStatus, { name: 'UninitiatedWorkStatus' });
