import { useMutation } from '@apollo/client/react';
import { Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { useChange } from '../../app/forms/change';
import { sameNames, useDialogForm } from '../../app/forms/dialog-form';
import { FormDialog } from '../../app/forms/FormDialog';
import { RECORD_ISSUE_ATTEMPT } from './remaining-issues.operations';

interface FormValues {
  whatWasTried: string;
  result: string;
  succeeded: boolean;
}

const placeOf = sameNames(['whatWasTried', 'result', 'succeeded']);

interface Props {
  issue: { id: string; description: string };
  onClose(): void;
  onRecorded(): void;
}

/** A pre-sales records what they tried on a remaining issue and how it ended; failed attempts are what the fault gate counts. */
export function RecordAttemptDialog({ issue, onClose, onRecorded }: Props) {
  const { t } = useTranslation();
  const { form, formError, settle } = useDialogForm<FormValues>(placeOf, onClose);
  const change = useChange(onRecorded);
  const [record, { loading }] = useMutation(RECORD_ISSUE_ATTEMPT);
  const text = [{ required: true, whitespace: true, message: t('validation.REQUIRED') }];

  const submit = (values: FormValues) =>
    void settle(
      change(
        () => record({ variables: { input: { issueId: issue.id, whatWasTried: values.whatWasTried.trim(), result: values.result.trim(), succeeded: values.succeeded } } }),
        t('remainingIssues.attemptRecorded'),
      ),
    );

  return (
    <FormDialog
      form={form}
      name="record-attempt"
      title={t('remainingIssues.recordAttempt')}
      intro={issue.description}
      submitLabel={t('remainingIssues.recordSubmit')}
      loading={loading}
      formError={formError}
      initialValues={{ succeeded: false }}
      onFinish={submit}
      onClose={onClose}
    >
      <Form.Item name="whatWasTried" label={t('remainingIssues.whatWasTried')} rules={text}>
        <Input.TextArea rows={3} maxLength={2000} showCount placeholder={t('remainingIssues.whatWasTriedPlaceholder')} />
      </Form.Item>
      <Form.Item name="result" label={t('remainingIssues.result')} rules={text}>
        <Input.TextArea rows={3} maxLength={2000} showCount placeholder={t('remainingIssues.resultPlaceholder')} />
      </Form.Item>
      <Form.Item name="succeeded" label={t('remainingIssues.outcome')} rules={[{ required: true, message: t('validation.REQUIRED') }]}>
        <Radio.Group
          options={[
            { value: false, label: t('remainingIssues.failed') },
            { value: true, label: t('remainingIssues.succeeded') },
          ]}
        />
      </Form.Item>
    </FormDialog>
  );
}
