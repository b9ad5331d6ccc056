import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { sameNames, useDialogForm } from '../../app/forms/dialog-form';
import { FormDialog } from '../../app/forms/FormDialog';
import { SelectField } from '../../app/forms/SelectField';
import { LoadFailed } from '../../app/LoadFailed';
import { useVersionOptions } from '../versions/useVersionOptions';

interface FormValues {
  fixVersionId: string;
  notes?: string;
}

const placeOf = sameNames(['fixVersionId', 'notes']);

interface Props {
  feedback: { title: string };
  loading: boolean;
  /** Sends the step (see useChange): resolves to the server's refusal, or null once settled. */
  onSubmit(fields: { fixVersionId: string; notes?: string }): Promise<{ refused: unknown } | null>;
  onClose(): void;
}

/** A tester links the product version that fixes a reproduced problem, so that the fix can be verified. */
export function LinkFixDialog({ feedback, loading, onSubmit, onClose }: Props) {
  const { t } = useTranslation();
  const { form, formError, settle } = useDialogForm<FormValues>(placeOf, onClose);
  const versions = useVersionOptions(false);

  return (
    <FormDialog
      form={form}
      name="link-fix"
      title={t('testerAction.LINK_FIX')}
      intro={feedback.title}
      submitLabel={t('testerAction.LINK_FIX')}
      loading={loading}
      formError={formError}
      onFinish={(values) => void settle(onSubmit({ fixVersionId: values.fixVersionId, notes: values.notes?.trim() || undefined }))}
      onClose={onClose}
    >
      {versions.error && <LoadFailed title={t('versions.loadFailed')} error={versions.error} onRetry={versions.retry} />}
      <SelectField name="fixVersionId" label={t('feedback.fixVersion')} placeholder={t('versions.versionPlaceholder')} options={versions.options} loading={versions.loading} testId="link-fix-version" />
      <Form.Item name="notes" label={t('feedback.notes')}>
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
    </FormDialog>
  );
}
