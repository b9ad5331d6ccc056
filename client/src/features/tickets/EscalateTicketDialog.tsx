import { useMutation } from '@apollo/client/react';
import { Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { useChange } from '../../app/forms/change';
import { sameNames, useDialogForm } from '../../app/forms/dialog-form';
import { FormDialog } from '../../app/forms/FormDialog';
import type { SupportTier, TicketDetailFragment } from '../../gql/graphql';
import { EngineerField } from './EngineerField';
import { ESCALATE_TICKET } from './tickets.operations';

interface Values {
  to: SupportTier;
  reason: string;
  assigneeId?: string;
}

const placeOf = sameNames(['to', 'reason', 'assigneeId']);

interface Props {
  ticket: Pick<TicketDetailFragment, 'id' | 'version' | 'tier' | 'viewerCan'>;
  onClose(): void;
  onChanged(): void;
}

/** Up a tier (first line → senior → R&D or the manager): to one of the tiers the server offers, why, and for a senior who takes it. */
export function EscalateTicketDialog({ ticket, onClose, onChanged }: Props) {
  const { t } = useTranslation();
  const { form, formError, settle } = useDialogForm<Values>(placeOf, onClose);
  const change = useChange(onChanged, t('tickets.conflict'));
  const [escalate, { loading }] = useMutation(ESCALATE_TICKET);
  const to: SupportTier | undefined = Form.useWatch('to', form);

  const submit = (values: Values) =>
    void settle(
      change(
        () =>
          escalate({
            variables: {
              input: { ticketId: ticket.id, expectedVersion: ticket.version, to: values.to, reason: values.reason.trim(), assigneeId: values.to === 'SENIOR' ? values.assigneeId : undefined },
            },
          }),
        t('tickets.escalated', { tier: t(`supportTier.${values.to}`) }),
      ),
    );

  return (
    <FormDialog
      form={form}
      name="escalate-ticket"
      title={t('tickets.escalate')}
      intro={t('tickets.escalateHint', { tier: t(`supportTier.${ticket.tier}`) })}
      submitLabel={t('tickets.escalate')}
      loading={loading}
      formError={formError}
      initialValues={{ to: ticket.viewerCan.escalateTo[0] }}
      onFinish={submit}
      onClose={onClose}
    >
      <Form.Item name="to" label={t('tickets.escalateTo')} rules={[{ required: true, message: t('validation.REQUIRED') }]}>
        <Radio.Group options={ticket.viewerCan.escalateTo.map((tier) => ({ value: tier, label: t(`supportTier.${tier}`) }))} />
      </Form.Item>
      {to && <div className="ticket-form__hint">{t(`tickets.escalateMeans.${to}`)}</div>}
      <Form.Item name="reason" label={t('tickets.escalateReason')} rules={[{ required: true, whitespace: true, message: t('validation.REQUIRED') }]}>
        <Input.TextArea rows={3} maxLength={2000} showCount placeholder={t('tickets.escalateReasonPlaceholder')} />
      </Form.Item>
      {to === 'SENIOR' && <EngineerField name="assigneeId" label={t('tickets.seniorEngineer')} extra={t('tickets.seniorEngineerHint')} seniorOnly optional testId="escalate-ticket-senior" />}
    </FormDialog>
  );
}
