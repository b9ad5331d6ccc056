import { useQuery } from '@apollo/client/react';
import { Card, Result, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReloadOnPush } from '../../app/live-reload';
import { LoadFailed } from '../../app/LoadFailed';
import type { TicketPriority } from '../../gql/graphql';
import { useCurrentUser } from '../auth/current-user';
import { TICKETS_CHANGED } from '../tickets/tickets.operations';
import { DashboardFilters } from './DashboardFilters';
import { mayOpenServiceDeskDashboard, type Period, thisMonth } from './dashboard-meta';
import { SERVICE_DESK_DASHBOARD } from './dashboards.operations';
import { FigureCards } from './FigureCards';
import { SlaAttainmentChart } from './SlaAttainmentChart';
import { SlaAttainmentTable } from './SlaAttainmentTable';
import './dashboards.css';

/**
 * The managers' service-desk dashboard (SPEC §9): SLA attainment per priority, the time
 * distributions, the rates and the satisfaction over a period; live, reloaded on each ticket
 * change. An engineer sees their own figures (the server narrows them).
 */
export function ServiceDeskDashboardPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const allowed = mayOpenServiceDeskDashboard(me.roles);
  const [period, setPeriod] = useState<Period>(() => thisMonth());
  const [priority, setPriority] = useState<TicketPriority | undefined>(undefined);
  const { data, previousData, error, loading, refetch } = useQuery(SERVICE_DESK_DASHBOARD, {
    variables: { filter: { ...period, priority: priority ?? null } },
    fetchPolicy: 'cache-and-network',
    skip: !allowed,
  });
  useReloadOnPush(TICKETS_CHANGED, refetch, !allowed);

  if (!allowed) return <Result status="403" title={t('dashboard.notAllowed')} />;
  const figures = (data ?? previousData)?.serviceDeskFigures;
  const rows = figures?.slaAttainment ?? [];

  return (
    <div className="dashboard" data-testid="service-desk-dashboard" data-period={`${period.from}/${period.to}`}>
      <Typography.Title level={3}>{t('dashboard.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('dashboard.hint')}</Typography.Paragraph>
      <DashboardFilters period={period} priority={priority} onPeriod={setPeriod} onPriority={setPriority} />
      {error && <LoadFailed title={t('dashboard.loadFailed')} error={error} onRetry={() => void refetch().catch(() => undefined)} />}
      <Card size="small" title={t('dashboard.sla.title')} className="dashboard-card">
        <SlaAttainmentChart rows={rows} />
        <SlaAttainmentTable rows={rows} loading={loading && !figures} />
      </Card>
      {figures && <FigureCards figures={figures} />}
    </div>
  );
}
