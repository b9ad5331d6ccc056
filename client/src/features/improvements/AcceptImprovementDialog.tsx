import { useMutation } from '@apollo/client/react';
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useChange } from '../../app/forms/change';
import { sameNames, useDialogForm } from '../../app/forms/dialog-form';
import { FormDialog } from '../../app/forms/FormDialog';
import { RndPersonField } from '../people/RndPersonField';
import { DECIDE_IMPROVEMENT_REQUEST } from './improvements.operations';

interface FormValues {
  rndLeadId: string;
  comment?: string;
}

const placeOf = sameNames(['rndLeadId', 'comment']);

interface Props {
  request: { id: string; version: number; title: string; projectName: string };
  onClose(): void;
  onAccepted(): void;
}

/** The RND_MANAGER accepts an improvement request and names its R&D lead, who joins the project. */
export function AcceptImprovementDialog({ request, onClose, onAccepted }: Props) {
  const { t } = useTranslation();
  const { form, formError, settle } = useDialogForm<FormValues>(placeOf, onClose);
  const change = useChange(onAccepted, t('improvements.conflict'));
  const [decide, { loading }] = useMutation(DECIDE_IMPROVEMENT_REQUEST);

  const submit = (values: FormValues) =>
    void settle(
      change(
        () =>
          decide({
            variables: { input: { requestId: request.id, expectedVersion: request.version, decision: 'ACCEPT', rndLeadId: values.rndLeadId, comment: values.comment?.trim() || null } },
          }),
        t('improvements.accepted'),
      ),
    );

  return (
    <FormDialog
      form={form}
      name="accept-improvement"
      title={t('improvements.acceptTitle', { title: request.title })}
      intro={t('improvements.acceptHint', { project: request.projectName })}
      submitLabel={t('improvements.accept')}
      loading={loading}
      formError={formError}
      onFinish={submit}
      onClose={onClose}
    >
      <RndPersonField name="rndLeadId" label={t('improvements.rndLead')} testId="accept-improvement-lead" />
      <Form.Item name="comment" label={t('improvements.acceptComment')}>
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
    </FormDialog>
  );
}
