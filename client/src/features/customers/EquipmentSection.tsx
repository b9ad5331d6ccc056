import { useMutation } from '@apollo/client/react';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerProfileDetailFragment } from '../../gql/graphql';
import { REMOVE_CUSTOMER_EQUIPMENT } from './customers.operations';
import { EquipmentDialog } from './EquipmentDialog';
import { ProfileSection } from './ProfileSection';
import { RemoveRecordButton } from './RemoveRecordButton';

type Equipment = CustomerProfileDetailFragment['equipment'][number];

interface Props {
  customerId: string;
  equipment: readonly Equipment[];
  editable: boolean;
  onChanged(): void;
}

/** The equipment at the customer's site. */
export function EquipmentSection({ customerId, equipment, editable, onChanged }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Equipment | 'new' | null>(null);
  const [remove] = useMutation(REMOVE_CUSTOMER_EQUIPMENT);
  const none = t('app.none');
  const columns: TableColumnsType<Equipment> = [
    { key: 'name', title: t('customers.equipmentName'), render: (_, piece) => piece.name },
    { key: 'model', title: t('customers.model'), render: (_, piece) => piece.model ?? none },
    { key: 'serialNumber', title: t('customers.serialNumber'), render: (_, piece) => piece.serialNumber ?? none },
    { key: 'location', title: t('customers.location'), render: (_, piece) => piece.location ?? none },
  ];
  return (
    <>
      <ProfileSection<Equipment>
        name="customer-equipment"
        title={t('customers.equipment')}
        rows={equipment}
        columns={columns}
        emptyText={t('customers.noEquipment')}
        editable={editable}
        addLabel={t('customers.addEquipment')}
        onAdd={() => setEditing('new')}
        onEdit={setEditing}
        removeButton={(piece) => (
          <RemoveRecordButton
            confirm={t('customers.removeEquipmentConfirm', { name: piece.name })}
            done={t('customers.removed')}
            testId={`customer-equipment-remove-${piece.id}`}
            remove={() => remove({ variables: { id: piece.id } })}
            onChanged={onChanged}
          />
        )}
      />
      {editing && <EquipmentDialog customerId={customerId} equipment={editing === 'new' ? null : editing} onClose={() => setEditing(null)} onSettled={onChanged} />}
    </>
  );
}
