import type { HTMLAttributes } from 'react';
import { Table, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatDateTime } from '../../app/format';
import type { ProjectTicketsQuery } from '../../gql/graphql';
import { SlaClocks } from './SlaClocks';
import { TicketPriorityTag } from './TicketPriorityTag';
import { TicketStatusTag } from './TicketStatusTag';

export type ProjectTicket = NonNullable<ProjectTicketsQuery['project']>['tickets'][number];

/** A project's tickets, newest first: each opens its ticket page, with its SLA clocks counting down live. */
export function ProjectTicketTable({ tickets, loading }: { tickets: readonly ProjectTicket[]; loading: boolean }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const columns: TableColumnsType<ProjectTicket> = [
    {
      key: 'ticket',
      title: t('tickets.ticket'),
      render: (_, ticket) => (
        <div>
          <Link to={`/tickets/${ticket.id}`} data-testid={`project-ticket-${ticket.id}`}>
            {ticket.number}
          </Link>
          <div className="ticket-table__title">{ticket.title}</div>
        </div>
      ),
    },
    { key: 'priority', title: t('tickets.priority'), width: 90, render: (_, ticket) => <TicketPriorityTag priority={ticket.priority} /> },
    { key: 'status', title: t('tickets.status'), width: 110, render: (_, ticket) => <TicketStatusTag status={ticket.status} testId={`project-ticket-status-${ticket.id}`} /> },
    {
      key: 'assignee',
      title: t('tickets.assignee'),
      width: 100,
      render: (_, ticket) => ticket.assignee?.name ?? <Typography.Text type="secondary">{t('tickets.unassigned')}</Typography.Text>,
    },
    { key: 'sla', title: t('tickets.sla'), width: 250, render: (_, ticket) => <SlaClocks clocks={ticket.slaClocks} ticketId={ticket.id} /> },
    { key: 'createdAt', title: t('tickets.filed'), width: 160, render: (_, ticket) => formatDateTime(ticket.createdAt) },
  ];
  return (
    <Table
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={[...tickets]}
      loading={loading}
      pagination={tickets.length > 20 ? { pageSize: 20 } : false}
      onRow={(ticket) => ({ 'data-testid': `project-ticket-row-${ticket.id}` }) as HTMLAttributes<HTMLTableRowElement>}
      locale={{ emptyText: t('tickets.projectEmpty') }}
    />
  );
}
