import type { EChartsCoreOption } from 'echarts/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RndDashboardQuery } from '../../gql/graphql';
import { EChart } from './EChart';

export type WorkOrderStateFigure = RndDashboardQuery['rndFigures']['workOrdersByState'][number];

/** How many work orders are in each state; the counts drawn are on the container too (`data-values`). */
export function WorkOrdersByStateChart({ states }: { states: readonly WorkOrderStateFigure[] }) {
  const { t } = useTranslation();
  const option = useMemo<EChartsCoreOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      grid: { left: 40, right: 16, top: 16, bottom: 56 },
      xAxis: { type: 'category', data: states.map((state) => t(`workOrderStatus.${state.status}`)), axisLabel: { interval: 0, rotate: 30 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ name: t('dashboard.rnd.count'), type: 'bar', data: states.map((state) => state.count) }],
    }),
    [states, t],
  );
  const values = states.map((state) => `${state.status}:${state.count}`).join(' ');
  return <EChart option={option} data-testid="rnd-state-chart" data-values={values} role="img" aria-label={t('dashboard.rnd.chartLabel')} />;
}
