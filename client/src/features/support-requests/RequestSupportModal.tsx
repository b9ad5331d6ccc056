import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, DatePicker, Form, Input, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, validationProblems } from '../../app/errors';
import { REQUEST_SUPPORT } from './support-requests.operations';

interface FormValues {
  content: string;
  wantedAt: Dayjs;
}

const FORM_FIELDS = ['content', 'wantedAt'] as const satisfies readonly (keyof FormValues)[];
const isFormField = (name: string): name is (typeof FORM_FIELDS)[number] => FORM_FIELDS.some((field) => field === name);

/** The responsible sales asks the first pre-sales for support (第五条). */
export function RequestSupportModal({ projectId, onClose, onRequested }: { projectId: string; onClose(): void; onRequested(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const [requestSupport, { loading }] = useMutation(REQUEST_SUPPORT);

  const submit = async (values: FormValues) => {
    setFormError(null);
    try {
      await requestSupport({ variables: { input: { projectId, content: values.content.trim(), wantedAt: values.wantedAt.toISOString() } } });
      void message.success(t('support.requested'));
      onRequested();
      onClose();
    } catch (error) {
      const problems = Object.entries(validationProblems(t, error));
      const onForm = problems.flatMap(([name, problem]) => (isFormField(name) ? [{ name, errors: [problem] }] : []));
      form.setFields(onForm);
      if (onForm.length < problems.length || problems.length === 0) setFormError(describeError(t, error));
    }
  };

  return (
    <Modal
      open
      title={t('support.requestTitle')}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('support.cancel')}
        </Button>,
        <Button key="submit" type="primary" loading={loading} onClick={() => form.submit()} data-testid="request-support-submit">
          {t('support.requestSubmit')}
        </Button>,
      ]}
    >
      <Typography.Paragraph type="secondary">{t('support.requestIntro')}</Typography.Paragraph>
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        name="request-support"
        layout="vertical"
        requiredMark="optional"
        onFinish={(values) => void submit(values)}
        initialValues={{ wantedAt: dayjs().add(1, 'day').hour(9).startOf('hour') }}
        data-testid="request-support-form"
      >
        <Form.Item name="content" label={t('support.content')} rules={[{ required: true, whitespace: true, message: t('validation.REQUIRED') }]}>
          <Input.TextArea rows={4} maxLength={2000} showCount placeholder={t('support.contentPlaceholder')} />
        </Form.Item>
        <Form.Item name="wantedAt" label={t('support.wantedAt')} rules={[{ required: true, message: t('validation.REQUIRED') }]}>
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            disabledDate={(date) => date.isBefore(dayjs(), 'day')}
            allowClear={false}
            style={{ width: '100%' }}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
