/** Event-log type of every change to a project document; `payload.action` says which. */
export const DOCUMENT_CHANGED = 'DOCUMENT_CHANGED';

export enum DocumentAction {
  CREATED = 'CREATED',
  EDITED = 'EDITED',
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  SIGNED = 'SIGNED',
}
