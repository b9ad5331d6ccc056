/** Error codes of work on un-initiated projects (第十一条). */
export enum UninitiatedWorkErrorCode {
  /** Support may stop only once a reminder to the sales is on record. */
  INITIATION_REMINDER_MISSING = 'INITIATION_REMINDER_MISSING',
  /** The step does not fit the record's state (remind after stopping, link twice …). */
  UNINITIATED_WORK_CLOSED = 'UNINITIATED_WORK_CLOSED',
}
