import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFigureFormat } from './useFigureFormat';
import type { WorkOrderStateFigure } from './WorkOrdersByStateChart';

/** The chart's numbers as a table: per state, how many work orders, and how long they have been in it. */
export function WorkOrdersByStateTable({ states, loading }: { states: readonly WorkOrderStateFigure[]; loading: boolean }) {
  const { t } = useTranslation();
  const format = useFigureFormat();
  return (
    <Table<WorkOrderStateFigure>
      data-testid="rnd-state-table"
      size="small"
      pagination={false}
      loading={loading}
      rowKey="status"
      dataSource={[...states]}
      locale={{ emptyText: t('dashboard.empty') }}
      columns={[
        { key: 'status', title: t('dashboard.rnd.status'), render: (_, state) => t(`workOrderStatus.${state.status}`) },
        { key: 'count', title: t('dashboard.rnd.count'), dataIndex: 'count' },
        { key: 'averageAgeDays', title: t('dashboard.rnd.averageAgeDays'), render: (_, state) => format.decimal(state.averageAgeDays) },
        { key: 'oldestAgeDays', title: t('dashboard.rnd.oldestAgeDays'), render: (_, state) => format.decimal(state.oldestAgeDays) },
      ]}
    />
  );
}
