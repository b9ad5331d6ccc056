import { Card, Empty, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../auth/current-user';
import { DashboardPageFrame } from './DashboardPageFrame';
import { seesAllOfRnd } from './dashboard-meta';
import { RND_DASHBOARD } from './dashboards.operations';
import { ExportButton } from './ExportButton';
import { type RndChoice, RndFilters } from './RndFilters';
import { RndHoursCards } from './RndHoursCards';
import { ProjectCostsTable } from './ProjectCostsTable';
import { useDashboardFilter } from './useDashboardFilter';
import { useLiveDashboardQuery } from './useLiveDashboardQuery';
import { WorkOrdersByStateChart } from './WorkOrdersByStateChart';
import { WorkOrdersByStateTable } from './WorkOrdersByStateTable';

/**
 * R&D (SPEC §9): work orders by state, the hours to assign and to close them, and the R&D cost of
 * each project; live. An R&D engineer sees their own work orders and no project costs.
 */
export function RndDashboardPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const seesAll = seesAllOfRnd(me.roles);
  const { period, setPeriod } = useDashboardFilter();
  const [choice, setChoice] = useState<RndChoice>({ projectId: undefined, leadId: undefined });
  const filter = { ...period, projectId: choice.projectId ?? null, leadId: choice.leadId ?? null };
  const { data, error, loading, retry } = useLiveDashboardQuery(RND_DASHBOARD, { filter });
  const figures = data?.rndFigures;
  const states = figures?.workOrdersByState ?? [];

  return (
    <DashboardPageFrame
      testId="rnd-dashboard"
      title={t('dashboard.rnd.title')}
      hint={t('dashboard.rnd.hint')}
      scope={seesAll ? undefined : t('dashboard.rnd.ownWorkOrders')}
      filters={<RndFilters period={period} onPeriod={setPeriod} choice={choice} onChoice={setChoice} byLead={seesAll} />}
      failure={{ title: t('dashboard.rnd.loadFailed'), error, retry }}
    >
      <Card size="small" title={t('dashboard.rnd.workOrdersTitle')} extra={<ExportButton name="rnd-work-orders" params={filter} />}>
        {figures && states.every((state) => state.count === 0) ? <Empty description={t('dashboard.empty')} /> : <WorkOrdersByStateChart states={states} loading={loading} />}
        <WorkOrdersByStateTable states={states} loading={loading} />
      </Card>
      {figures ? <RndHoursCards figures={figures} /> : loading && <Skeleton active paragraph={{ rows: 2 }} />}
      {seesAll && (
        <Card size="small" title={t('dashboard.rnd.costsTitle')} extra={<ExportButton name="rnd-project-costs" params={filter} />}>
          <ProjectCostsTable rows={figures?.projectCosts ?? []} loading={loading} />
        </Card>
      )}
    </DashboardPageFrame>
  );
}
