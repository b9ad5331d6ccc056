import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { inTransaction } from '../../platform/db/transaction';
import { isUuid } from '../../platform/db/uuid';
import type { EventBus } from '../../platform/events/event-bus';
import { AppError, forbidden, invalid, notFound, unauthenticated } from '../../platform/graphql/errors';
import type { User } from '../users/user.entity';
import type { WorkOrderService } from '../work-orders/work-order.service';
import { ALLOWED_ATTACHMENT_TYPES, contentMatchesType } from './attachment-type';
import { Attachment } from './attachment.entity';
import { AttachmentErrorCode } from './attachment.errors';

type Viewer = Pick<User, 'id' | 'roles'>;

export const ATTACHMENT_ADDED = 'ATTACHMENT_ADDED';
const MAX_FILE_NAME = 200;
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

export const tooLarge = (maxBytes: number) =>
  new AppError(AttachmentErrorCode.ATTACHMENT_TOO_LARGE, `Attachments may be at most ${maxBytes} bytes.`, { maxBytes });

/** Files on fault work orders: checked whole before one INSERT, so a refused upload leaves nothing behind. */
export class AttachmentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly bus: EventBus,
    private readonly workOrders: WorkOrderService,
  ) {}

  async upload(viewer: Viewer | null, workOrderId: string, file: { fileName: string; contentType: string; content: Buffer }): Promise<Attachment> {
    if (!viewer) throw unauthenticated();
    const order = await this.workOrders.findVisible(viewer, workOrderId);
    if (!order) throw notFound('Work order');
    if (!(await this.workOrders.worksOn(viewer, order))) throw forbidden('attach files to this work order (its submitter, lead and members do)');
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
          ownerId: order.id,
          fileName,
          contentType: file.contentType,
          size: file.content.length,
          sha256: createHash('sha256').update(file.content).digest('hex'),
          content: file.content,
          uploadedById: viewer.id,
        }),
      );
      await record({ type: ATTACHMENT_ADDED, projectId: order.projectId, entityType: 'FaultWorkOrder', entityId: order.id, actorId: viewer.id, payload: { fileName, size: saved.size } });
      const { content: _bytes, ...described } = saved;
      return described;
    });
  }

  /**
   * The file with its bytes, for whoever may see its work order. Signed in but not allowed is
   * FORBIDDEN (not NOT_FOUND): the link itself is what was shared.
   */
  async download(viewer: Viewer | null, attachmentId: string): Promise<Attachment & { content: Buffer }> {
    if (!viewer) throw unauthenticated();
    const attachment = isUuid(attachmentId) ? await this.dataSource.getRepository(Attachment).findOneBy({ id: attachmentId }) : null;
    if (!attachment) throw notFound('Attachment');
    if (!(await this.workOrders.findVisible(viewer, attachment.ownerId))) throw forbidden('download this attachment');
    const withContent = await this.dataSource.getRepository(Attachment).createQueryBuilder('a').addSelect('a.content').where('a.id = :id', { id: attachment.id }).getOneOrFail();
    return withContent as Attachment & { content: Buffer };
  }
}
