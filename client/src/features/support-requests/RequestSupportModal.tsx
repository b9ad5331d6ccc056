import { useMutation } from '@apollo/client/react';
import { DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useChange } from '../../app/forms/change';
import { sameNames, useDialogForm } from '../../app/forms/dialog-form';
import { FormDialog } from '../../app/forms/FormDialog';
import { REQUEST_SUPPORT } from './support-requests.operations';

interface FormValues {
  content: string;
  wantedAt: Dayjs;
}

const placeOf = sameNames(['content', 'wantedAt']);

/** The responsible sales asks the first pre-sales for support (第五条). */
export function RequestSupportModal({ projectId, onClose, onRequested }: { projectId: string; onClose(): void; onRequested(): void }) {
  const { t } = useTranslation();
  const { form, formError, settle } = useDialogForm<FormValues>(placeOf, onClose);
  const change = useChange(onRequested);
  const [requestSupport, { loading }] = useMutation(REQUEST_SUPPORT);

  const submit = (values: FormValues) =>
    void settle(
      change(() => requestSupport({ variables: { input: { projectId, content: values.content.trim(), wantedAt: values.wantedAt.toISOString() } } }), t('support.requested')),
    );

  return (
    <FormDialog
      form={form}
      name="request-support"
      title={t('support.requestTitle')}
      intro={t('support.requestIntro')}
      submitLabel={t('support.requestSubmit')}
      loading={loading}
      formError={formError}
      initialValues={{ wantedAt: dayjs().add(1, 'day').hour(9).startOf('hour') }}
      onFinish={submit}
      onClose={onClose}
    >
      <Form.Item name="content" label={t('support.content')} rules={[{ required: true, whitespace: true, message: t('validation.REQUIRED') }]}>
        <Input.TextArea rows={4} maxLength={2000} showCount placeholder={t('support.contentPlaceholder')} />
      </Form.Item>
      <Form.Item name="wantedAt" label={t('support.wantedAt')} rules={[{ required: true, message: t('validation.REQUIRED') }]}>
        <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" disabledDate={(date) => date.isBefore(dayjs(), 'day')} allowClear={false} style={{ width: '100%' }} />
      </Form.Item>
    </FormDialog>
  );
}
