import type { EChartsCoreOption } from 'echarts/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RndDashboardQuery } from '../../gql/graphql';
import { BAR_MAX_WIDTH, valueAxis } from './dashboard-meta';
import { EChart } from './EChart';

export type WorkOrderStateFigure = RndDashboardQuery['rndFigures']['workOrdersByState'][number];

/** How many work orders are in each state; the counts drawn are on the container too (`data-values`). */
export function WorkOrdersByStateChart({ states, loading = false }: { states: readonly WorkOrderStateFigure[]; loading?: boolean }) {
  const { t } = useTranslation();
  const option = useMemo<EChartsCoreOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      grid: { left: 40, right: 16, top: 40, bottom: 56 },
      xAxis: { type: 'category', data: states.map((state) => t(`workOrderStatus.${state.status}`)), axisLabel: { interval: 0, rotate: 30 } },
      yAxis: valueAxis(t('dashboard.rnd.axis'), { minInterval: 1 }),
      series: [{ name: t('dashboard.rnd.count'), type: 'bar', barMaxWidth: BAR_MAX_WIDTH, data: states.map((state) => state.count) }],
    }),
    [states, t],
  );
  const values = states.map((state) => `${state.status}:${state.count}`).join(' ');
  return <EChart option={option} loading={loading} data-testid="rnd-state-chart" data-values={values} role="img" aria-label={t('dashboard.rnd.chartLabel')} />;
}
