import type { NewEvent } from '../../platform/db/transaction';
import type { User } from '../users/user.entity';

/** The records files can be attached to. */
export enum AttachmentOwnerKind {
  WORK_ORDER = 'WORK_ORDER',
  TICKET = 'TICKET',
}

export type AttachmentViewer = Pick<User, 'id' | 'roles' | 'customerId'>;

/** How one kind of record lets files on: who sees it, who may attach, what the attach event says. */
export interface AttachmentOwnerAccess {
  /** The record, if the viewer may see it. */
  find(viewer: AttachmentViewer, id: string): Promise<{ id: string; projectId: string | null } | null>;
  /** Null when the viewer may attach; otherwise what they may not do (for the FORBIDDEN message). */
  refusal(viewer: AttachmentViewer, ownerId: string): Promise<string | null>;
  event(owner: { id: string; projectId: string | null }, viewer: AttachmentViewer, fileName: string, size: number): Promise<NewEvent>;
}
