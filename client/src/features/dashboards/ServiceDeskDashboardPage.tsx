import { Card, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../auth/current-user';
import { DashboardFilters } from './DashboardFilters';
import { DashboardPageFrame } from './DashboardPageFrame';
import { seesEveryEngineer } from './dashboard-meta';
import { SERVICE_DESK_DASHBOARD } from './dashboards.operations';
import { ExportButton } from './ExportButton';
import { FigureCards } from './FigureCards';
import { SlaAttainmentChart } from './SlaAttainmentChart';
import { SlaAttainmentTable } from './SlaAttainmentTable';
import { useDashboardFilter } from './useDashboardFilter';
import { useLiveDashboardQuery } from './useLiveDashboardQuery';

/**
 * The managers' service-desk dashboard (SPEC §9): SLA attainment per priority, the time
 * distributions, the rates and the satisfaction over a period; live, reloaded on each change
 * the dashboards count. An engineer sees their own figures (the server narrows them).
 */
export function ServiceDeskDashboardPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const { period, priority, setPeriod, setPriority, filter } = useDashboardFilter();
  const { data, error, loading, retry } = useLiveDashboardQuery(SERVICE_DESK_DASHBOARD, { filter });
  const figures = data?.serviceDeskFigures;
  const rows = figures?.slaAttainment ?? [];

  return (
    <DashboardPageFrame
      testId="service-desk-dashboard"
      title={t('dashboard.title')}
      hint={t('dashboard.hint')}
      scope={seesEveryEngineer(me.roles) ? undefined : t('dashboard.ownFigures')}
      filters={<DashboardFilters period={period} priority={priority} onPeriod={setPeriod} onPriority={setPriority} />}
      failure={{ title: t('dashboard.loadFailed'), error, retry }}
    >
      <Card size="small" title={t('dashboard.sla.title')} className="dashboard-card" extra={<ExportButton name="sla-attainment" params={filter} />}>
        <SlaAttainmentChart rows={rows} loading={loading} />
        <SlaAttainmentTable rows={rows} loading={loading} />
      </Card>
      {figures ? <FigureCards figures={figures} /> : loading && <Skeleton active />}
    </DashboardPageFrame>
  );
}
