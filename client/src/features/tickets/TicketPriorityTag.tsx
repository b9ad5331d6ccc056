import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TicketPriority } from '../../gql/graphql';
import { TICKET_PRIORITY_COLOR } from './ticket-meta';

/** A ticket's priority, with the seed's definition of it on hover. */
export function TicketPriorityTag({ priority }: { priority: TicketPriority }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={t(`ticketPriorityDefinition.${priority}`)}>
      <Tag color={TICKET_PRIORITY_COLOR[priority]} data-priority={priority}>
        {t(`ticketPriority.${priority}`)}
      </Tag>
    </Tooltip>
  );
}
