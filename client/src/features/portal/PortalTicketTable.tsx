import type { HTMLAttributes } from 'react';
import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatDateTime } from '../../app/format';
import type { TicketRowFragment } from '../../gql/graphql';
import { TicketPriorityTag } from '../tickets/TicketPriorityTag';
import { TicketStatusTag } from '../tickets/TicketStatusTag';

interface Props {
  tickets: readonly TicketRowFragment[];
  loading: boolean;
  emptyText: string;
}

/** The organisation's tickets as the customer follows them: number and title, status, priority, when filed, and the engineer on it. */
export function PortalTicketTable({ tickets, loading, emptyText }: Props) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const columns: TableColumnsType<TicketRowFragment> = [
    {
      key: 'ticket',
      title: t('tickets.ticket'),
      render: (_, ticket) => (
        <div>
          <Link to={`/portal/tickets/${ticket.id}`} data-testid={`portal-ticket-link-${ticket.id}`}>
            {ticket.number}
          </Link>
          <div className="portal-table__title">{ticket.title}</div>
        </div>
      ),
    },
    { key: 'status', title: t('tickets.status'), width: 120, render: (_, ticket) => <TicketStatusTag status={ticket.status} testId={`portal-ticket-status-${ticket.id}`} /> },
    { key: 'priority', title: t('tickets.priority'), width: 90, render: (_, ticket) => <TicketPriorityTag priority={ticket.priority} /> },
    { key: 'filed', title: t('tickets.filed'), width: 170, render: (_, ticket) => formatDateTime(ticket.createdAt) },
    { key: 'engineer', title: t('portal.engineer'), width: 120, render: (_, ticket) => ticket.assignee?.name ?? t('portal.notYetAssigned') },
  ];
  return (
    <Table
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={[...tickets]}
      loading={loading}
      pagination={false}
      onRow={(ticket) => ({ 'data-testid': `portal-ticket-row-${ticket.id}` }) as HTMLAttributes<HTMLTableRowElement>}
      locale={{ emptyText }}
    />
  );
}
