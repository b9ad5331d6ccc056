/** Error codes of notifications. */
export enum NotificationErrorCode {
  /** The regulation's own reports and complaints cannot be switched off. */
  NOTIFICATION_MANDATORY = 'NOTIFICATION_MANDATORY',
}
