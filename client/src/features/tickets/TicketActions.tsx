import { RiseOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TicketDetailFragment } from '../../gql/graphql';
import { AssignTicketButtons } from './AssignTicketButtons';
import { EscalateTicketDialog } from './EscalateTicketDialog';
import { TicketStepButtons } from './TicketStepButtons';

interface Props {
  ticket: TicketDetailFragment;
  onChanged(): void;
}

/** Everything the viewer may do with the ticket now, as the server says: its steps, taking or assigning it, escalating it. */
export function TicketActions({ ticket, onChanged }: Props) {
  const { t } = useTranslation();
  const [escalating, setEscalating] = useState(false);
  return (
    <Space wrap data-testid="ticket-actions">
      <TicketStepButtons ticket={ticket} onChanged={onChanged} />
      <AssignTicketButtons ticket={ticket} onChanged={onChanged} />
      {ticket.viewerCan.escalateTo.length > 0 && (
        <Button icon={<RiseOutlined />} onClick={() => setEscalating(true)} data-testid="ticket-escalate">
          {t('tickets.escalate')}
        </Button>
      )}
      {escalating && <EscalateTicketDialog ticket={ticket} onClose={() => setEscalating(false)} onChanged={onChanged} />}
    </Space>
  );
}
