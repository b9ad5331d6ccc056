import { useMutation } from '@apollo/client/react';
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useConflictSave } from '../../app/conflict/useConflictSave';
import { sameNames, useDialogForm } from '../../app/forms/dialog-form';
import { FormDialog } from '../../app/forms/FormDialog';
import type { CustomerProfileDetailFragment } from '../../gql/graphql';
import { SAVE_CONTACT } from './customers.operations';
import { optionalText } from './customer-meta';
import { useLoadProfile } from './useLoadProfile';

type Contact = CustomerProfileDetailFragment['contacts'][number];

interface FormValues {
  name: string;
  title?: string;
  phone?: string;
  email?: string;
}

const placeOf = sameNames(['name', 'title', 'phone', 'email']);

/** A contact as it is sent and saved. */
const contactValues = (contact: Pick<Contact, 'name' | 'title' | 'phone' | 'email'>) => ({ name: contact.name, title: contact.title, phone: contact.phone, email: contact.email });

interface Props {
  customerId: string;
  /** The contact to change; none: a new one. */
  contact: Contact | null;
  onClose(): void;
  onSettled(): void;
}

/** A contact person at the customer: name, job title or department, phone and e-mail; a change meeting someone else's newer one goes through the conflict dialog. */
export function ContactDialog({ customerId, contact, onClose, onSettled }: Props) {
  const { t } = useTranslation();
  const { form, formError, settle } = useDialogForm<FormValues>(placeOf, onClose);
  const [save, { loading }] = useMutation(SAVE_CONTACT);
  const loadProfile = useLoadProfile(customerId);
  const { submit, dialog } = useConflictSave({
    fields: [
      { key: 'name', label: t('customers.contactName') },
      { key: 'title', label: t('customers.contactTitle') },
      { key: 'phone', label: t('customers.phone') },
      { key: 'email', label: t('customers.email') },
    ],
    start: contact ? { version: contact.version, values: contactValues(contact) } : null,
    save: (values, expectedVersion) => save({ variables: { input: { customerId, id: contact?.id, expectedVersion, ...values } } }),
    loadCurrent: async () => {
      const current = (await loadProfile())?.contacts.find((candidate) => candidate.id === contact?.id);
      return current ? { version: current.version, values: contactValues(current) } : null;
    },
    done: t('customers.contactSaved'),
    onSettled,
    onClose,
  });

  const toInput = (values: FormValues) => ({ name: values.name.trim(), title: optionalText(values.title), phone: optionalText(values.phone), email: optionalText(values.email) });

  return (
    <>
      <FormDialog
        form={form}
        name="contact"
        title={contact ? t('customers.editContact') : t('customers.addContact')}
        submitLabel={t('customers.save')}
        loading={loading}
        formError={formError}
        initialValues={contact ? { name: contact.name, title: contact.title ?? undefined, phone: contact.phone ?? undefined, email: contact.email ?? undefined } : undefined}
        onFinish={(values) => void settle(submit(toInput(values)))}
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
      {dialog}
    </>
  );
}
