import { Form, Input } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from './FormDialog';
import { useDialogForm } from './dialog-form';

interface Values {
  text: string;
}

interface PromptDialogProps {
  /** The form's name and test ids; the input is `#${name}_text`. */
  name: string;
  title: ReactNode;
  intro?: ReactNode;
  label: string;
  placeholder?: string;
  /** The server's input field for the text: its VALIDATION problem is shown under it. */
  field: string;
  /** A line (a name) rather than a paragraph (a reason, a result). */
  short?: boolean;
  submitLabel: string;
  danger?: boolean;
  loading: boolean;
  /** Sends the trimmed text (see useChange): resolves to the server's refusal, or null once settled. */
  onSubmit(text: string): Promise<{ refused: unknown } | null>;
  onClose(): void;
}

/** Asks for one required text: a rejection's reason, a task's result, who signed. */
export function PromptDialog({ name, title, intro, label, placeholder, field, short = false, submitLabel, danger, loading, onSubmit, onClose }: PromptDialogProps) {
  const { t } = useTranslation();
  const { form, formError, settle } = useDialogForm<Values>((problem) => (problem === field ? 'text' : null), onClose);

  return (
    <FormDialog
      form={form}
      name={name}
      title={title}
      intro={intro}
      submitLabel={submitLabel}
      danger={danger}
      loading={loading}
      formError={formError}
      onFinish={({ text }) => void settle(onSubmit(text.trim()))}
      onClose={onClose}
    >
      <Form.Item name="text" label={label} rules={[{ required: true, whitespace: true, message: t('validation.REQUIRED') }]}>
        {short ? <Input maxLength={200} placeholder={placeholder} /> : <Input.TextArea rows={4} maxLength={2000} showCount placeholder={placeholder} />}
      </Form.Item>
    </FormDialog>
  );
}
