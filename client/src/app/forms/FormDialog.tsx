import { Alert, Button, Drawer, Form, type FormProps, Modal, Space, Typography } from 'antd';
import type { FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './forms.css';

interface FormDialogProps<Values> {
  /** A drawer beside the page for long forms; a modal otherwise. Either is mounted open and unmounted to close. */
  variant?: 'modal' | 'drawer';
  /** The width, for forms with wide rows. */
  size?: number;
  form: FormInstance<Values>;
  /** The form's name: its inputs get the ids `${name}_${field}`; `${name}-form` and `${name}-submit` are its test ids. */
  name: string;
  title: ReactNode;
  intro?: ReactNode;
  submitLabel: string;
  danger?: boolean;
  loading: boolean;
  /** A refusal that belongs to no field, shown above the form. */
  formError: string | null;
  initialValues?: FormProps<Values>['initialValues'];
  onFinish(values: Values): void;
  onClose(): void;
  children: ReactNode;
}

/** A form in a modal or a drawer: an intro, the refusal that fits no field, the fields, cancel and submit. */
export function FormDialog<Values>({
  variant = 'modal',
  size,
  form,
  name,
  title,
  intro,
  submitLabel,
  danger = false,
  loading,
  formError,
  initialValues,
  onFinish,
  onClose,
  children,
}: FormDialogProps<Values>) {
  const { t } = useTranslation();
  const footer = (
    <Space className="form-dialog__footer">
      <Button onClick={onClose}>{t('app.cancel')}</Button>
      <Button type="primary" danger={danger} loading={loading} onClick={() => form.submit()} data-testid={`${name}-submit`}>
        {submitLabel}
      </Button>
    </Space>
  );
  const body = (
    <>
      {intro && <Typography.Paragraph type="secondary">{intro}</Typography.Paragraph>}
      {formError && <Alert type="error" showIcon title={formError} className="form-dialog__error" />}
      <Form form={form} name={name} layout="vertical" requiredMark="optional" initialValues={initialValues} onFinish={onFinish} data-testid={`${name}-form`}>
        {children}
      </Form>
    </>
  );
  return variant === 'drawer' ? (
    <Drawer title={title} open onClose={onClose} size={size} destroyOnHidden footer={footer}>
      {body}
    </Drawer>
  ) : (
    <Modal title={title} open onCancel={onClose} width={size} destroyOnHidden footer={footer}>
      {body}
    </Modal>
  );
}
