import { Form, Input } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ValueDialog } from './ValueDialog';

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
  /** The text may be left empty (a note): then the empty string is sent. */
  optional?: boolean;
  submitLabel: string;
  danger?: boolean;
  loading: boolean;
  /** Sends the trimmed text (see useChange): resolves to the server's refusal, or null once settled. */
  onSubmit(text: string): Promise<{ refused: unknown } | null>;
  onClose(): void;
}

/** Asks for one text, required unless `optional`: a rejection's reason, a task's result, who signed. */
export function PromptDialog({ label, placeholder, short = false, optional = false, onSubmit, ...dialog }: PromptDialogProps) {
  const { t } = useTranslation();
  return (
    // An optional text left alone is undefined.
    <ValueDialog<string | undefined> {...dialog} valueName="text" onSubmit={(text) => onSubmit((text ?? '').trim())}>
      <Form.Item name="text" label={label} rules={optional ? [] : [{ required: true, whitespace: true, message: t('validation.REQUIRED') }]}>
        {short ? <Input maxLength={200} placeholder={placeholder} /> : <Input.TextArea rows={4} maxLength={2000} showCount placeholder={placeholder} />}
      </Form.Item>
    </ValueDialog>
  );
}
