import type { EChartsCoreOption } from 'echarts/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from './EChart';
import type { EngineerWorkload } from './WorkloadTable';

/** Each engineer's open tickets beside their projects (first and second pre-sales stacked); the numbers drawn are on the container too (`data-values`). */
export function WorkloadChart({ rows }: { rows: readonly EngineerWorkload[] }) {
  const { t } = useTranslation();
  const option = useMemo<EChartsCoreOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 40, right: 16, top: 40, bottom: 32 },
      xAxis: { type: 'category', data: rows.map((row) => row.engineerName) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: t('dashboard.workload.openTickets'), type: 'bar', data: rows.map((row) => row.openTickets) },
        { name: t('dashboard.workload.firstPresalesProjects'), type: 'bar', stack: 'projects', data: rows.map((row) => row.firstPresalesProjects) },
        { name: t('dashboard.workload.secondPresalesProjects'), type: 'bar', stack: 'projects', data: rows.map((row) => row.secondPresalesProjects) },
      ],
    }),
    [rows, t],
  );
  const values = rows.map((row) => `${row.engineerId}:${row.openTickets}/${row.firstPresalesProjects}/${row.secondPresalesProjects}`).join(' ');
  return <EChart option={option} data-testid="workload-chart" data-values={values} role="img" aria-label={t('dashboard.workload.chartLabel')} />;
}
