/** Error codes of support requests. */
export enum SupportRequestErrorCode {
  /** The action is not possible in the request's current state. */
  SUPPORT_ACTION_NOT_ALLOWED = 'SUPPORT_ACTION_NOT_ALLOWED',
  /** An urgent hand-off needs a second pre-sales on the project. */
  NO_SECOND_PRESALES = 'NO_SECOND_PRESALES',
}
