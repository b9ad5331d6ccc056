/** Error codes of project documents. */
export enum DocumentErrorCode {
  /** The document's state does not allow this (edit after submitting, review before it, sign twice …). */
  DOCUMENT_ACTION_NOT_ALLOWED = 'DOCUMENT_ACTION_NOT_ALLOWED',
  /** The initiation form did not ask for the support type this document belongs to. */
  DOCUMENT_KIND_NOT_REQUESTED = 'DOCUMENT_KIND_NOT_REQUESTED',
}
