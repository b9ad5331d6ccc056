import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, Form, Input, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, validationProblems } from '../../app/errors';
import { FILE_COMPLAINT } from './complaints.operations';

interface FormValues {
  respondentId: string;
  description: string;
}

const FORM_FIELDS = ['respondentId', 'description'] as const satisfies readonly (keyof FormValues)[];
const isFormField = (name: string): name is (typeof FORM_FIELDS)[number] => FORM_FIELDS.some((field) => field === name);
/** The server asks for a description this long at least. */
const MIN_DESCRIPTION = 10;

interface Props {
  project: { id: string; name: string };
  /** The project's tech-support engineers, who may be complained about. */
  respondents: readonly { id: string; name: string }[];
  respondentId: string;
  onClose(): void;
}

/** The responsible sales complains to the PRESALES_MANAGER (cc TECH_DIRECTOR) about an unreported communication (第十三条). */
export function FileComplaintModal({ project, respondents, respondentId, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const [fileComplaint, { loading }] = useMutation(FILE_COMPLAINT);

  const submit = async (values: FormValues) => {
    setFormError(null);
    try {
      const { data } = await fileComplaint({ variables: { input: { projectId: project.id, respondentId: values.respondentId, description: values.description.trim() } } });
      if (data) void message.success(t('complaintForm.filed', { title: data.fileComplaint.title }));
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
      title={t('complaintForm.title')}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('complaintForm.cancel')}
        </Button>,
        <Button key="submit" type="primary" danger loading={loading} onClick={() => form.submit()} data-testid="complaint-submit">
          {t('complaintForm.submit')}
        </Button>,
      ]}
    >
      <Typography.Paragraph type="secondary">{t('complaintForm.intro', { project: project.name })}</Typography.Paragraph>
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Form form={form} name="file-complaint" layout="vertical" requiredMark="optional" initialValues={{ respondentId }} onFinish={(values) => void submit(values)} data-testid="complaint-form">
        <Form.Item name="respondentId" label={t('complaintForm.respondent')} rules={[{ required: true, message: t('validation.REQUIRED') }]}>
          <Select options={respondents.map((person) => ({ value: person.id, label: person.name }))} />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('complaintForm.description')}
          rules={[
            { required: true, whitespace: true, message: t('validation.REQUIRED') },
            { min: MIN_DESCRIPTION, message: t('validation.TOO_SHORT') },
          ]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount placeholder={t('complaintForm.descriptionPlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
