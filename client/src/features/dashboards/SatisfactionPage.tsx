import { Card, Empty, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../auth/current-user';
import { DashboardFilters } from './DashboardFilters';
import { DashboardPageFrame } from './DashboardPageFrame';
import { seesEveryEngineer } from './dashboard-meta';
import { SATISFACTION_DASHBOARD } from './dashboards.operations';
import { ExportButton } from './ExportButton';
import { SatisfactionCards } from './SatisfactionCards';
import { SatisfactionPerEngineerTable } from './SatisfactionPerEngineerTable';
import { SatisfactionTrendChart } from './SatisfactionTrendChart';
import { useDashboardFilter } from './useDashboardFilter';
import { useLiveDashboardQuery } from './useLiveDashboardQuery';

/** Satisfaction (SPEC §9): the averages of each dimension, their monthly trend, and each engineer's; live. */
export function SatisfactionPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const { period, priority, setPeriod, setPriority, filter } = useDashboardFilter();
  const { data, error, loading, retry } = useLiveDashboardQuery(SATISFACTION_DASHBOARD, { filter });
  const figures = data?.satisfactionFigures;

  return (
    <DashboardPageFrame
      testId="satisfaction-dashboard"
      title={t('dashboard.satisfactionPage.title')}
      hint={t('dashboard.satisfactionPage.hint')}
      scope={seesEveryEngineer(me.roles) ? undefined : t('dashboard.ownFigures')}
      filters={<DashboardFilters period={period} priority={priority} onPeriod={setPeriod} onPriority={setPriority} />}
      failure={{ title: t('dashboard.satisfactionPage.loadFailed'), error, retry }}
    >
      {figures ? <SatisfactionCards overall={figures.overall} /> : loading && <Skeleton active paragraph={{ rows: 2 }} />}
      <Card size="small" title={t('dashboard.satisfactionPage.trendTitle')} extra={<ExportButton name="satisfaction-trend" params={filter} />}>
        {figures && figures.trend.length === 0 ? <Empty description={t('dashboard.empty')} /> : <SatisfactionTrendChart points={figures?.trend ?? []} loading={loading} />}
      </Card>
      <Card size="small" title={t('dashboard.satisfactionPage.perEngineerTitle')} extra={<ExportButton name="satisfaction-per-engineer" params={filter} />}>
        <SatisfactionPerEngineerTable rows={figures?.perEngineer ?? []} loading={loading} />
      </Card>
    </DashboardPageFrame>
  );
}
