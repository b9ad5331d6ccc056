import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TicketStatus } from '../../gql/graphql';
import { TICKET_STATUS_COLOR } from './ticket-meta';

/** Where a ticket stands; `data-status` carries the state for tests. */
export function TicketStatusTag({ status, testId }: { status: TicketStatus; testId: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={TICKET_STATUS_COLOR[status]} data-testid={testId} data-status={status}>
      {t(`ticketStatus.${status}`)}
    </Tag>
  );
}
