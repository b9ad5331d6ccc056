/** Error codes of communication reports. */
export enum ReportErrorCode {
  /** 第十五条: a problem statement that does not say what was solved. */
  REPORT_TOO_VAGUE = 'REPORT_TOO_VAGUE',
  /** Only a phone report can be asked for in writing. */
  REPORT_NOT_BY_PHONE = 'REPORT_NOT_BY_PHONE',
}
