import { UserAddOutlined, UserSwitchOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChange } from '../../app/forms/change';
import type { WorkOrderRowFragment } from '../../gql/graphql';
import { RndPersonDialog } from './RndPersonDialog';
import { ADD_WORK_ORDER_MEMBER, ASSIGN_WORK_ORDER_LEAD } from './work-orders.operations';

interface Props {
  order: WorkOrderRowFragment;
  /** The members already on the order (the lead is known from the order). */
  onOrder: readonly string[];
  size: 'small' | 'middle';
  onChanged(): void;
}

/** Who works the order, as the server allows: the RND_MANAGER names or replaces the lead (`assignLead`), the lead brings on members (`addMembers`). */
export function WorkOrderPeopleButtons({ order, onOrder, size, onChanged }: Props) {
  const { t } = useTranslation();
  const [picking, setPicking] = useState<'lead' | 'member' | null>(null);
  const change = useChange(onChanged, t('workOrders.conflict'));
  const [assignLead, assigning] = useMutation(ASSIGN_WORK_ORDER_LEAD);
  const [addMember, adding] = useMutation(ADD_WORK_ORDER_MEMBER);
  const close = () => setPicking(null);
  const leadWord = order.lead ? 'replaceLead' : 'assignLead';
  const taken = order.lead ? [order.lead.id, ...onOrder] : onOrder;

  return (
    <>
      {order.viewerCan.assignLead && (
        <Button size={size} icon={<UserSwitchOutlined />} onClick={() => setPicking('lead')} data-testid={`work-order-assign-lead-${order.id}`}>
          {t(`workOrders.${leadWord}`)}
        </Button>
      )}
      {order.viewerCan.addMembers && (
        <Button size={size} icon={<UserAddOutlined />} onClick={() => setPicking('member')} data-testid={`work-order-add-member-${order.id}`}>
          {t('workOrders.addMember')}
        </Button>
      )}
      {picking === 'lead' && (
        <RndPersonDialog
          name="assign-work-order-lead"
          title={t(`workOrders.${leadWord}Title`, { title: order.title })}
          intro={t('workOrders.assignLeadHint')}
          field="leadId"
          label={t('workOrders.lead')}
          submitLabel={t(`workOrders.${leadWord}`)}
          exclude={taken}
          loading={assigning.loading}
          onSubmit={(leadId) => change(() => assignLead({ variables: { input: { workOrderId: order.id, expectedVersion: order.version, leadId } } }), t('workOrders.leadAssigned'))}
          onClose={close}
        />
      )}
      {picking === 'member' && (
        <RndPersonDialog
          name="add-work-order-member"
          title={t('workOrders.addMemberTitle', { title: order.title })}
          intro={t('workOrders.addMemberHint')}
          field="userId"
          label={t('workOrders.member')}
          submitLabel={t('workOrders.addMember')}
          exclude={taken}
          loading={adding.loading}
          onSubmit={(userId) => change(() => addMember({ variables: { input: { workOrderId: order.id, userId } } }), t('workOrders.memberAdded'))}
          onClose={close}
        />
      )}
    </>
  );
}
