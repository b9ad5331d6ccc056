import { useMutation } from '@apollo/client/react';
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useChange } from '../../app/forms/change';
import { sameNames, useDialogForm } from '../../app/forms/dialog-form';
import { FormDialog } from '../../app/forms/FormDialog';
import type { CustomerProfileDetailFragment } from '../../gql/graphql';
import { SAVE_CONTACT } from './customers.operations';
import { optionalText } from './customer-meta';

type Contact = CustomerProfileDetailFragment['contacts'][number];

interface FormValues {
  name: string;
  title?: string;
  phone?: string;
  email?: string;
}

const placeOf = sameNames(['name', 'title', 'phone', 'email']);

interface Props {
  customerId: string;
  /** The contact to change; none: a new one. */
  contact: Contact | null;
  onClose(): void;
  onSettled(): void;
}

/** A contact person at the customer: name, job title or department, phone and e-mail. */
export function ContactDialog({ customerId, contact, onClose, onSettled }: Props) {
  const { t } = useTranslation();
  const { form, formError, settle } = useDialogForm<FormValues>(placeOf, onClose);
  const change = useChange(onSettled);
  const [save, { loading }] = useMutation(SAVE_CONTACT);

  const submit = (values: FormValues) => {
    const input = {
      customerId,
      id: contact?.id,
      name: values.name.trim(),
      title: optionalText(values.title),
      phone: optionalText(values.phone),
      email: optionalText(values.email),
    };
    void settle(change(() => save({ variables: { input } }), t('customers.contactSaved')));
  };

  return (
    <FormDialog
      form={form}
      name="contact"
      title={contact ? t('customers.editContact') : t('customers.addContact')}
      submitLabel={t('customers.save')}
      loading={loading}
      formError={formError}
      initialValues={contact ? { name: contact.name, title: contact.title ?? undefined, phone: contact.phone ?? undefined, email: contact.email ?? undefined } : undefined}
      onFinish={submit}
      onClose={onClose}
    >
      <Form.Item name="name" label={t('customers.contactName')} rules={[{ required: true, whitespace: true, message: t('validation.REQUIRED') }]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="title" label={t('customers.contactTitle')}>
        <Input maxLength={100} placeholder={t('customers.contactTitlePlaceholder')} />
      </Form.Item>
      <Form.Item name="phone" label={t('customers.phone')}>
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item name="email" label={t('customers.email')} rules={[{ type: 'email', message: t('validation.INVALID_EMAIL') }]}>
        <Input maxLength={254} />
      </Form.Item>
    </FormDialog>
  );
}
