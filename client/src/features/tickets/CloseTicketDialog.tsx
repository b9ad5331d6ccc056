import { Checkbox, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { sameNames, useDialogForm } from '../../app/forms/dialog-form';
import { FormDialog } from '../../app/forms/FormDialog';

export interface CloseValues {
  cause: string;
  solution: string;
  steps?: string;
  lessons?: string;
  publishArticle: boolean;
}

const placeOf = sameNames(['cause', 'solution', 'steps', 'lessons', 'publishArticle']);

interface Props {
  /** The solution given at RESOLVE, offered again for the record. */
  solution: string | null;
  loading: boolean;
  /** Sends the write-up (see useChange): resolves to the server's refusal, or null once settled. */
  onSubmit(values: CloseValues): Promise<{ refused: unknown } | null>;
  onClose(): void;
}

/** Closing (结单): the write-up of cause, solution, steps and lessons, and whether to draft a knowledge article from it. */
export function CloseTicketDialog({ solution, loading, onSubmit, onClose }: Props) {
  const { t } = useTranslation();
  const { form, formError, settle } = useDialogForm<CloseValues>(placeOf, onClose);
  const required = [{ required: true, whitespace: true, message: t('validation.REQUIRED') }];
  return (
    <FormDialog
      variant="drawer"
      size={600}
      form={form}
      name="close-ticket"
      title={t('ticketAction.CLOSE')}
      intro={t('tickets.close.intro')}
      submitLabel={t('ticketAction.CLOSE')}
      loading={loading}
      formError={formError}
      initialValues={{ solution: solution ?? '', publishArticle: false }}
      onFinish={(values) => void settle(onSubmit(values))}
      onClose={onClose}
    >
      <Form.Item name="cause" label={t('tickets.close.cause')} rules={required}>
        <Input.TextArea rows={3} maxLength={8000} placeholder={t('tickets.close.causePlaceholder')} />
      </Form.Item>
      <Form.Item name="solution" label={t('tickets.close.solution')} rules={required}>
        <Input.TextArea rows={4} maxLength={8000} />
      </Form.Item>
      <Form.Item name="steps" label={t('tickets.close.steps')}>
        <Input.TextArea rows={3} maxLength={8000} placeholder={t('tickets.close.stepsPlaceholder')} />
      </Form.Item>
      <Form.Item name="lessons" label={t('tickets.close.lessons')}>
        <Input.TextArea rows={3} maxLength={8000} placeholder={t('tickets.close.lessonsPlaceholder')} />
      </Form.Item>
      <Form.Item name="publishArticle" valuePropName="checked" extra={t('tickets.close.publishHint')}>
        <Checkbox data-testid="close-ticket-publish">{t('tickets.close.publish')}</Checkbox>
      </Form.Item>
    </FormDialog>
  );
}
