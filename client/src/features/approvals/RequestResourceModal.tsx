import { useMutation, useQuery } from '@apollo/client/react';
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useChange } from '../../app/forms/change';
import { sameNames, useDialogForm } from '../../app/forms/dialog-form';
import { FormDialog } from '../../app/forms/FormDialog';
import { SelectField } from '../../app/forms/SelectField';
import { LoadFailed } from '../../app/LoadFailed';
import type { ProjectMemberRole } from '../../gql/graphql';
import { PRESALES_PEOPLE } from '../people/people.operations';
import { REQUEST_RESOURCE } from './approvals.operations';

interface FormValues {
  candidateId: string;
  reason: string;
}

const placeOf = sameNames(['candidateId', 'reason']);

interface Props {
  projectId: string;
  members: readonly { role: ProjectMemberRole; user: { id: string } }[];
  onClose(): void;
  onRequested(): void;
}

/** Asks for an additional pre-sales (资源申请, 第四条): PRESALES_MANAGER → TECH_DIRECTOR → GM approve in turn. */
export function RequestResourceModal({ projectId, members, onClose, onRequested }: Props) {
  const { t } = useTranslation();
  const { form, formError, settle } = useDialogForm<FormValues>(placeOf, onClose);
  const change = useChange(onRequested);
  const people = useQuery(PRESALES_PEOPLE);
  const [requestResource, { loading }] = useMutation(REQUEST_RESOURCE);
  // Who already supports the project cannot be asked for again (the server answers ALREADY_MEMBER).
  const supporting = new Set(members.filter((member) => member.role !== 'RESPONSIBLE_SALES').map((member) => member.user.id));
  const candidates = people.data?.users.filter((user) => !supporting.has(user.id));

  const submit = (values: FormValues) => {
    const name = candidates?.find((user) => user.id === values.candidateId)?.name ?? '';
    void settle(
      change(() => requestResource({ variables: { input: { projectId, candidateId: values.candidateId, reason: values.reason.trim() } } }), t('resourceRequest.requested', { name })),
    );
  };

  return (
    <FormDialog
      form={form}
      name="request-resource"
      title={t('resourceRequest.title')}
      intro={t('resourceRequest.intro')}
      submitLabel={t('resourceRequest.submit')}
      loading={loading}
      formError={formError}
      onFinish={submit}
      onClose={onClose}
    >
      {people.error && <LoadFailed title={t('resourceRequest.optionsFailed')} error={people.error} onRetry={() => void people.refetch()} />}
      <SelectField
        name="candidateId"
        label={t('resourceRequest.candidate')}
        placeholder={t('resourceRequest.candidatePlaceholder')}
        options={candidates?.map((user) => ({ value: user.id, label: user.name }))}
        loading={people.loading}
        testId="request-resource-candidate"
      />
      <Form.Item name="reason" label={t('resourceRequest.reason')} rules={[{ required: true, whitespace: true, message: t('validation.REQUIRED') }]}>
        <Input.TextArea rows={4} maxLength={2000} showCount placeholder={t('resourceRequest.reasonPlaceholder')} />
      </Form.Item>
    </FormDialog>
  );
}
