import type { EChartsCoreOption } from 'echarts/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceDeskDashboardQuery } from '../../gql/graphql';
import { percent } from './dashboard-meta';
import { EChart } from './EChart';

export type Attainment = ServiceDeskDashboardQuery['serviceDeskFigures']['slaAttainment'][number];

/** Response and resolution attainment per priority, in %; the numbers drawn are on the container too (`data-values`). */
export function SlaAttainmentChart({ rows }: { rows: readonly Attainment[] }) {
  const { t } = useTranslation();
  const option = useMemo<EChartsCoreOption>(
    () => ({
      tooltip: { trigger: 'axis', valueFormatter: (value: unknown) => (typeof value === 'number' ? `${value}%` : '—') },
      legend: { top: 0 },
      grid: { left: 48, right: 16, top: 40, bottom: 32 },
      xAxis: { type: 'category', data: rows.map((row) => t(`ticketPriority.${row.priority}`)) },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      series: [
        { name: t('dashboard.sla.response'), type: 'bar', data: rows.map((row) => percent(row.responseRate)) },
        { name: t('dashboard.sla.resolution'), type: 'bar', data: rows.map((row) => percent(row.resolutionRate)) },
      ],
    }),
    [rows, t],
  );
  const values = rows.map((row) => `${row.priority}:${percent(row.responseRate) ?? '-'}/${percent(row.resolutionRate) ?? '-'}`).join(' ');
  return <EChart option={option} data-testid="sla-chart" data-values={values} role="img" aria-label={t('dashboard.sla.chartLabel')} />;
}
