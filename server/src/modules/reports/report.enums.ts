import { registerEnumType } from 'type-graphql';

/** 第十四条: how the engineer talked with the customer. */
export enum CommunicationMethod {
  PHONE = 'PHONE',
  EMAIL = 'EMAIL',
  ON_SITE = 'ON_SITE',
  REMOTE = 'REMOTE',
  MEETING = 'MEETING',
}

export enum ReportResult {
  SUCCESS = 'SUCCESS',
  ISSUE_REMAINING = 'ISSUE_REMAINING',
}

/** A phone report may stand in for the written one until the sales asks for it in writing. */
export enum ReportChannel {
  WRITTEN = 'WRITTEN',
  PHONE = 'PHONE',
}

export enum RemainingIssueStatus {
  OPEN = 'OPEN',
  /** Handled inside support (第十八条); the sales is told again. */
  RESOLVED = 'RESOLVED',
  /** Sent to R&D through one form (第十九条): an improvement request or a fault work order. */
  SENT_TO_RND = 'SENT_TO_RND',
}

/** Whose support a tracking-table row records (第十六条: a second's support lands in the first's table). */
export enum SupportRole {
  FIRST = 'FIRST',
  SECOND = 'SECOND',
  ADDITIONAL = 'ADDITIONAL',
}

registerEnumType(CommunicationMethod, { name: 'CommunicationMethod' });
registerEnumType(ReportResult, { name: 'ReportResult' });
registerEnumType(ReportChannel, { name: 'ReportChannel' });
registerEnumType(RemainingIssueStatus, { name: 'RemainingIssueStatus' });
registerEnumType(SupportRole, { name: 'SupportRole' });
