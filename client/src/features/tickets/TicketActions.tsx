import { FlagOutlined, RiseOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TicketDetailFragment } from '../../gql/graphql';
import { AssignTicketButtons } from './AssignTicketButtons';
import { ChangePriorityDialog } from './ChangePriorityDialog';
import { EscalateTicketDialog } from './EscalateTicketDialog';
import { TicketStepButtons } from './TicketStepButtons';

interface Props {
  ticket: TicketDetailFragment;
  onChanged(): void;
}

/** Everything the viewer may do with the ticket now, as the server says: its steps, taking or assigning it, its priority, escalating it. */
export function TicketActions({ ticket, onChanged }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'escalate' | 'priority' | null>(null);
  const close = () => setOpen(null);
  return (
    <Space wrap data-testid="ticket-actions">
      <TicketStepButtons ticket={ticket} onChanged={onChanged} />
      <AssignTicketButtons ticket={ticket} onChanged={onChanged} />
      {ticket.viewerCan.changePriority && (
        <Button icon={<FlagOutlined />} onClick={() => setOpen('priority')} data-testid="ticket-change-priority">
          {t('tickets.changePriority')}
        </Button>
      )}
      {ticket.viewerCan.escalateTo.length > 0 && (
        <Button icon={<RiseOutlined />} onClick={() => setOpen('escalate')} data-testid="ticket-escalate">
          {t('tickets.escalate')}
        </Button>
      )}
      {open === 'priority' && <ChangePriorityDialog ticket={ticket} onClose={close} onChanged={onChanged} />}
      {open === 'escalate' && <EscalateTicketDialog ticket={ticket} onClose={close} onChanged={onChanged} />}
    </Space>
  );
}
