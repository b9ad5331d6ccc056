import { useMutation } from '@apollo/client/react';
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useConflictSave } from '../../app/conflict/useConflictSave';
import { sameNames, useDialogForm } from '../../app/forms/dialog-form';
import { FormDialog } from '../../app/forms/FormDialog';
import type { CustomerProfileDetailFragment } from '../../gql/graphql';
import { SAVE_CUSTOMER_EQUIPMENT } from './customers.operations';
import { optionalText } from './customer-meta';
import { useLoadProfile } from './useLoadProfile';

type Equipment = CustomerProfileDetailFragment['equipment'][number];

interface FormValues {
  name: string;
  model?: string;
  serialNumber?: string;
  location?: string;
}

const placeOf = sameNames(['name', 'model', 'serialNumber', 'location']);

/** A piece of equipment as it is sent and saved. */
const equipmentValues = (piece: Pick<Equipment, 'name' | 'model' | 'serialNumber' | 'location'>) => ({ name: piece.name, model: piece.model, serialNumber: piece.serialNumber, location: piece.location });

interface Props {
  customerId: string;
  /** The piece to change; none: a new one. */
  equipment: Equipment | null;
  onClose(): void;
  onSettled(): void;
}

/** A piece of equipment at the customer's site: name, model, serial number and where it stands; a change meeting someone else's newer one goes through the conflict dialog. */
export function EquipmentDialog({ customerId, equipment, onClose, onSettled }: Props) {
  const { t } = useTranslation();
  const { form, formError, settle } = useDialogForm<FormValues>(placeOf, onClose);
  const [save, { loading }] = useMutation(SAVE_CUSTOMER_EQUIPMENT);
  const loadProfile = useLoadProfile(customerId);
  const { submit, dialog } = useConflictSave({
    fields: [
      { key: 'name', label: t('customers.equipmentName') },
      { key: 'model', label: t('customers.model') },
      { key: 'serialNumber', label: t('customers.serialNumber') },
      { key: 'location', label: t('customers.location') },
    ],
    start: equipment ? { version: equipment.version, values: equipmentValues(equipment) } : null,
    save: (values, expectedVersion) => save({ variables: { input: { customerId, id: equipment?.id, expectedVersion, ...values } } }),
    loadCurrent: async () => {
      const current = (await loadProfile())?.equipment.find((candidate) => candidate.id === equipment?.id);
      return current ? { version: current.version, values: equipmentValues(current) } : null;
    },
    done: t('customers.equipmentSaved'),
    onSettled,
    onClose,
  });

  const toInput = (values: FormValues) => ({ name: values.name.trim(), model: optionalText(values.model), serialNumber: optionalText(values.serialNumber), location: optionalText(values.location) });

  return (
    <>
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
        onFinish={(values) => void settle(submit(toInput(values)))}
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
      {dialog}
    </>
  );
}
