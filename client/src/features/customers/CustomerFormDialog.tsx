import { useMutation } from '@apollo/client/react';
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useConflictSave } from '../../app/conflict/useConflictSave';
import { useChange } from '../../app/forms/change';
import { sameNames, useDialogForm } from '../../app/forms/dialog-form';
import { FormDialog } from '../../app/forms/FormDialog';
import type { CustomerRowFragment } from '../../gql/graphql';
import { CREATE_CUSTOMER, UPDATE_CUSTOMER } from './customers.operations';
import { optionalText } from './customer-meta';
import { useLoadProfile } from './useLoadProfile';

interface FormValues {
  name: string;
  industry?: string;
  address?: string;
}

const placeOf = sameNames(['name', 'industry', 'address']);

/** The organisation as it is sent and saved. */
const organisationValues = (customer: Pick<CustomerRowFragment, 'name' | 'industry' | 'address'>) => ({ name: customer.name, industry: customer.industry, address: customer.address });

interface Props {
  /** The organisation to change; none: a new customer, whose profile opens once created. */
  customer?: CustomerRowFragment;
  onClose(): void;
  onSettled(): void;
}

/** A customer organisation's name, industry and address: a new one, or a change to one (through the conflict dialog when someone else's came first). */
export function CustomerFormDialog({ customer, onClose, onSettled }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { form, formError, settle } = useDialogForm<FormValues>(placeOf, onClose);
  const change = useChange(onSettled);
  const [create, creating] = useMutation(CREATE_CUSTOMER, { refetchQueries: ['CustomerList'] });
  const [update, updating] = useMutation(UPDATE_CUSTOMER);
  const loadProfile = useLoadProfile(customer?.id ?? '');
  const { submit: submitChange, dialog } = useConflictSave({
    fields: [
      { key: 'name', label: t('customers.name') },
      { key: 'industry', label: t('customers.industry') },
      { key: 'address', label: t('customers.address') },
    ],
    start: customer ? { version: customer.version, values: organisationValues(customer) } : null,
    save: (values, expectedVersion) => update({ variables: { input: { id: customer?.id ?? '', expectedVersion: expectedVersion ?? 0, ...values } } }),
    loadCurrent: async () => {
      const current = await loadProfile();
      return current ? { version: current.version, values: organisationValues(current) } : null;
    },
    done: t('customers.updated'),
    onSettled,
    onClose,
  });

  const submit = (values: FormValues) => {
    const fields = { name: values.name.trim(), industry: optionalText(values.industry), address: optionalText(values.address) };
    if (customer) {
      void settle(submitChange(fields));
      return;
    }
    const add = async () => {
      const { data } = await create({ variables: { input: fields } });
      if (data) void navigate(`/customers/${data.createCustomer.id}`);
    };
    void settle(change(add, t('customers.created', { name: fields.name })));
  };

  return (
    <>
      <FormDialog
        form={form}
        name="customer"
        title={customer ? t('customers.editTitle', { name: customer.name }) : t('customers.newTitle')}
        submitLabel={customer ? t('customers.save') : t('customers.create')}
        loading={creating.loading || updating.loading}
        formError={formError}
        initialValues={customer ? { name: customer.name, industry: customer.industry ?? undefined, address: customer.address ?? undefined } : undefined}
        onFinish={submit}
        onClose={onClose}
      >
        <Form.Item name="name" label={t('customers.name')} rules={[{ required: true, whitespace: true, message: t('validation.REQUIRED') }]}>
          <Input maxLength={200} placeholder={t('customers.namePlaceholder')} />
        </Form.Item>
        <Form.Item name="industry" label={t('customers.industry')}>
          <Input maxLength={100} placeholder={t('customers.industryPlaceholder')} />
        </Form.Item>
        <Form.Item name="address" label={t('customers.address')}>
          <Input.TextArea rows={2} maxLength={500} placeholder={t('customers.addressPlaceholder')} />
        </Form.Item>
      </FormDialog>
      {dialog}
    </>
  );
}
