import { DatePicker, Form, Input, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { sameNames, useDialogForm } from '../../app/forms/dialog-form';
import { FormDialog } from '../../app/forms/FormDialog';
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

interface Props {
  request: SupportRequestItemFragment;
  action: FormAction;
  loading: boolean;
  /** Takes the step (see useActOnSupportRequest): resolves to a VALIDATION refusal for the form, or null once settled. */
  onSubmit(fields: ActionFields): Promise<{ refused: unknown } | null>;
  onClose(): void;
}

/** The form of a step that needs more than a click: a later time, a hand-off, or a hand-off's result. */
export function SupportActionModal({ request, action, loading, onSubmit, onClose }: Props) {
  const { t } = useTranslation();
  const fields = FIELDS[action];
  const { form, formError, settle } = useDialogForm<FormValues>(sameNames(fields), onClose);

  const submit = (values: FormValues) =>
    void settle(onSubmit({ at: values.at?.toISOString(), content: values.content?.trim(), scope: values.scope?.trim(), resolved: values.resolved }));

  const required = [{ required: true, message: t('validation.REQUIRED') }];
  const text = [{ required: true, whitespace: true, message: t('validation.REQUIRED') }];
  const dueAt = dayjs(request.dueAt);

  return (
    <FormDialog
      form={form}
      name="support-action"
      title={t(`supportAction.${action}`)}
      submitLabel={t('support.submit')}
      loading={loading}
      formError={formError}
      initialValues={{ at: action === 'HAND_OFF' ? dueAt : undefined }}
      onFinish={submit}
      onClose={onClose}
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
    </FormDialog>
  );
}
