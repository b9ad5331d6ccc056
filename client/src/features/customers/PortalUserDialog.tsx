import { useMutation } from '@apollo/client/react';
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useChange } from '../../app/forms/change';
import { sameNames, useDialogForm } from '../../app/forms/dialog-form';
import { FormDialog } from '../../app/forms/FormDialog';
import { CREATE_PORTAL_USER } from './customers.operations';

interface FormValues {
  name: string;
  email: string;
  password: string;
}

const placeOf = sameNames(['name', 'email', 'password']);

/** The server's shortest password (customer.service MIN_PASSWORD). */
const MIN_PASSWORD = 10;

interface Props {
  customer: { id: string; name: string };
  onClose(): void;
}

/** A portal account (role CUSTOMER) for one of the customer's people: they file and follow their organisation's tickets. */
export function PortalUserDialog({ customer, onClose }: Props) {
  const { t } = useTranslation();
  const { form, formError, settle } = useDialogForm<FormValues>(placeOf, onClose);
  const change = useChange(() => undefined);
  const [create, { loading }] = useMutation(CREATE_PORTAL_USER);
  const required = { required: true, whitespace: true, message: t('validation.REQUIRED') };

  const submit = (values: FormValues) => {
    const input = { customerId: customer.id, name: values.name.trim(), email: values.email.trim(), password: values.password };
    void settle(change(() => create({ variables: { input } }), t('customers.portalUserCreated', { email: input.email })));
  };

  return (
    <FormDialog
      form={form}
      name="portal-user"
      title={t('customers.portalUserTitle', { name: customer.name })}
      intro={t('customers.portalUserIntro')}
      submitLabel={t('customers.portalUserCreate')}
      loading={loading}
      formError={formError}
      onFinish={submit}
      onClose={onClose}
    >
      <Form.Item name="name" label={t('customers.portalUserName')} rules={[required]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="email" label={t('customers.email')} rules={[required, { type: 'email', message: t('validation.INVALID_EMAIL') }]}>
        <Input maxLength={254} autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('customers.portalUserPassword')}
        extra={t('customers.portalUserPasswordHint', { count: MIN_PASSWORD })}
        rules={[required, { min: MIN_PASSWORD, message: t('validation.TOO_SHORT') }]}
      >
        <Input.Password maxLength={200} autoComplete="new-password" />
      </Form.Item>
    </FormDialog>
  );
}
