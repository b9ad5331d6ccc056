import type { HTMLAttributes } from 'react';
import { Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TicketRowFragment } from '../../gql/graphql';
import { SlaClocks } from './SlaClocks';
import { SUPPORT_TIER_COLOR } from './ticket-meta';
import { TicketPriorityTag } from './TicketPriorityTag';
import { TicketStatusTag } from './TicketStatusTag';

interface Props {
  tickets: readonly TicketRowFragment[];
  loading: boolean;
  emptyText: string;
}

/** The engineers' queue in the server's order (SLA risk first): each ticket with its live clocks. */
export function TicketTable({ tickets, loading, emptyText }: Props) {
  const { t } = useTranslation();
  const columns: TableColumnsType<TicketRowFragment> = [
    {
      key: 'ticket',
      title: t('tickets.ticket'),
      render: (_, ticket) => (
        <div>
          <Link to={`/tickets/${ticket.id}`} data-testid={`ticket-link-${ticket.id}`}>
            {ticket.number}
          </Link>
          <div className="ticket-table__title">{ticket.title}</div>
          <Typography.Text type="secondary">
            {t(`ticketCategory.${ticket.category}`)} · {t(`ticketChannel.${ticket.channel}`)}
          </Typography.Text>
        </div>
      ),
    },
    { key: 'customer', title: t('tickets.customer'), width: 170, render: (_, ticket) => ticket.customer.name },
    { key: 'priority', title: t('tickets.priority'), width: 90, render: (_, ticket) => <TicketPriorityTag priority={ticket.priority} /> },
    { key: 'status', title: t('tickets.status'), width: 110, render: (_, ticket) => <TicketStatusTag status={ticket.status} testId={`ticket-status-${ticket.id}`} /> },
    { key: 'tier', title: t('tickets.tier'), width: 100, render: (_, ticket) => <Tag color={SUPPORT_TIER_COLOR[ticket.tier]}>{t(`supportTier.${ticket.tier}`)}</Tag> },
    {
      key: 'assignee',
      title: t('tickets.assignee'),
      width: 100,
      render: (_, ticket) => <span data-testid={`ticket-assignee-${ticket.id}`}>{ticket.assignee?.name ?? <Typography.Text type="secondary">{t('tickets.unassigned')}</Typography.Text>}</span>,
    },
    { key: 'sla', title: t('tickets.sla'), width: 250, render: (_, ticket) => <SlaClocks clocks={ticket.slaClocks} ticketId={ticket.id} /> },
  ];
  return (
    <Table
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={[...tickets]}
      loading={loading}
      pagination={false}
      onRow={(ticket) => ({ 'data-testid': `ticket-row-${ticket.id}` }) as HTMLAttributes<HTMLTableRowElement>}
      locale={{ emptyText }}
    />
  );
}
