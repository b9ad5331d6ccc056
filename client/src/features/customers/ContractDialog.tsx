import { useMutation, useQuery } from '@apollo/client/react';
import { DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useConflictSave } from '../../app/conflict/useConflictSave';
import { sameNames, useDialogForm } from '../../app/forms/dialog-form';
import { FormDialog } from '../../app/forms/FormDialog';
import { SelectField } from '../../app/forms/SelectField';
import { LoadFailed } from '../../app/LoadFailed';
import type { CustomerProfileDetailFragment } from '../../gql/graphql';
import { CONTRACT_SLA_POLICIES, SAVE_CUSTOMER_CONTRACT } from './customers.operations';
import { DAY_FORMAT } from './customer-meta';
import { useLoadProfile } from './useLoadProfile';

type Contract = CustomerProfileDetailFragment['contracts'][number];

interface FormValues {
  number: string;
  startsOn: Dayjs;
  serviceExpiresOn: Dayjs;
  slaPolicyId?: string | null;
}

const placeOf = sameNames(['number', 'startsOn', 'serviceExpiresOn', 'slaPolicyId']);

/** A contract as it is sent and saved. */
const contractValues = (contract: Pick<Contract, 'number' | 'startsOn' | 'serviceExpiresOn' | 'slaPolicy'>) => ({
  number: contract.number,
  startsOn: contract.startsOn,
  serviceExpiresOn: contract.serviceExpiresOn,
  slaPolicyId: contract.slaPolicy?.id ?? null,
});

interface Props {
  customerId: string;
  /** The contract to change; none: a new one. */
  contract: Contract | null;
  onClose(): void;
  onSettled(): void;
}

/** A service contract: its number, the days of service, and the SLA policy its tickets get (none: the default policy); a change meeting someone else's newer one goes through the conflict dialog. */
export function ContractDialog({ customerId, contract, onClose, onSettled }: Props) {
  const { t } = useTranslation();
  const { form, formError, settle } = useDialogForm<FormValues>(placeOf, onClose);
  const policies = useQuery(CONTRACT_SLA_POLICIES);
  const [save, { loading }] = useMutation(SAVE_CUSTOMER_CONTRACT);
  const loadProfile = useLoadProfile(customerId);
  const required = { required: true, message: t('validation.REQUIRED') };
  const policyName = (id: string) => policies.data?.slaPolicies.find((policy) => policy.id === id)?.name ?? id;
  const { submit, dialog } = useConflictSave({
    fields: [
      { key: 'number', label: t('customers.contractNumber') },
      { key: 'startsOn', label: t('customers.startsOn') },
      { key: 'serviceExpiresOn', label: t('customers.serviceExpiresOn') },
      { key: 'slaPolicyId', label: t('customers.slaPolicy'), show: policyName },
    ],
    start: contract ? { version: contract.version, values: contractValues(contract) } : null,
    save: (values, expectedVersion) => save({ variables: { input: { customerId, id: contract?.id, expectedVersion, ...values } } }),
    loadCurrent: async () => {
      const current = (await loadProfile())?.contracts.find((candidate) => candidate.id === contract?.id);
      return current ? { version: current.version, values: contractValues(current) } : null;
    },
    done: t('customers.contractSaved'),
    onSettled,
    onClose,
  });

  const toInput = (values: FormValues) => ({
    number: values.number.trim(),
    startsOn: values.startsOn.format(DAY_FORMAT),
    serviceExpiresOn: values.serviceExpiresOn.format(DAY_FORMAT),
    slaPolicyId: values.slaPolicyId ?? null,
  });

  const policyOptions = policies.data?.slaPolicies.map((policy) => ({
    value: policy.id,
    label: policy.isDefault ? t('customers.defaultPolicyName', { name: policy.name }) : policy.name,
  }));

  return (
    <>
      <FormDialog
        form={form}
        name="customer-contract"
        title={contract ? t('customers.editContract') : t('customers.addContract')}
        submitLabel={t('customers.save')}
        loading={loading}
        formError={formError}
        initialValues={
          contract
            ? { number: contract.number, startsOn: dayjs(contract.startsOn), serviceExpiresOn: dayjs(contract.serviceExpiresOn), slaPolicyId: contract.slaPolicy?.id ?? null }
            : undefined
        }
        onFinish={(values) => void settle(submit(toInput(values)))}
        onClose={onClose}
      >
        {policies.error && <LoadFailed title={t('customers.policiesFailed')} error={policies.error} onRetry={() => void policies.refetch()} />}
        <Form.Item name="number" label={t('customers.contractNumber')} rules={[{ ...required, whitespace: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <div className="customer-form__pair">
          <Form.Item name="startsOn" label={t('customers.startsOn')} rules={[required]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="serviceExpiresOn" label={t('customers.serviceExpiresOn')} rules={[required]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </div>
        <SelectField
          name="slaPolicyId"
          label={t('customers.slaPolicy')}
          extra={t('customers.slaPolicyHint')}
          placeholder={t('customers.defaultPolicy')}
          options={policyOptions}
          loading={policies.loading}
          optional
          testId="customer-contract-policy"
        />
      </FormDialog>
      {dialog}
    </>
  );
}
