import type { DataSource } from 'typeorm';
import { manyByKey, oneByKey } from '../../platform/graphql/loader';
import { ApprovalStep } from './approval-step.entity';
import { Approval } from './approval.entity';
import { ResourceRequest } from './resource-request.entity';

export const createApprovalLoaders = (dataSource: DataSource) => ({
  stepsByApproval: manyByKey<string, ApprovalStep>(
    (ids) => dataSource.getRepository(ApprovalStep).createQueryBuilder('s').where('s.approval_id = ANY(:ids)', { ids }).orderBy('s.position').getMany(),
    (step) => step.approvalId,
  ),
  approvalsByProject: manyByKey<string, Approval>(
    (ids) => dataSource.getRepository(Approval).createQueryBuilder('a').where('a.project_id = ANY(:ids)', { ids }).orderBy('a.created_at', 'DESC').getMany(),
    (approval) => approval.projectId as string, // the query selects project approvals only
  ),
  approvalById: oneByKey<string, Approval>(
    (ids) => dataSource.getRepository(Approval).createQueryBuilder('a').where('a.id = ANY(:ids)', { ids }).getMany(),
    (approval) => approval.id,
  ),
  /** Just the name, for approvers who may see an approval but not its project (asksOrApproves). */
  projectNameById: oneByKey<string, { id: string; name: string }>(
    (ids) => dataSource.query('SELECT id, name FROM project WHERE id = ANY($1)', [ids]) as Promise<{ id: string; name: string }[]>,
    (project) => project.id,
  ),
  resourceRequestById: oneByKey<string, ResourceRequest>(
    (ids) => dataSource.getRepository(ResourceRequest).createQueryBuilder('r').where('r.id = ANY(:ids)', { ids }).getMany(),
    (request) => request.id,
  ),
});
