import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, validationProblems } from '../../app/errors';
import { SelectField } from '../../app/forms/SelectField';
import type { ProjectMemberRole } from '../../gql/graphql';
import { PRESALES_PEOPLE } from '../people/people.operations';
import { REQUEST_RESOURCE } from './approvals.operations';

interface FormValues {
  candidateId: string;
  reason: string;
}

const FORM_FIELDS = ['candidateId', 'reason'] as const satisfies readonly (keyof FormValues)[];
const isFormField = (name: string): name is (typeof FORM_FIELDS)[number] => FORM_FIELDS.some((field) => field === name);

interface Props {
  projectId: string;
  members: readonly { role: ProjectMemberRole; user: { id: string } }[];
  onClose(): void;
  onRequested(): void;
}

/** Asks for an additional pre-sales (资源申请, 第四条): PRESALES_MANAGER → TECH_DIRECTOR → GM approve in turn. */
export function RequestResourceModal({ projectId, members, onClose, onRequested }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const people = useQuery(PRESALES_PEOPLE);
  const [requestResource, { loading }] = useMutation(REQUEST_RESOURCE);
  // Who already supports the project cannot be asked for again (the server answers ALREADY_MEMBER).
  const supporting = new Set(members.filter((member) => member.role !== 'RESPONSIBLE_SALES').map((member) => member.user.id));
  const candidates = people.data?.users.filter((user) => !supporting.has(user.id)).map((user) => ({ value: user.id, label: user.name }));

  const submit = async (values: FormValues) => {
    setFormError(null);
    try {
      const { data } = await requestResource({ variables: { input: { projectId, candidateId: values.candidateId, reason: values.reason.trim() } } });
      if (data) void message.success(t('resourceRequest.requested', { name: data.requestResource.candidate.name }));
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
      title={t('resourceRequest.title')}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('resourceRequest.cancel')}
        </Button>,
        <Button key="submit" type="primary" loading={loading} onClick={() => form.submit()} data-testid="request-resource-submit">
          {t('resourceRequest.submit')}
        </Button>,
      ]}
    >
      <Typography.Paragraph type="secondary">{t('resourceRequest.intro')}</Typography.Paragraph>
      {people.error && <Alert type="error" showIcon title={t('resourceRequest.optionsFailed')} description={describeError(t, people.error)} style={{ marginBottom: 16 }} />}
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Form form={form} name="request-resource" layout="vertical" requiredMark="optional" onFinish={(values) => void submit(values)} data-testid="request-resource-form">
        <SelectField
          name="candidateId"
          label={t('resourceRequest.candidate')}
          placeholder={t('resourceRequest.candidatePlaceholder')}
          options={candidates}
          loading={people.loading}
          testId="request-resource-candidate"
        />
        <Form.Item name="reason" label={t('resourceRequest.reason')} rules={[{ required: true, whitespace: true, message: t('validation.REQUIRED') }]}>
          <Input.TextArea rows={4} maxLength={2000} showCount placeholder={t('resourceRequest.reasonPlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
