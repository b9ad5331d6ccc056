/** Error codes of attachments (answered over HTTP: 413 and 415). */
export enum AttachmentErrorCode {
  ATTACHMENT_TOO_LARGE = 'ATTACHMENT_TOO_LARGE',
  /** Not an allowed type, or the content is not what the type says. */
  ATTACHMENT_TYPE_NOT_ALLOWED = 'ATTACHMENT_TYPE_NOT_ALLOWED',
}
