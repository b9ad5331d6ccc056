import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { TicketPriorityTag } from '../tickets/TicketPriorityTag';
import type { Attainment } from './SlaAttainmentChart';
import { useFigureFormat } from './useFigureFormat';

/** The chart's numbers as a table: one row per priority, met, breached and the rate of each clock. */
export function SlaAttainmentTable({ rows, loading }: { rows: readonly Attainment[]; loading: boolean }) {
  const { t } = useTranslation();
  const format = useFigureFormat();
  const cell = (row: Attainment, name: string, value: string | number) => <span data-testid={`sla-${row.priority}-${name}`}>{value}</span>;
  return (
    <Table<Attainment>
      data-testid="sla-table"
      size="small"
      pagination={false}
      loading={loading}
      rowKey="priority"
      dataSource={[...rows]}
      columns={[
        { key: 'priority', title: t('dashboard.sla.priority'), render: (_, row) => <TicketPriorityTag priority={row.priority} /> },
        { key: 'tickets', title: t('dashboard.sla.tickets'), render: (_, row) => cell(row, 'tickets', row.tickets) },
        { key: 'responseMet', title: t('dashboard.sla.responseMet'), render: (_, row) => cell(row, 'response-met', row.responseMet) },
        { key: 'responseBreached', title: t('dashboard.sla.responseBreached'), render: (_, row) => cell(row, 'response-breached', row.responseBreached) },
        { key: 'responseRate', title: t('dashboard.sla.responseRate'), render: (_, row) => cell(row, 'response-rate', format.rate(row.responseRate)) },
        { key: 'resolutionMet', title: t('dashboard.sla.resolutionMet'), render: (_, row) => cell(row, 'resolution-met', row.resolutionMet) },
        { key: 'resolutionBreached', title: t('dashboard.sla.resolutionBreached'), render: (_, row) => cell(row, 'resolution-breached', row.resolutionBreached) },
        { key: 'resolutionRate', title: t('dashboard.sla.resolutionRate'), render: (_, row) => cell(row, 'resolution-rate', format.rate(row.resolutionRate)) },
      ]}
    />
  );
}
