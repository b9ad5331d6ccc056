import { useMutation } from '@apollo/client/react';
import { type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerProfileDetailFragment } from '../../gql/graphql';
import { ContractDialog } from './ContractDialog';
import { REMOVE_CUSTOMER_CONTRACT } from './customers.operations';
import { ProfileSection } from './ProfileSection';
import { RemoveRecordButton } from './RemoveRecordButton';

type Contract = CustomerProfileDetailFragment['contracts'][number];

interface Props {
  customerId: string;
  contracts: readonly Contract[];
  editable: boolean;
  onChanged(): void;
}

/** Service contracts, latest expiry first: the days of service, whether in force today, and the SLA policy. */
export function ContractsSection({ customerId, contracts, editable, onChanged }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Contract | 'new' | null>(null);
  const [remove] = useMutation(REMOVE_CUSTOMER_CONTRACT);
  const columns: TableColumnsType<Contract> = [
    { key: 'number', title: t('customers.contractNumber'), render: (_, contract) => contract.number },
    { key: 'startsOn', title: t('customers.startsOn'), width: 130, render: (_, contract) => contract.startsOn },
    { key: 'serviceExpiresOn', title: t('customers.serviceExpiresOn'), width: 130, render: (_, contract) => contract.serviceExpiresOn },
    {
      key: 'active',
      title: t('customers.contractState'),
      width: 110,
      render: (_, contract) => (
        <Tag color={contract.active ? 'success' : 'default'} data-testid={`customer-contract-active-${contract.id}`} data-active={contract.active}>
          {contract.active ? t('customers.inForce') : t('customers.notInForce')}
        </Tag>
      ),
    },
    {
      key: 'slaPolicy',
      title: t('customers.slaPolicy'),
      render: (_, contract) => contract.slaPolicy?.name ?? <Typography.Text type="secondary">{t('customers.defaultPolicy')}</Typography.Text>,
    },
  ];
  return (
    <>
      <ProfileSection<Contract>
        name="customer-contracts"
        title={t('customers.contracts')}
        rows={contracts}
        columns={columns}
        emptyText={t('customers.noContracts')}
        editable={editable}
        addLabel={t('customers.addContract')}
        onAdd={() => setEditing('new')}
        onEdit={setEditing}
        removeButton={(contract) => (
          <RemoveRecordButton
            confirm={t('customers.removeContractConfirm', { name: contract.number })}
            done={t('customers.removed')}
            testId={`customer-contracts-remove-${contract.id}`}
            remove={() => remove({ variables: { id: contract.id } })}
            onChanged={onChanged}
          />
        )}
      />
      {editing && <ContractDialog customerId={customerId} contract={editing === 'new' ? null : editing} onClose={() => setEditing(null)} onSettled={onChanged} />}
    </>
  );
}
