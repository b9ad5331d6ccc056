import { Form, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { TICKET_PRIORITIES } from './ticket-meta';
import { TicketPriorityTag } from './TicketPriorityTag';

/** The priority, each option with the seed's definition beside it so that the choice is the same for everyone. */
export function PriorityField() {
  const { t } = useTranslation();
  return (
    <Form.Item name="priority" label={t('tickets.intake.priority')} rules={[{ required: true, message: t('validation.REQUIRED') }]}>
      <Radio.Group className="priority-field" data-testid="ticket-priority">
        {TICKET_PRIORITIES.map((priority) => (
          <Radio key={priority} value={priority} className="priority-field__option" data-testid={`ticket-priority-${priority}`}>
            <TicketPriorityTag priority={priority} />
            <span className="priority-field__definition">{t(`ticketPriorityDefinition.${priority}`)}</span>
          </Radio>
        ))}
      </Radio.Group>
    </Form.Item>
  );
}
