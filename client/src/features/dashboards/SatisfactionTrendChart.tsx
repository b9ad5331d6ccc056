import type { EChartsCoreOption } from 'echarts/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SatisfactionDashboardQuery } from '../../gql/graphql';
import { valueAxis } from './dashboard-meta';
import { EChart } from './EChart';

type TrendPoint = SatisfactionDashboardQuery['satisfactionFigures']['trend'][number];

const DIMENSIONS = ['responseSpeed', 'resolution', 'professionalism', 'attitude', 'overall'] as const;

/** The monthly average of each dimension (1–5) as lines; the overall averages drawn are on the container too (`data-values`). */
export function SatisfactionTrendChart({ points, loading = false }: { points: readonly TrendPoint[]; loading?: boolean }) {
  const { t } = useTranslation();
  const option = useMemo<EChartsCoreOption>(
    () => ({
      tooltip: { trigger: 'axis', valueFormatter: (value: unknown) => (typeof value === 'number' ? value.toFixed(2) : '—') },
      legend: { top: 0 },
      grid: { left: 40, right: 24, top: 56, bottom: 32 },
      xAxis: { type: 'category', data: points.map((point) => point.month) },
      yAxis: valueAxis(t('dashboard.satisfactionPage.axis'), { min: 1, max: 5 }),
      series: DIMENSIONS.map((dimension) => ({
        name: t(`dashboard.satisfactionPage.${dimension}`),
        type: 'line',
        connectNulls: true,
        data: points.map((point) => point[dimension]),
      })),
    }),
    [points, t],
  );
  const values = points.map((point) => `${point.month}:${point.overall?.toFixed(2) ?? '-'}`).join(' ');
  return <EChart option={option} loading={loading} data-testid="satisfaction-trend-chart" data-values={values} role="img" aria-label={t('dashboard.satisfactionPage.trendLabel')} />;
}
