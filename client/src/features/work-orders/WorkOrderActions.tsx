import { Space } from 'antd';
import type { WorkOrderRowFragment } from '../../gql/graphql';
import { WorkOrderFlowButtons } from './WorkOrderFlowButtons';
import { WorkOrderPeopleButtons } from './WorkOrderPeopleButtons';
import { WorkOrderReviewButtons } from './WorkOrderReviewButtons';

interface Props {
  order: WorkOrderRowFragment;
  /** The members already on the order (the page knows them), not offered again. */
  onOrder?: readonly string[];
  size?: 'small' | 'middle';
  onChanged(): void;
}

/**
 * Exactly what the server says the viewer may do now (`viewerCan`): the RND_MANAGER's review
 * and lead assignment, the lead's "add members", and each step of the flow.
 */
export function WorkOrderActions({ order, onOrder = [], size = 'small', onChanged }: Props) {
  const { viewerCan } = order;
  return (
    <Space size="small" wrap data-testid={`work-order-actions-${order.id}`}>
      {viewerCan.review && <WorkOrderReviewButtons order={order} size={size} onChanged={onChanged} />}
      <WorkOrderFlowButtons order={order} size={size} onChanged={onChanged} />
      <WorkOrderPeopleButtons order={order} onOrder={onOrder} size={size} onChanged={onChanged} />
    </Space>
  );
}
