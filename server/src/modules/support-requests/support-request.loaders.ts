import type { DataSource } from 'typeorm';
import { manyByKey } from '../../platform/graphql/loader';
import { Handoff } from './handoff.entity';
import { SupportRequest } from './support-request.entity';

export const createSupportRequestLoaders = (dataSource: DataSource) => ({
  supportRequestsByProject: manyByKey<string, SupportRequest>(
    (ids) => dataSource.getRepository(SupportRequest).createQueryBuilder('r').where('r.project_id = ANY(:ids)', { ids }).orderBy('r.created_at', 'DESC').getMany(),
    (request) => request.projectId,
  ),
  handoffsByRequest: manyByKey<string, Handoff>(
    (ids) => dataSource.getRepository(Handoff).createQueryBuilder('h').where('h.request_id = ANY(:ids)', { ids }).orderBy('h.created_at').getMany(),
    (handoff) => handoff.requestId,
  ),
});
