/** Error codes of remaining issues. */
export enum RemainingIssueErrorCode {
  /** The issue is resolved or already with R&D; nothing more is done to it here. */
  REMAINING_ISSUE_CLOSED = 'REMAINING_ISSUE_CLOSED',
}
