import { useMutation } from '@apollo/client/react';
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useChange } from '../../app/forms/change';
import { sameNames, useDialogForm } from '../../app/forms/dialog-form';
import { FormDialog } from '../../app/forms/FormDialog';
import type { CustomerProfileDetailFragment } from '../../gql/graphql';
import { SAVE_CUSTOMER_EQUIPMENT } from './customers.operations';
import { optionalText } from './customer-meta';

type Equipment = CustomerProfileDetailFragment['equipment'][number];

interface FormValues {
  name: string;
  model?: string;
  serialNumber?: string;
  location?: string;
}

const placeOf = sameNames(['name', 'model', 'serialNumber', 'location']);

interface Props {
  customerId: string;
  /** The piece to change; none: a new one. */
  equipment: Equipment | null;
  onClose(): void;
  onSettled(): void;
}

/** A piece of equipment at the customer's site: name, model, serial number and where it stands. */
export function EquipmentDialog({ customerId, equipment, onClose, onSettled }: Props) {
  const { t } = useTranslation();
  const { form, formError, settle } = useDialogForm<FormValues>(placeOf, onClose);
  const change = useChange(onSettled);
  const [save, { loading }] = useMutation(SAVE_CUSTOMER_EQUIPMENT);

  const submit = (values: FormValues) => {
    const input = {
      customerId,
      id: equipment?.id,
      name: values.name.trim(),
      model: optionalText(values.model),
      serialNumber: optionalText(values.serialNumber),
      location: optionalText(values.location),
    };
    void settle(change(() => save({ variables: { input } }), t('customers.equipmentSaved')));
  };

  return (
    <FormDialog
      form={form}
      name="customer-equipment"
      title={equipment ? t('customers.editEquipment') : t('customers.addEquipment')}
      submitLabel={t('customers.save')}
      loading={loading}
      formError={formError}
      initialValues={
        equipment
          ? { name: equipment.name, model: equipment.model ?? undefined, serialNumber: equipment.serialNumber ?? undefined, location: equipment.location ?? undefined }
          : undefined
      }
      onFinish={submit}
      onClose={onClose}
    >
      <Form.Item name="name" label={t('customers.equipmentName')} rules={[{ required: true, whitespace: true, message: t('validation.REQUIRED') }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="model" label={t('customers.model')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="serialNumber" label={t('customers.serialNumber')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="location" label={t('customers.location')}>
        <Input maxLength={200} placeholder={t('customers.locationPlaceholder')} />
      </Form.Item>
    </FormDialog>
  );
}
