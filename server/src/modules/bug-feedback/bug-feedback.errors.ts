/** Error codes of bug feedback. */
export enum FeedbackErrorCode {
  /** The step does not fit the feedback's state. */
  FEEDBACK_ACTION_NOT_ALLOWED = 'FEEDBACK_ACTION_NOT_ALLOWED',
}
