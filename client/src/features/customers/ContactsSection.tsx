import { useMutation } from '@apollo/client/react';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerProfileDetailFragment } from '../../gql/graphql';
import { ContactDialog } from './ContactDialog';
import { REMOVE_CONTACT } from './customers.operations';
import { ProfileSection } from './ProfileSection';
import { RemoveRecordButton } from './RemoveRecordButton';

type Contact = CustomerProfileDetailFragment['contacts'][number];

interface Props {
  customerId: string;
  contacts: readonly Contact[];
  editable: boolean;
  onChanged(): void;
}

/** The customer's contact people, by name. */
export function ContactsSection({ customerId, contacts, editable, onChanged }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Contact | 'new' | null>(null);
  const [remove] = useMutation(REMOVE_CONTACT);
  const none = t('app.none');
  const columns: TableColumnsType<Contact> = [
    { key: 'name', title: t('customers.contactName'), render: (_, contact) => contact.name },
    { key: 'title', title: t('customers.contactTitle'), render: (_, contact) => contact.title ?? none },
    { key: 'phone', title: t('customers.phone'), render: (_, contact) => contact.phone ?? none },
    { key: 'email', title: t('customers.email'), render: (_, contact) => (contact.email ? <a href={`mailto:${contact.email}`}>{contact.email}</a> : none) },
  ];
  return (
    <>
      <ProfileSection<Contact>
        name="customer-contacts"
        title={t('customers.contacts')}
        rows={contacts}
        columns={columns}
        emptyText={t('customers.noContacts')}
        editable={editable}
        addLabel={t('customers.addContact')}
        onAdd={() => setEditing('new')}
        onEdit={setEditing}
        removeButton={(contact) => (
          <RemoveRecordButton
            confirm={t('customers.removeContactConfirm', { name: contact.name })}
            done={t('customers.removed')}
            testId={`customer-contacts-remove-${contact.id}`}
            remove={() => remove({ variables: { id: contact.id } })}
            onChanged={onChanged}
          />
        )}
      />
      {editing && <ContactDialog customerId={customerId} contact={editing === 'new' ? null : editing} onClose={() => setEditing(null)} onSettled={onChanged} />}
    </>
  );
}
