import { useMutation } from '@apollo/client/react';
import { DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useChange } from '../../app/forms/change';
import { sameNames, useDialogForm } from '../../app/forms/dialog-form';
import { FormDialog } from '../../app/forms/FormDialog';
import type { CustomerProfileDetailFragment } from '../../gql/graphql';
import { SAVE_CUSTOMER_PRODUCT } from './customers.operations';
import { DAY_FORMAT, optionalText } from './customer-meta';

type Product = CustomerProfileDetailFragment['products'][number];

interface FormValues {
  product: string;
  version?: string;
  serialNumber?: string;
  purchasedOn?: Dayjs | null;
}

const placeOf = sameNames(['product', 'version', 'serialNumber', 'purchasedOn']);

interface Props {
  customerId: string;
  /** The product to change; none: a new one. */
  product: Product | null;
  onClose(): void;
  onSettled(): void;
}

/** A product and version the customer bought, with its serial number and purchase day. */
export function ProductDialog({ customerId, product, onClose, onSettled }: Props) {
  const { t } = useTranslation();
  const { form, formError, settle } = useDialogForm<FormValues>(placeOf, onClose);
  const change = useChange(onSettled);
  const [save, { loading }] = useMutation(SAVE_CUSTOMER_PRODUCT);

  const submit = (values: FormValues) => {
    const input = {
      customerId,
      id: product?.id,
      product: values.product.trim(),
      version: optionalText(values.version),
      serialNumber: optionalText(values.serialNumber),
      purchasedOn: values.purchasedOn?.format(DAY_FORMAT) ?? null,
    };
    void settle(change(() => save({ variables: { input } }), t('customers.productSaved')));
  };

  return (
    <FormDialog
      form={form}
      name="customer-product"
      title={product ? t('customers.editProduct') : t('customers.addProduct')}
      submitLabel={t('customers.save')}
      loading={loading}
      formError={formError}
      initialValues={
        product
          ? {
              product: product.product,
              version: product.version ?? undefined,
              serialNumber: product.serialNumber ?? undefined,
              purchasedOn: product.purchasedOn ? dayjs(product.purchasedOn) : null,
            }
          : undefined
      }
      onFinish={submit}
      onClose={onClose}
    >
      <Form.Item name="product" label={t('customers.product')} rules={[{ required: true, whitespace: true, message: t('validation.REQUIRED') }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="version" label={t('customers.version')}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="serialNumber" label={t('customers.serialNumber')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="purchasedOn" label={t('customers.purchasedOn')}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
    </FormDialog>
  );
}
