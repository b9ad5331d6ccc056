import type { DataSource } from 'typeorm';
import { manyByKey, oneByKey } from '../../platform/graphql/loader';
import { FaultWorkOrder } from './fault-work-order.entity';
import { WorkOrderMember } from './work-order-member.entity';

export const createWorkOrderLoaders = (dataSource: DataSource) => ({
  workOrdersByProject: manyByKey<string, FaultWorkOrder>(
    (ids) => dataSource.getRepository(FaultWorkOrder).createQueryBuilder('w').where('w.project_id = ANY(:ids)', { ids }).orderBy('w.created_at', 'DESC').getMany(),
    (order) => order.projectId,
  ),
  workOrderById: oneByKey<string, FaultWorkOrder>(
    (ids) => dataSource.getRepository(FaultWorkOrder).createQueryBuilder('w').where('w.id = ANY(:ids)', { ids }).getMany(),
    (order) => order.id,
  ),
  membersByWorkOrder: manyByKey<string, WorkOrderMember>(
    (ids) => dataSource.getRepository(WorkOrderMember).createQueryBuilder('m').where('m.work_order_id = ANY(:ids)', { ids }).orderBy('m.added_at').getMany(),
    (member) => member.workOrderId,
  ),
});
