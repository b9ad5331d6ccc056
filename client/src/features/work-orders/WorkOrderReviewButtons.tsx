import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChange } from '../../app/forms/change';
import { PromptDialog } from '../../app/forms/PromptDialog';
import type { WorkOrderRowFragment } from '../../gql/graphql';
import { useEditingPresence } from '../presence/useEditingPresence';
import { ReviewWorkOrderDialog } from './ReviewWorkOrderDialog';
import { REVIEW_FAULT_WORK_ORDER } from './work-orders.operations';

interface Props {
  order: WorkOrderRowFragment;
  size: 'small' | 'middle';
  onChanged(): void;
}

/** The RND_MANAGER's review of an order awaiting it: accept (with a lead, or open for claiming), or return it with advice. */
export function WorkOrderReviewButtons({ order, size, onChanged }: Props) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<'accept' | 'advise' | null>(null);
  useEditingPresence('WORK_ORDER', order.id, dialog ? 'review' : null);
  const change = useChange(onChanged, t('workOrders.conflict'));
  const [review, { loading }] = useMutation(REVIEW_FAULT_WORK_ORDER);
  const close = () => setDialog(null);

  return (
    <>
      <Button size={size} type="primary" icon={<CheckOutlined />} onClick={() => setDialog('accept')} data-testid={`work-order-accept-${order.id}`}>
        {t('workOrders.accept')}
      </Button>
      <Button size={size} danger icon={<CloseOutlined />} onClick={() => setDialog('advise')} data-testid={`work-order-advise-${order.id}`}>
        {t('workOrders.rejectWithAdvice')}
      </Button>
      {dialog === 'accept' && <ReviewWorkOrderDialog order={order} onClose={close} onReviewed={onChanged} />}
      {dialog === 'advise' && (
        <PromptDialog
          name="advise-work-order"
          title={t('workOrders.adviseTitle', { title: order.title })}
          intro={t('workOrders.adviseHint')}
          label={t('workOrders.advice')}
          field="advice"
          submitLabel={t('workOrders.rejectWithAdvice')}
          danger
          loading={loading}
          onSubmit={(advice) =>
            change(() => review({ variables: { input: { workOrderId: order.id, expectedVersion: order.version, review: 'REJECT_WITH_ADVICE', advice } } }), t('workOrders.advised'))
          }
          onClose={close}
        />
      )}
    </>
  );
}
