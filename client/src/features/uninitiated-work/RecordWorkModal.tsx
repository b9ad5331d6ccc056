import { useMutation, useQuery } from '@apollo/client/react';
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useChange } from '../../app/forms/change';
import { sameNames, useDialogForm } from '../../app/forms/dialog-form';
import { FormDialog } from '../../app/forms/FormDialog';
import { SelectField } from '../../app/forms/SelectField';
import { LoadFailed } from '../../app/LoadFailed';
import { INITIATION_OPTIONS } from '../projects/project.operations';
import { RECORD_UNINITIATED_WORK } from './uninitiated-work.operations';

interface FormValues {
  customerId: string;
  projectName: string;
  salesId: string;
  description: string;
}

const placeOf = sameNames(['customerId', 'projectName', 'salesId', 'description']);

/** A pre-sales records support on a project nobody has initiated yet; the sales named is asked to initiate it (第十一条). */
export function RecordWorkModal({ onClose, onRecorded }: { onClose(): void; onRecorded(): void }) {
  const { t } = useTranslation();
  const { form, formError, settle } = useDialogForm<FormValues>(placeOf, onClose);
  const change = useChange(onRecorded);
  const options = useQuery(INITIATION_OPTIONS);
  const [record, { loading }] = useMutation(RECORD_UNINITIATED_WORK);
  const text = [{ required: true, whitespace: true, message: t('validation.REQUIRED') }];

  const submit = (values: FormValues) =>
    void settle(
      change(
        () => record({ variables: { input: { ...values, projectName: values.projectName.trim(), description: values.description.trim() } } }),
        t('uninitiated.recorded', { name: values.projectName.trim() }),
      ),
    );

  return (
    <FormDialog
      form={form}
      name="record-uninitiated"
      title={t('uninitiated.recordTitle')}
      intro={t('uninitiated.recordIntro')}
      submitLabel={t('uninitiated.recordSubmit')}
      loading={loading}
      formError={formError}
      onFinish={submit}
      onClose={onClose}
    >
      {options.error && <LoadFailed title={t('initiate.optionsFailed')} error={options.error} onRetry={() => void options.refetch()} />}
      <SelectField
        name="customerId"
        label={t('uninitiated.customer')}
        placeholder={t('initiate.customerPlaceholder')}
        options={options.data?.customers.map((customer) => ({ value: customer.id, label: customer.name }))}
        loading={options.loading}
      />
      <Form.Item name="projectName" label={t('uninitiated.projectName')} rules={text}>
        <Input maxLength={200} placeholder={t('uninitiated.projectNamePlaceholder')} />
      </Form.Item>
      <SelectField
        name="salesId"
        label={t('uninitiated.sales')}
        extra={t('uninitiated.salesHint')}
        placeholder={t('initiate.personPlaceholder')}
        options={options.data?.salesPeople.map((user) => ({ value: user.id, label: user.name }))}
        loading={options.loading}
      />
      <Form.Item name="description" label={t('uninitiated.description')} rules={text}>
        <Input.TextArea rows={4} maxLength={4000} showCount placeholder={t('uninitiated.descriptionPlaceholder')} />
      </Form.Item>
    </FormDialog>
  );
}
