import { useMutation } from '@apollo/client/react';
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useChange } from '../../app/forms/change';
import { sameNames, useDialogForm } from '../../app/forms/dialog-form';
import { FormDialog } from '../../app/forms/FormDialog';
import type { TicketDetailFragment, TicketPriority } from '../../gql/graphql';
import { PriorityField } from './PriorityField';
import { CHANGE_TICKET_PRIORITY } from './tickets.operations';

interface Values {
  priority: TicketPriority;
  reason: string;
}

const placeOf = sameNames(['priority', 'reason']);

interface Props {
  ticket: Pick<TicketDetailFragment, 'id' | 'version' | 'priority'>;
  onClose(): void;
  onChanged(): void;
}

/**
 * A new priority (e.g. a customer's URGENT that turns out to be a question), chosen with the
 * seed's definitions, and why (kept as an internal note). The running clocks take the new
 * priority's targets from the same start.
 */
export function ChangePriorityDialog({ ticket, onClose, onChanged }: Props) {
  const { t } = useTranslation();
  const { form, formError, settle } = useDialogForm<Values>(placeOf, onClose);
  const change = useChange(onChanged, t('tickets.conflict'));
  const [changePriority, { loading }] = useMutation(CHANGE_TICKET_PRIORITY);

  const submit = (values: Values) =>
    void settle(
      change(
        () => changePriority({ variables: { input: { ticketId: ticket.id, expectedVersion: ticket.version, priority: values.priority, reason: values.reason.trim() } } }),
        t('tickets.priorityChanged', { priority: t(`ticketPriority.${values.priority}`) }),
      ),
    );

  return (
    <FormDialog
      size={640}
      form={form}
      name="change-ticket-priority"
      title={t('tickets.changePriority')}
      intro={t('tickets.changePriorityHint', { priority: t(`ticketPriority.${ticket.priority}`) })}
      submitLabel={t('tickets.changePriority')}
      loading={loading}
      formError={formError}
      initialValues={{ priority: ticket.priority }}
      onFinish={submit}
      onClose={onClose}
    >
      <PriorityField />
      <Form.Item name="reason" label={t('tickets.priorityReason')} rules={[{ required: true, whitespace: true, message: t('validation.REQUIRED') }]}>
        <Input.TextArea rows={3} maxLength={2000} showCount placeholder={t('tickets.priorityReasonPlaceholder')} />
      </Form.Item>
    </FormDialog>
  );
}
