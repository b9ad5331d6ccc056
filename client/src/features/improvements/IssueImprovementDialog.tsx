import { useMutation } from '@apollo/client/react';
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useChange } from '../../app/forms/change';
import { sameNames, useDialogForm } from '../../app/forms/dialog-form';
import { FormDialog } from '../../app/forms/FormDialog';
import { ISSUE_IMPROVEMENT_REQUEST } from './improvements.operations';

interface FormValues {
  title: string;
  description: string;
}

const placeOf = sameNames(['title', 'description']);

interface Props {
  projectId: string;
  /** The remaining issue it takes to R&D, if any: it then leaves support. */
  issue?: { id: string; description: string };
  onClose(): void;
  onIssued(): void;
}

/**
 * 产品改进申请单 (第二十一条): the first pre-sales issues a project's first two after agreeing
 * with the sales, who confirms it here; from the third on only the PRESALES_MANAGER may.
 */
export function IssueImprovementDialog({ projectId, issue, onClose, onIssued }: Props) {
  const { t } = useTranslation();
  const { form, formError, settle } = useDialogForm<FormValues>(placeOf, onClose);
  const change = useChange(onIssued);
  const [issueRequest, { loading }] = useMutation(ISSUE_IMPROVEMENT_REQUEST);
  const text = [{ required: true, whitespace: true, message: t('validation.REQUIRED') }];

  const submit = (values: FormValues) =>
    void settle(
      change(
        () => issueRequest({ variables: { input: { projectId, remainingIssueId: issue?.id, title: values.title.trim(), description: values.description.trim() } } }),
        t('improvements.issued', { title: values.title.trim() }),
      ),
    );

  return (
    <FormDialog
      size={600}
      form={form}
      name="issue-improvement"
      title={t('improvements.issueTitle')}
      intro={t('improvements.issueIntro')}
      submitLabel={t('improvements.issueSubmit')}
      loading={loading}
      formError={formError}
      initialValues={{ description: issue?.description }}
      onFinish={submit}
      onClose={onClose}
    >
      <Form.Item name="title" label={t('improvements.title')} rules={text}>
        <Input maxLength={200} placeholder={t('improvements.titlePlaceholder')} />
      </Form.Item>
      <Form.Item name="description" label={t('improvements.description')} rules={text}>
        <Input.TextArea rows={5} maxLength={8000} showCount placeholder={t('improvements.descriptionPlaceholder')} />
      </Form.Item>
    </FormDialog>
  );
}
