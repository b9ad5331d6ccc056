import { useMutation } from '@apollo/client/react';
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useChange } from '../../app/forms/change';
import { sameNames, useDialogForm } from '../../app/forms/dialog-form';
import { FormDialog } from '../../app/forms/FormDialog';
import { SUBMIT_FAULT_WORK_ORDER } from './work-orders.operations';

interface FormValues {
  title: string;
  environment: string;
  steps: string;
  symptoms: string;
  logs?: string;
}

const placeOf = sameNames(['title', 'environment', 'steps', 'symptoms', 'logs']);

/** A first line of the issue as the order's title. */
const titleOf = (description: string): string => description.split('\n')[0].slice(0, 200);

interface Props {
  issue: { id: string; description: string };
  onClose(): void;
  /** After the order was filed (or refused): the issue's state may have changed. */
  onSettled(): void;
}

/**
 * 故障处理工作单 (第四十四条): what R&D needs to reproduce the fault. The PRESALES_MANAGER approves it
 * before R&D sees it; once filed, its page opens, where the logs are attached.
 */
export function SubmitWorkOrderDialog({ issue, onClose, onSettled }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { form, formError, settle } = useDialogForm<FormValues>(placeOf, onClose);
  const change = useChange(onSettled);
  const [submitOrder, { loading }] = useMutation(SUBMIT_FAULT_WORK_ORDER);
  const text = [{ required: true, whitespace: true, message: t('validation.REQUIRED') }];
  /** Long texts; the count makes room for a field's hint, so a field with one goes without. */
  const longText = (placeholder: string, count = true) => <Input.TextArea rows={4} maxLength={8000} showCount={count} placeholder={placeholder} />;

  const file = async (values: FormValues) => {
    const input = {
      remainingIssueId: issue.id,
      title: values.title.trim(),
      environment: values.environment.trim(),
      steps: values.steps.trim(),
      symptoms: values.symptoms.trim(),
      logs: values.logs?.trim() ?? '',
    };
    const { data } = await submitOrder({ variables: { input } });
    if (data) void navigate(`/work-orders/${data.submitFaultWorkOrder.id}`);
  };

  return (
    <FormDialog
      variant="drawer"
      size={640}
      form={form}
      name="submit-work-order"
      title={t('workOrders.submitTitle')}
      intro={t('workOrders.submitIntro')}
      submitLabel={t('workOrders.submit')}
      loading={loading}
      formError={formError}
      initialValues={{ title: titleOf(issue.description), symptoms: issue.description }}
      onFinish={(values) => void settle(change(() => file(values), t('workOrders.submitted')))}
      onClose={onClose}
    >
      <Form.Item name="title" label={t('workOrders.title')} rules={text}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="environment" label={t('workOrders.environment')} rules={text}>
        {longText(t('workOrders.environmentPlaceholder'))}
      </Form.Item>
      <Form.Item name="steps" label={t('workOrders.steps')} rules={text}>
        {longText(t('workOrders.stepsPlaceholder'))}
      </Form.Item>
      <Form.Item name="symptoms" label={t('workOrders.symptoms')} rules={text}>
        {longText(t('workOrders.symptomsPlaceholder'))}
      </Form.Item>
      <Form.Item name="logs" label={t('workOrders.logs')} extra={t('workOrders.logsHint')}>
        {longText(t('workOrders.logsPlaceholder'), false)}
      </Form.Item>
    </FormDialog>
  );
}
