import { useQuery } from '@apollo/client/react';
import { Form, Select } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../app/forms/SelectField';
import { LoadFailed } from '../../app/LoadFailed';
import { TICKET_CHANNELS } from './ticket-meta';
import { CUSTOMER_CONTACTS, INTAKE_OPTIONS } from './tickets.operations';

/**
 * Who asks, for an engineer taking a request: the channel it came by, the customer, their
 * contact person (once the customer is chosen) and, for after-sales work, the customer's project.
 */
export function StaffIntakeFields() {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  // Until the watch catches up on mount, the form's own value (a customer chosen beforehand).
  const customerId: string | undefined = Form.useWatch('customerId', form) ?? form.getFieldValue('customerId');
  const options = useQuery(INTAKE_OPTIONS);
  const contacts = useQuery(CUSTOMER_CONTACTS, { variables: { id: customerId ?? '' }, skip: !customerId });
  // A contact and a project belong to one customer: both are cleared when the customer changes.
  const shownFor = useRef(customerId);
  useEffect(() => {
    if (shownFor.current === customerId) return;
    shownFor.current = customerId;
    form.setFieldsValue({ contactId: undefined, projectId: undefined });
  }, [customerId, form]);
  const projects = options.data?.projects.filter((project) => project.customer.id === customerId) ?? [];

  return (
    <>
      {options.error && <LoadFailed title={t('tickets.intake.optionsFailed')} error={options.error} onRetry={() => void options.refetch()} />}
      <div className="ticket-form__row">
        <Form.Item name="channel" label={t('tickets.intake.channel')} rules={[{ required: true, message: t('validation.REQUIRED') }]}>
          <Select options={TICKET_CHANNELS.map((channel) => ({ value: channel, label: t(`ticketChannel.${channel}`) }))} data-testid="ticket-channel" />
        </Form.Item>
        <div className="ticket-form__wide">
          <SelectField
            name="customerId"
            label={t('tickets.intake.customer')}
            placeholder={t('tickets.intake.customerPlaceholder')}
            options={options.data?.customers.map((customer) => ({ value: customer.id, label: customer.name }))}
            loading={options.loading}
            testId="ticket-customer"
          />
        </div>
      </div>
      <div className="ticket-form__row">
        <SelectField
          name="contactId"
          label={t('tickets.intake.contact')}
          placeholder={t(customerId ? 'tickets.intake.contactPlaceholder' : 'tickets.intake.customerFirst')}
          options={contacts.data?.customer?.contacts.map((contact) => ({ value: contact.id, label: contact.title ? `${contact.name} · ${contact.title}` : contact.name }))}
          loading={contacts.loading}
          optional
          testId="ticket-contact"
        />
        <SelectField
          name="projectId"
          label={t('tickets.intake.project')}
          extra={t('tickets.intake.projectHint')}
          placeholder={t(customerId ? 'tickets.intake.projectPlaceholder' : 'tickets.intake.customerFirst')}
          options={projects.map((project) => ({ value: project.id, label: project.name }))}
          loading={options.loading}
          optional
          testId="ticket-project"
        />
      </div>
    </>
  );
}
