import { useMutation } from '@apollo/client/react';
import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useChange } from '../../app/forms/change';
import { sameNames, useDialogForm } from '../../app/forms/dialog-form';
import { FormDialog } from '../../app/forms/FormDialog';
import { FILE_COMPLAINT } from './complaints.operations';

interface FormValues {
  respondentId: string;
  description: string;
}

const placeOf = sameNames(['respondentId', 'description']);
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
  const { form, formError, settle } = useDialogForm<FormValues>(placeOf, onClose);
  const change = useChange(() => undefined);
  const [fileComplaint, { loading }] = useMutation(FILE_COMPLAINT);

  const submit = (values: FormValues) =>
    void settle(
      change(
        () => fileComplaint({ variables: { input: { projectId: project.id, respondentId: values.respondentId, description: values.description.trim() } } }),
        t('complaintForm.filed', { project: project.name }),
      ),
    );

  return (
    <FormDialog
      form={form}
      name="file-complaint"
      title={t('complaintForm.title')}
      intro={t('complaintForm.intro', { project: project.name })}
      submitLabel={t('complaintForm.submit')}
      danger
      loading={loading}
      formError={formError}
      initialValues={{ respondentId }}
      onFinish={submit}
      onClose={onClose}
    >
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
    </FormDialog>
  );
}
