import type { DataSource } from 'typeorm';
import { manyByKey, oneByKey } from '../../platform/graphql/loader';
import type { User } from '../users/user.entity';
import { DocumentRevision } from './document-revision.entity';
import { visibleDocumentCondition } from './document.policy';
import { ProjectDocument } from './project-document.entity';

export const createDocumentLoaders = (dataSource: DataSource, viewer: Pick<User, 'roles'> | null) => ({
  /** Documents of each project, as far as the viewer may see them (filtered in SQL). */
  documentsByProject: manyByKey<string, ProjectDocument>((ids) => {
    const visible = visibleDocumentCondition('d', viewer);
    return dataSource
      .getRepository(ProjectDocument)
      .createQueryBuilder('d')
      .where('d.project_id = ANY(:ids)', { ids })
      .andWhere(visible.sql, visible.params)
      .orderBy('d.created_at', 'DESC')
      .getMany();
  }, (document) => document.projectId),
  documentById: oneByKey<string, ProjectDocument>((ids) => {
    const visible = visibleDocumentCondition('d', viewer);
    return dataSource.getRepository(ProjectDocument).createQueryBuilder('d').where('d.id = ANY(:ids)', { ids }).andWhere(visible.sql, visible.params).getMany();
  }, (document) => document.id),
  revisionsByDocument: manyByKey<string, DocumentRevision>(
    (ids) => dataSource.getRepository(DocumentRevision).createQueryBuilder('r').where('r.document_id = ANY(:ids)', { ids }).orderBy('r.revision', 'DESC').getMany(),
    (revision) => revision.documentId,
  ),
});
