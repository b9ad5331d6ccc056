import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { inTransaction } from '../../platform/db/transaction';
import { isUuid } from '../../platform/db/uuid';
import type { EventBus } from '../../platform/events/event-bus';
import { AppError, forbidden, invalid, notFound, unauthenticated } from '../../platform/graphql/errors';
import { type AttachmentOwnerAccess, AttachmentOwnerKind, type AttachmentViewer } from './attachment-owner';
import { ALLOWED_ATTACHMENT_TYPES, contentMatchesType } from './attachment-type';
import { Attachment } from './attachment.entity';
import { AttachmentErrorCode } from './attachment.errors';

export const ATTACHMENT_ADDED = 'ATTACHMENT_ADDED';
const MAX_FILE_NAME = 200;
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

export const tooLarge = (maxBytes: number) =>
  new AppError(AttachmentErrorCode.ATTACHMENT_TOO_LARGE, `Attachments may be at most ${maxBytes} bytes.`, { maxBytes });

/** Files on work orders and tickets: checked whole before one INSERT, so a refused upload leaves nothing behind. */
export class AttachmentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly bus: EventBus,
    private readonly owners: Record<AttachmentOwnerKind, AttachmentOwnerAccess>,
  ) {}

  async upload(viewer: AttachmentViewer | null, kind: AttachmentOwnerKind, ownerId: string, file: { fileName: string; contentType: string; content: Buffer }): Promise<Attachment> {
    if (!viewer) throw unauthenticated();
    const access = this.owners[kind];
    const owner = isUuid(ownerId) ? await access.find(viewer, ownerId) : null;
    if (!owner) throw notFound(kind === AttachmentOwnerKind.TICKET ? 'Ticket' : 'Work order');
    const refusal = await access.refusal(viewer, owner.id);
    if (refusal) throw forbidden(refusal);
    const fileName = file.fileName.split(/[\\/]/).pop()?.trim() ?? '';
    if (!fileName) throw invalid({ fileName: 'REQUIRED' });
    if (CONTROL_CHARACTERS.test(fileName)) throw invalid({ fileName: 'INVALID' });
    if (fileName.length > MAX_FILE_NAME) throw invalid({ fileName: 'TOO_LONG' });
    if (file.content.length === 0) throw invalid({ file: 'EMPTY' });
    if (!ALLOWED_ATTACHMENT_TYPES.includes(file.contentType)) {
      throw new AppError(AttachmentErrorCode.ATTACHMENT_TYPE_NOT_ALLOWED, `${file.contentType || 'This type'} cannot be attached.`, { allowed: ALLOWED_ATTACHMENT_TYPES });
    }
    if (!contentMatchesType(file.contentType, file.content)) {
      throw new AppError(AttachmentErrorCode.ATTACHMENT_TYPE_NOT_ALLOWED, `The file's content is not ${file.contentType}.`, { allowed: ALLOWED_ATTACHMENT_TYPES });
    }
    return inTransaction(this.dataSource, this.bus, async ({ manager, record }) => {
      const saved = await manager.save(
        manager.create(Attachment, {
          ownerKind: kind,
          ownerId: owner.id,
          fileName,
          contentType: file.contentType,
          size: file.content.length,
          sha256: createHash('sha256').update(file.content).digest('hex'),
          content: file.content,
          uploadedById: viewer.id,
        }),
      );
      await record(await access.event(owner, viewer, fileName, saved.size));
      const { content: _bytes, ...described } = saved;
      return described;
    });
  }

  /**
   * The file with its bytes, for whoever may see its work order or ticket. Signed in but not allowed is
   * FORBIDDEN (not NOT_FOUND): the link itself is what was shared.
   */
  async download(viewer: AttachmentViewer | null, attachmentId: string): Promise<Attachment & { content: Buffer }> {
    if (!viewer) throw unauthenticated();
    const attachment = isUuid(attachmentId) ? await this.dataSource.getRepository(Attachment).findOneBy({ id: attachmentId }) : null;
    if (!attachment) throw notFound('Attachment');
    if (!(await this.owners[attachment.ownerKind].find(viewer, attachment.ownerId))) throw forbidden('download this attachment');
    const withContent = await this.dataSource.getRepository(Attachment).createQueryBuilder('a').addSelect('a.content').where('a.id = :id', { id: attachment.id }).getOneOrFail();
    return withContent as Attachment & { content: Buffer };
  }
}
