import { useMutation } from '@apollo/client/react';
import { DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useConflictSave } from '../../app/conflict/useConflictSave';
import { sameNames, useDialogForm } from '../../app/forms/dialog-form';
import { FormDialog } from '../../app/forms/FormDialog';
import type { CustomerProfileDetailFragment } from '../../gql/graphql';
import { SAVE_CUSTOMER_PRODUCT } from './customers.operations';
import { DAY_FORMAT, optionalText } from './customer-meta';
import { useLoadProfile } from './useLoadProfile';

type Product = CustomerProfileDetailFragment['products'][number];

interface FormValues {
  product: string;
  version?: string;
  serialNumber?: string;
  purchasedOn?: Dayjs | null;
}

const placeOf = sameNames(['product', 'version', 'serialNumber', 'purchasedOn']);

/** A product as it is sent and saved. */
const productValues = (product: Pick<Product, 'product' | 'version' | 'serialNumber' | 'purchasedOn'>) => ({
  product: product.product,
  version: product.version,
  serialNumber: product.serialNumber,
  purchasedOn: product.purchasedOn,
});

interface Props {
  customerId: string;
  /** The product to change; none: a new one. */
  product: Product | null;
  onClose(): void;
  onSettled(): void;
}

/** A product and version the customer bought, with its serial number and purchase day; a change meeting someone else's newer one goes through the conflict dialog. */
export function ProductDialog({ customerId, product, onClose, onSettled }: Props) {
  const { t } = useTranslation();
  const { form, formError, settle } = useDialogForm<FormValues>(placeOf, onClose);
  const [save, { loading }] = useMutation(SAVE_CUSTOMER_PRODUCT);
  const loadProfile = useLoadProfile(customerId);
  const { submit, dialog } = useConflictSave({
    fields: [
      { key: 'product', label: t('customers.product') },
      { key: 'version', label: t('customers.version') },
      { key: 'serialNumber', label: t('customers.serialNumber') },
      { key: 'purchasedOn', label: t('customers.purchasedOn') },
    ],
    start: product ? { version: product.recordVersion, values: productValues(product) } : null,
    save: (values, expectedVersion) => save({ variables: { input: { customerId, id: product?.id, expectedVersion, ...values } } }),
    loadCurrent: async () => {
      const current = (await loadProfile())?.products.find((candidate) => candidate.id === product?.id);
      return current ? { version: current.recordVersion, values: productValues(current) } : null;
    },
    done: t('customers.productSaved'),
    onSettled,
    onClose,
  });

  const toInput = (values: FormValues) => ({
    product: values.product.trim(),
    version: optionalText(values.version),
    serialNumber: optionalText(values.serialNumber),
    purchasedOn: values.purchasedOn?.format(DAY_FORMAT) ?? null,
  });

  return (
    <>
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
        onFinish={(values) => void settle(submit(toInput(values)))}
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
      {dialog}
    </>
  );
}
