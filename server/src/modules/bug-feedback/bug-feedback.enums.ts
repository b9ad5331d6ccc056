import { registerEnumType } from 'type-graphql';

export enum FeedbackKind {
  BUG = 'BUG',
  /** 易用性建议: usability suggestions travel the same way. */
  USABILITY_SUGGESTION = 'USABILITY_SUGGESTION',
}

/** 内部bug反馈表: from support to the testers, who reproduce, link the fix and verify it. */
export enum FeedbackStatus {
  NEW = 'NEW',
  REPRODUCED = 'REPRODUCED',
  NOT_REPRODUCIBLE = 'NOT_REPRODUCIBLE',
  FIX_LINKED = 'FIX_LINKED',
  VERIFIED = 'VERIFIED',
}

export enum TesterAction {
  MARK_REPRODUCED = 'MARK_REPRODUCED',
  MARK_NOT_REPRODUCIBLE = 'MARK_NOT_REPRODUCIBLE',
  LINK_FIX = 'LINK_FIX',
  VERIFY_FIX = 'VERIFY_FIX',
  /** The linked fix did not fix it: back to REPRODUCED. */
  REJECT_FIX = 'REJECT_FIX',
}

registerEnumType(FeedbackKind, { name: 'FeedbackKind' });
registerEnumType(FeedbackStatus, { name: 'FeedbackStatus' });
registerEnumType(TesterAction, { name: 'TesterAction' });
