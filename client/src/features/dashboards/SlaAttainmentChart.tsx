import type { EChartsCoreOption } from 'echarts/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceDeskDashboardQuery } from '../../gql/graphql';
import { BAR_MAX_WIDTH, percent, valueAxis } from './dashboard-meta';
import { EChart } from './EChart';

export type Attainment = ServiceDeskDashboardQuery['serviceDeskFigures']['slaAttainment'][number];

/** Response and resolution attainment per priority, in %; the numbers drawn are on the container too (`data-values`). */
export function SlaAttainmentChart({ rows, loading = false }: { rows: readonly Attainment[]; loading?: boolean }) {
  const { t } = useTranslation();
  const option = useMemo<EChartsCoreOption>(
    () => ({
      tooltip: { trigger: 'axis', valueFormatter: (value: unknown) => (typeof value === 'number' ? `${value}%` : '—') },
      legend: { top: 0 },
      grid: { left: 48, right: 16, top: 56, bottom: 32 },
      xAxis: { type: 'category', data: rows.map((row) => t(`ticketPriority.${row.priority}`)) },
      yAxis: valueAxis(t('dashboard.sla.axis'), { min: 0, max: 100, axisLabel: { formatter: '{value}%' } }),
      series: [
        { name: t('dashboard.sla.response'), type: 'bar', barMaxWidth: BAR_MAX_WIDTH, data: rows.map((row) => percent(row.responseRate)) },
        { name: t('dashboard.sla.resolution'), type: 'bar', barMaxWidth: BAR_MAX_WIDTH, data: rows.map((row) => percent(row.resolutionRate)) },
      ],
    }),
    [rows, t],
  );
  const values = rows.map((row) => `${row.priority}:${percent(row.responseRate) ?? '-'}/${percent(row.resolutionRate) ?? '-'}`).join(' ');
  return <EChart option={option} loading={loading} data-testid="sla-chart" data-values={values} role="img" aria-label={t('dashboard.sla.chartLabel')} />;
}
