import type { DataSource } from 'typeorm';
import { manyByKey } from '../../platform/graphql/loader';
import { Attachment } from './attachment.entity';

export const createAttachmentLoaders = (dataSource: DataSource) => ({
  /** Attachments of each owner, without their bytes. */
  attachmentsByOwner: manyByKey<string, Attachment>(
    (ids) => dataSource.getRepository(Attachment).createQueryBuilder('a').where('a.owner_id = ANY(:ids)', { ids }).orderBy('a.created_at').getMany(),
    (attachment) => attachment.ownerId,
  ),
});
