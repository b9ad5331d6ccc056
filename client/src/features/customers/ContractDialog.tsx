import { useMutation, useQuery } from '@apollo/client/react';
import { DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useChange } from '../../app/forms/change';
import { sameNames, useDialogForm } from '../../app/forms/dialog-form';
import { FormDialog } from '../../app/forms/FormDialog';
import { SelectField } from '../../app/forms/SelectField';
import { LoadFailed } from '../../app/LoadFailed';
import type { CustomerProfileDetailFragment } from '../../gql/graphql';
import { CONTRACT_SLA_POLICIES, SAVE_CUSTOMER_CONTRACT } from './customers.operations';
import { DAY_FORMAT } from './customer-meta';

type Contract = CustomerProfileDetailFragment['contracts'][number];

interface FormValues {
  number: string;
  startsOn: Dayjs;
  serviceExpiresOn: Dayjs;
  slaPolicyId?: string | null;
}

const placeOf = sameNames(['number', 'startsOn', 'serviceExpiresOn', 'slaPolicyId']);

interface Props {
  customerId: string;
  /** The contract to change; none: a new one. */
  contract: Contract | null;
  onClose(): void;
  onSettled(): void;
}

/** A service contract: its number, the days of service, and the SLA policy its tickets get (none: the default policy). */
export function ContractDialog({ customerId, contract, onClose, onSettled }: Props) {
  const { t } = useTranslation();
  const { form, formError, settle } = useDialogForm<FormValues>(placeOf, onClose);
  const change = useChange(onSettled);
  const policies = useQuery(CONTRACT_SLA_POLICIES);
  const [save, { loading }] = useMutation(SAVE_CUSTOMER_CONTRACT);
  const required = { required: true, message: t('validation.REQUIRED') };

  const submit = (values: FormValues) => {
    const input = {
      customerId,
      id: contract?.id,
      number: values.number.trim(),
      startsOn: values.startsOn.format(DAY_FORMAT),
      serviceExpiresOn: values.serviceExpiresOn.format(DAY_FORMAT),
      slaPolicyId: values.slaPolicyId ?? null,
    };
    void settle(change(() => save({ variables: { input } }), t('customers.contractSaved')));
  };

  const policyOptions = policies.data?.slaPolicies.map((policy) => ({
    value: policy.id,
    label: policy.isDefault ? t('customers.defaultPolicyName', { name: policy.name }) : policy.name,
  }));

  return (
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
      onFinish={submit}
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
  );
}
