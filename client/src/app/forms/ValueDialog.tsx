import type { ReactNode } from 'react';
import { useDialogForm } from './dialog-form';
import { FormDialog } from './FormDialog';

interface ValueDialogProps<Value> {
  /** The form's name and test ids; the input is `#${name}_${valueName}`. */
  name: string;
  title: ReactNode;
  intro?: ReactNode;
  /** The server's input field for the value: its VALIDATION problem is shown under the form's field. */
  field: string;
  /** The form's field that holds the value (the one Form.Item among the children). */
  valueName: string;
  submitLabel: string;
  danger?: boolean;
  loading: boolean;
  /** Sends the value (see useChange): resolves to the server's refusal, or null once settled. */
  onSubmit(value: Value): Promise<{ refused: unknown } | null>;
  onClose(): void;
  children: ReactNode;
}

/** A dialog that asks for one value (a text, a person) and sends it; the pattern of PromptDialog and the pickers built on it. */
export function ValueDialog<Value>({ name, title, intro, field, valueName, submitLabel, danger, loading, onSubmit, onClose, children }: ValueDialogProps<Value>) {
  const { form, formError, settle } = useDialogForm<Record<string, Value>>((problem) => (problem === field ? valueName : null), onClose);
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
      onFinish={(values) => void settle(onSubmit(values[valueName]))}
      onClose={onClose}
    >
      {children}
    </FormDialog>
  );
}
