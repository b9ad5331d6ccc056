import { useMutation } from '@apollo/client/react';
import { Button, Popconfirm } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChange, useOneClickChange } from '../../app/forms/change';
import { PromptDialog } from '../../app/forms/PromptDialog';
import type { WorkOrderAction, WorkOrderRowFragment } from '../../gql/graphql';
import { useEditingPresence } from '../presence/useEditingPresence';
import { ACTION_LOOK, needsConfirmation, TEXT_OPTIONAL, type TextAction, writesText } from './work-order-meta';
import { ACT_ON_WORK_ORDER } from './work-orders.operations';

interface Props {
  order: WorkOrderRowFragment;
  size: 'small' | 'middle';
  onChanged(): void;
}

/** The steps of the flow the server offers the viewer (`viewerCan.actions`): one click, one click once confirmed, or a text first. */
export function WorkOrderFlowButtons({ order, size, onChanged }: Props) {
  const { t } = useTranslation();
  const [writing, setWriting] = useState<TextAction | null>(null);
  const [running, setRunning] = useState<WorkOrderAction | null>(null);
  useEditingPresence('WORK_ORDER', order.id, writing ? 'answer' : null);
  const change = useChange(onChanged, t('workOrders.conflict'));
  const step = useOneClickChange(onChanged, t('workOrders.conflict'));
  /** Someone else claiming first is the one conflict worth its own words. */
  const claim = useOneClickChange(onChanged, t('workOrders.claimConflict'));
  const [act, { loading }] = useMutation(ACT_ON_WORK_ORDER);
  const take = (action: WorkOrderAction, text?: string) => () => act({ variables: { input: { workOrderId: order.id, expectedVersion: order.version, action, text } } });
  const done = (action: WorkOrderAction) => t('workOrders.done', { action: t(`workOrderAction.${action}`) });

  const run = async (action: WorkOrderAction) => {
    setRunning(action);
    await (action === 'CLAIM' ? claim : step)(take(action), done(action));
    setRunning(null);
  };

  const button = (action: WorkOrderAction, onClick?: () => void) => (
    <Button
      key={action}
      size={size}
      {...ACTION_LOOK[action]}
      loading={running === action}
      disabled={running !== null && running !== action}
      onClick={onClick}
      data-testid={`work-order-${action}-${order.id}`}
    >
      {t(`workOrderAction.${action}`)}
    </Button>
  );

  return (
    <>
      {order.viewerCan.actions.map((action) => {
        if (writesText(action)) return button(action, () => setWriting(action));
        if (!needsConfirmation(action)) return button(action, () => void run(action));
        return (
          <Popconfirm
            key={action}
            title={t(`workOrderAction.${action}`)}
            description={t(`workOrders.confirmStep.${action}`)}
            okText={t(`workOrderAction.${action}`)}
            okButtonProps={{ danger: ACTION_LOOK[action]?.danger }}
            cancelText={t('app.cancel')}
            onConfirm={() => run(action)}
          >
            {button(action)}
          </Popconfirm>
        );
      })}
      {writing && (
        <PromptDialog
          name={`work-order-${writing.toLowerCase().replaceAll('_', '-')}`}
          title={t(`workOrderAction.${writing}`)}
          intro={t(`workOrders.textHint.${writing}`)}
          label={t(`workOrders.textLabel.${writing}`)}
          field="text"
          optional={TEXT_OPTIONAL[writing]}
          submitLabel={t(`workOrderAction.${writing}`)}
          danger={ACTION_LOOK[writing]?.danger}
          loading={loading}
          onSubmit={(text) => change(take(writing, text), done(writing))}
          onClose={() => setWriting(null)}
        />
      )}
    </>
  );
}
