import { Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatDateTime } from '../../app/format';
import type { WorkOrderRowFragment } from '../../gql/graphql';
import { WORK_ORDER_STATUS_COLOR } from './work-order-meta';
import { WorkOrderActions } from './WorkOrderActions';

interface Props {
  orders: readonly WorkOrderRowFragment[];
  /** The R&D queue names each order's project; the project's own tab does not need to. */
  showProject: boolean;
  loading?: boolean;
  emptyText: string;
  onChanged(): void;
}

/** Fault work orders: title (to the order's page), state, submitter, R&D lead, and what the viewer may do with each now. */
export function WorkOrderTable({ orders, showProject, loading = false, emptyText, onChanged }: Props) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const columns: TableColumnsType<WorkOrderRowFragment> = [
    {
      key: 'title',
      title: t('workOrders.title'),
      render: (_, order) => (
        <Link to={`/work-orders/${order.id}`} data-testid={`work-order-link-${order.id}`}>
          {order.title}
        </Link>
      ),
    },
    ...(showProject ? [{ key: 'project', title: t('workOrders.project'), width: 180, render: (_: unknown, order: WorkOrderRowFragment) => order.projectName }] : []),
    {
      key: 'status',
      title: t('workOrders.status'),
      width: 130,
      render: (_, order) => (
        <Tag color={WORK_ORDER_STATUS_COLOR[order.status]} data-testid={`work-order-status-${order.id}`} data-status={order.status}>
          {t(`workOrderStatus.${order.status}`)}
        </Tag>
      ),
    },
    {
      key: 'submittedBy',
      title: t('workOrders.submittedBy'),
      width: 170,
      render: (_, order) => (
        <div>
          <div>{order.submittedBy.name}</div>
          <Typography.Text type="secondary">{formatDateTime(order.createdAt)}</Typography.Text>
        </div>
      ),
    },
    { key: 'lead', title: t('workOrders.lead'), width: 100, render: (_, order) => <span data-testid={`work-order-lead-${order.id}`}>{order.lead?.name ?? t('app.none')}</span> },
    { key: 'actions', title: t('workOrders.actions'), width: 230, render: (_, order) => <WorkOrderActions order={order} onChanged={onChanged} /> },
  ];
  return (
    <Table
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={[...orders]}
      loading={loading}
      pagination={false}
      locale={{ emptyText }}
    />
  );
}
