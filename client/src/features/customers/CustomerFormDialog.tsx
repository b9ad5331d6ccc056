import { useMutation } from '@apollo/client/react';
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useChange } from '../../app/forms/change';
import { sameNames, useDialogForm } from '../../app/forms/dialog-form';
import { FormDialog } from '../../app/forms/FormDialog';
import type { CustomerRowFragment } from '../../gql/graphql';
import { CREATE_CUSTOMER, UPDATE_CUSTOMER } from './customers.operations';
import { optionalText } from './customer-meta';

interface FormValues {
  name: string;
  industry?: string;
  address?: string;
}

const placeOf = sameNames(['name', 'industry', 'address']);

interface Props {
  /** The organisation to change; none: a new customer, whose profile opens once created. */
  customer?: CustomerRowFragment;
  onClose(): void;
  onSettled(): void;
}

/** A customer organisation's name, industry and address: a new one, or a change to one. */
export function CustomerFormDialog({ customer, onClose, onSettled }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { form, formError, settle } = useDialogForm<FormValues>(placeOf, onClose);
  const change = useChange(onSettled);
  const [create, creating] = useMutation(CREATE_CUSTOMER, { refetchQueries: ['CustomerList'] });
  const [update, updating] = useMutation(UPDATE_CUSTOMER);

  const submit = (values: FormValues) => {
    const fields = { name: values.name.trim(), industry: optionalText(values.industry), address: optionalText(values.address) };
    if (customer) {
      void settle(change(() => update({ variables: { input: { id: customer.id, ...fields } } }), t('customers.updated')));
      return;
    }
    const add = async () => {
      const { data } = await create({ variables: { input: fields } });
      if (data) void navigate(`/customers/${data.createCustomer.id}`);
    };
    void settle(change(add, t('customers.created', { name: fields.name })));
  };

  return (
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
  );
}
