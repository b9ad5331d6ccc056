import { Card, Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../auth/current-user';
import { DashboardFilters } from './DashboardFilters';
import { DashboardPageFrame } from './DashboardPageFrame';
import { seesEveryEngineer } from './dashboard-meta';
import { WORKLOAD_DASHBOARD } from './dashboards.operations';
import { ExportButton } from './ExportButton';
import { useDashboardFilter } from './useDashboardFilter';
import { useLiveDashboardQuery } from './useLiveDashboardQuery';
import { WorkloadChart } from './WorkloadChart';
import { WorkloadTable } from './WorkloadTable';

/** Workload (SPEC §9): each engineer's tickets, projects, reports, complaints and performance level; an engineer sees their own row; live. */
export function WorkloadPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const { period, priority, setPeriod, setPriority, filter } = useDashboardFilter();
  const { data, error, loading, retry } = useLiveDashboardQuery(WORKLOAD_DASHBOARD, { filter });
  const rows = data?.workloadFigures ?? [];

  return (
    <DashboardPageFrame
      testId="workload-dashboard"
      title={t('dashboard.workload.title')}
      hint={t('dashboard.workload.hint')}
      scope={seesEveryEngineer(me.roles) ? undefined : t('dashboard.ownFigures')}
      filters={<DashboardFilters period={period} priority={priority} onPeriod={setPeriod} onPriority={setPriority} />}
      failure={{ title: t('dashboard.workload.loadFailed'), error, retry }}
    >
      <Card size="small" title={t('dashboard.workload.chartTitle')}>
        {data && rows.length === 0 ? <Empty description={t('dashboard.empty')} /> : <WorkloadChart rows={rows} loading={loading} />}
      </Card>
      <Card size="small" title={t('dashboard.workload.tableTitle')} extra={<ExportButton name="workload" params={filter} />}>
        <WorkloadTable rows={rows} loading={loading} />
      </Card>
    </DashboardPageFrame>
  );
}
