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
  RESOLVED = 'RESOLVED',
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
