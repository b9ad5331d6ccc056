import { useMutation } from '@apollo/client/react';
import { Form, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { useChange } from '../../app/forms/change';
import { useDialogForm } from '../../app/forms/dialog-form';
import { FormDialog } from '../../app/forms/FormDialog';
import { SelectField } from '../../app/forms/SelectField';
import type { BusinessCalendarItemFragment, SlaPolicyItemFragment } from '../../gql/graphql';
import { placePolicyProblem, type PolicyFormValues, policyFormValues, policyInput } from './policy-form';
import { SAVE_SLA_POLICY } from './sla-admin.operations';
import { TargetsField } from './TargetsField';

interface Props {
  /** The policy to change; none: a new one, starting from `template` (the default policy). */
  policy: SlaPolicyItemFragment | null;
  template: SlaPolicyItemFragment | undefined;
  calendars: readonly BusinessCalendarItemFragment[];
  onClose(): void;
  onSettled(): void;
}

/** An SLA policy: its calendar, response and resolution targets per priority, and when to warn. Running clocks keep the targets they started with. */
export function PolicyDrawer({ policy, template, calendars, onClose, onSettled }: Props) {
  const { t } = useTranslation();
  const { form, formError, settle } = useDialogForm<PolicyFormValues>(placePolicyProblem, onClose);
  const change = useChange(onSettled, t('slaAdmin.conflict'));
  const [save, { loading }] = useMutation(SAVE_SLA_POLICY, { refetchQueries: ['SlaAdmin'] });

  const submit = (values: PolicyFormValues) => {
    const input = { ...policyInput(values), ...(policy ? { id: policy.id, expectedVersion: policy.version } : {}) };
    void settle(change(() => save({ variables: { input } }), t('slaAdmin.policySaved', { name: input.name })));
  };

  return (
    <FormDialog
      variant="drawer"
      size={640}
      form={form}
      name="sla-policy"
      title={policy ? t('slaAdmin.editPolicy', { name: policy.name }) : t('slaAdmin.newPolicy')}
      intro={t('slaAdmin.policyIntro')}
      submitLabel={t('slaAdmin.save')}
      loading={loading}
      formError={formError}
      initialValues={policyFormValues(policy, template)}
      onFinish={submit}
      onClose={onClose}
    >
      <Form.Item name="name" label={t('slaAdmin.policyName')} rules={[{ required: true, whitespace: true, message: t('validation.REQUIRED') }]}>
        <Input maxLength={100} />
      </Form.Item>
      <SelectField
        name="calendarId"
        label={t('slaAdmin.calendar')}
        placeholder={t('slaAdmin.calendarPlaceholder')}
        options={calendars.map((calendar) => ({ value: calendar.id, label: calendar.name }))}
        loading={false}
        testId="policy-calendar"
      />
      <Form.Item name="warnPercent" label={t('slaAdmin.warnAt')} extra={t('slaAdmin.warnAtHint')} rules={[{ required: true, message: t('validation.REQUIRED') }]}>
        <InputNumber min={1} max={99} precision={0} suffix="%" style={{ width: 160 }} data-testid="policy-warn" />
      </Form.Item>
      <TargetsField />
    </FormDialog>
  );
}
