import { useMutation } from '@apollo/client/react';
import { Form, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { useChange } from '../../app/forms/change';
import { type PlaceOf, useDialogForm } from '../../app/forms/dialog-form';
import { FormDialog } from '../../app/forms/FormDialog';
import { RndPersonField } from '../people/RndPersonField';
import { REVIEW_FAULT_WORK_ORDER } from './work-orders.operations';

interface FormValues {
  /** A lead named now, or the order left open for any R&D engineer to claim. */
  assign: 'LEAD' | 'OPEN';
  leadId?: string;
}

const placeOf: PlaceOf = (field) => (field === 'leadId' ? 'leadId' : null);

interface Props {
  order: { id: string; version: number; title: string };
  onClose(): void;
  onReviewed(): void;
}

/** The RND_MANAGER accepts a work order: with an R&D lead, who joins the project, or open for R&D to claim. */
export function ReviewWorkOrderDialog({ order, onClose, onReviewed }: Props) {
  const { t } = useTranslation();
  const { form, formError, settle } = useDialogForm<FormValues>(placeOf, onClose);
  const assign = Form.useWatch('assign', form) ?? 'LEAD';
  const change = useChange(onReviewed, t('workOrders.conflict'));
  const [review, { loading }] = useMutation(REVIEW_FAULT_WORK_ORDER);

  const submit = (values: FormValues) => {
    const leadId = values.assign === 'LEAD' ? values.leadId : null;
    void settle(
      change(
        () => review({ variables: { input: { workOrderId: order.id, expectedVersion: order.version, review: 'ACCEPT', leadId } } }),
        t(leadId ? 'workOrders.leadAssigned' : 'workOrders.openedForClaim'),
      ),
    );
  };

  return (
    <FormDialog
      form={form}
      name="review-work-order"
      title={t('workOrders.acceptTitle', { title: order.title })}
      intro={t('workOrders.acceptHint')}
      submitLabel={t('workOrders.accept')}
      loading={loading}
      formError={formError}
      initialValues={{ assign: 'LEAD' }}
      onFinish={submit}
      onClose={onClose}
    >
      <Form.Item name="assign" label={t('workOrders.assign')}>
        <Radio.Group
          options={[
            { value: 'LEAD', label: t('workOrders.assignLead') },
            { value: 'OPEN', label: t('workOrders.assignOpen') },
          ]}
          data-testid="review-work-order-assign"
        />
      </Form.Item>
      {assign === 'LEAD' && <RndPersonField name="leadId" label={t('workOrders.lead')} testId="review-work-order-lead" />}
    </FormDialog>
  );
}
