/** Error codes of signing in and out. */
export enum AuthErrorCode {
  BAD_CREDENTIALS = 'BAD_CREDENTIALS',
  RATE_LIMITED = 'RATE_LIMITED',
}
