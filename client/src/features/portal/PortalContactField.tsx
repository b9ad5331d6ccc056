import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../app/forms/SelectField';
import { MY_ORGANISATION } from '../tickets/tickets.operations';

/** Who at the customer the engineers should talk to: one of the organisation's contact people, if any. */
export function PortalContactField() {
  const { t } = useTranslation();
  const { data, loading } = useQuery(MY_ORGANISATION);
  const contacts = data?.myOrganisation?.contacts ?? [];
  if (!loading && contacts.length === 0) return null;
  return (
    <SelectField
      name="contactId"
      label={t('portal.contact')}
      extra={t('portal.contactHint')}
      placeholder={t('tickets.intake.contactPlaceholder')}
      options={contacts.map((contact) => ({ value: contact.id, label: contact.title ? `${contact.name} · ${contact.title}` : contact.name }))}
      loading={loading}
      optional
      testId="ticket-contact"
    />
  );
}
