import { Card, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatDateTime } from '../../app/format';
import type { CustomerProfileDetailFragment } from '../../gql/graphql';
import { TicketPriorityTag } from '../tickets/TicketPriorityTag';
import { TicketStatusTag } from '../tickets/TicketStatusTag';

type Ticket = CustomerProfileDetailFragment['tickets'][number];

/** The customer's tickets the viewer may see, newest first; each opens its ticket page. */
export function CustomerTicketsSection({ tickets }: { tickets: readonly Ticket[] }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const columns: TableColumnsType<Ticket> = [
    {
      key: 'number',
      title: t('customers.ticketNumber'),
      width: 170,
      render: (_, ticket) => (
        <Link to={`/tickets/${ticket.id}`} data-testid={`customer-ticket-${ticket.id}`}>
          {ticket.number}
        </Link>
      ),
    },
    { key: 'title', title: t('customers.ticketTitle'), render: (_, ticket) => ticket.title },
    { key: 'priority', title: t('customers.priority'), width: 100, render: (_, ticket) => <TicketPriorityTag priority={ticket.priority} /> },
    { key: 'status', title: t('customers.ticketStatus'), width: 120, render: (_, ticket) => <TicketStatusTag status={ticket.status} testId={`customer-ticket-status-${ticket.id}`} /> },
    { key: 'assignee', title: t('customers.assignee'), width: 110, render: (_, ticket) => ticket.assignee?.name ?? t('app.none') },
    { key: 'createdAt', title: t('customers.createdAt'), width: 170, render: (_, ticket) => formatDateTime(ticket.createdAt) },
  ];
  return (
    <Card size="small" title={t('customers.tickets')} data-testid="customer-tickets">
      <Table rowKey="id" size="small" columns={columns} dataSource={[...tickets]} pagination={tickets.length > 20 ? { pageSize: 20 } : false} locale={{ emptyText: t('customers.noTickets') }} />
    </Card>
  );
}
