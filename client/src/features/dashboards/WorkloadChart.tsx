import type { EChartsCoreOption } from 'echarts/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { BAR_MAX_WIDTH, valueAxis } from './dashboard-meta';
import { EChart } from './EChart';
import type { EngineerWorkload } from './WorkloadTable';

/** Each engineer's open tickets beside their projects (first and second pre-sales stacked); the numbers drawn are on the container too (`data-values`). */
export function WorkloadChart({ rows, loading = false }: { rows: readonly EngineerWorkload[]; loading?: boolean }) {
  const { t } = useTranslation();
  const option = useMemo<EChartsCoreOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 40, right: 16, top: 56, bottom: 32 },
      xAxis: { type: 'category', data: rows.map((row) => row.engineerName) },
      yAxis: valueAxis(t('dashboard.workload.axis'), { minInterval: 1 }),
      series: [
        { name: t('dashboard.workload.openTickets'), type: 'bar', barMaxWidth: BAR_MAX_WIDTH, data: rows.map((row) => row.openTickets) },
        { name: t('dashboard.workload.firstPresalesProjects'), type: 'bar', stack: 'projects', barMaxWidth: BAR_MAX_WIDTH, data: rows.map((row) => row.firstPresalesProjects) },
        { name: t('dashboard.workload.secondPresalesProjects'), type: 'bar', stack: 'projects', barMaxWidth: BAR_MAX_WIDTH, data: rows.map((row) => row.secondPresalesProjects) },
      ],
    }),
    [rows, t],
  );
  const values = rows.map((row) => `${row.engineerId}:${row.openTickets}/${row.firstPresalesProjects}/${row.secondPresalesProjects}`).join(' ');
  return <EChart option={option} loading={loading} data-testid="workload-chart" data-values={values} role="img" aria-label={t('dashboard.workload.chartLabel')} />;
}
