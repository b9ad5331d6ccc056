import { Alert, Button, DatePicker, Form, Input, Modal, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, validationProblems } from '../../app/errors';
import type { SupportRequestItemFragment } from '../../gql/graphql';
import type { FormAction } from './support-flow';
import type { ActionFields } from './useActOnSupportRequest';

interface FormValues {
  at?: Dayjs;
  content?: string;
  scope?: string;
  resolved?: boolean;
}

const FIELDS: Record<FormAction, readonly (keyof FormValues)[]> = {
  PROPOSE_TIME: ['at'],
  HAND_OFF: ['content', 'scope', 'at'],
  REPORT_HANDOFF_RESULT: ['content', 'resolved'],
};

const isFormField = (action: FormAction, name: string): name is keyof FormValues => FIELDS[action].some((field) => field === name);

interface Props {
  request: SupportRequestItemFragment;
  action: FormAction;
  loading: boolean;
  onSubmit(fields: ActionFields): Promise<{ invalid: unknown } | null>;
  onClose(): void;
}

/** The form of a step that needs more than a click: a later time, a hand-off, or a hand-off's result. */
export function SupportActionModal({ request, action, loading, onSubmit, onClose }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FormValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const fields = FIELDS[action];

  const submit = async (values: FormValues) => {
    setFormError(null);
    const outcome = await onSubmit({
      at: values.at?.toISOString(),
      content: values.content?.trim(),
      scope: values.scope?.trim(),
      resolved: values.resolved,
    });
    if (!outcome) {
      onClose();
      return;
    }
    const problems = Object.entries(validationProblems(t, outcome.invalid));
    const onForm = problems.flatMap(([name, problem]) => (isFormField(action, name) ? [{ name, errors: [problem] }] : []));
    form.setFields(onForm);
    if (onForm.length < problems.length || problems.length === 0) setFormError(describeError(t, outcome.invalid));
  };

  const required = [{ required: true, message: t('validation.REQUIRED') }];
  const text = [{ required: true, whitespace: true, message: t('validation.REQUIRED') }];
  const dueAt = dayjs(request.dueAt);

  return (
    <Modal
      open
      title={t(`supportAction.${action}`)}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('support.cancel')}
        </Button>,
        <Button key="submit" type="primary" loading={loading} onClick={() => form.submit()} data-testid="support-action-submit">
          {t('support.submit')}
        </Button>,
      ]}
    >
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        name="support-action"
        layout="vertical"
        requiredMark="optional"
        onFinish={(values) => void submit(values)}
        initialValues={{ at: action === 'HAND_OFF' ? dueAt : undefined }}
        data-testid="support-action-form"
      >
        {fields.includes('content') && (
          <Form.Item name="content" label={t(action === 'HAND_OFF' ? 'support.handoffContent' : 'support.handoffResult')} rules={text}>
            <Input.TextArea rows={3} maxLength={2000} showCount placeholder={t(action === 'HAND_OFF' ? 'support.handoffContentPlaceholder' : 'support.handoffResultPlaceholder')} />
          </Form.Item>
        )}
        {fields.includes('scope') && (
          <Form.Item name="scope" label={t('support.handoffScope')} extra={t('support.handoffScopeHint')} rules={text}>
            <Input maxLength={500} placeholder={t('support.handoffScopePlaceholder')} />
          </Form.Item>
        )}
        {fields.includes('at') && (
          <Form.Item
            name="at"
            label={t(action === 'HAND_OFF' ? 'support.handoffAt' : 'support.proposedAt')}
            extra={action === 'PROPOSE_TIME' ? t('support.proposedAtHint') : undefined}
            rules={required}
          >
            <DatePicker
              showTime={{ format: 'HH:mm' }}
              format="YYYY-MM-DD HH:mm"
              disabledDate={action === 'PROPOSE_TIME' ? (date) => date.isBefore(dueAt, 'day') : undefined}
              style={{ width: '100%' }}
              data-testid="support-action-at"
            />
          </Form.Item>
        )}
        {fields.includes('resolved') && (
          <Form.Item name="resolved" label={t('support.resolvedQuestion')} rules={required}>
            <Radio.Group
              options={[
                { value: true, label: t('support.resolvedYes') },
                { value: false, label: t('support.resolvedNo') },
              ]}
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
