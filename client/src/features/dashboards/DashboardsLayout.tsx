import { Button, Result, Tabs } from 'antd';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import type { TicketPriority } from '../../gql/graphql';
import { useCurrentUser } from '../auth/current-user';
import { type DashboardPage, dashboardPagesFor, mayOpenDashboard, type Period, thisMonth } from './dashboard-meta';
import type { DashboardFilterState } from './useDashboardFilter';
import './dashboards.css';

/** The sub-navigation over the pages the viewer may open. */
function DashboardTabs({ pages }: { pages: readonly DashboardPage[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const active = pages.find((page) => pathname.startsWith(`/dashboards/${page}`));
  return (
    <Tabs
      className="dashboards__tabs"
      // No tab is lit on a page the viewer may not open (Tabs would light the first).
      activeKey={active ?? ''}
      onChange={(page) => void navigate(`/dashboards/${page}`)}
      items={pages.map((page) => ({ key: page, label: <span data-testid={`dashboard-tab-${page}`}>{t(`dashboard.pages.${page}`)}</span> }))}
    />
  );
}

/**
 * The dashboards (SPEC §9): a tab per page the viewer may open, and the period and priority the
 * figures are taken over, kept while moving between the pages.
 */
export function DashboardsLayout() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const pages = dashboardPagesFor(me.roles);
  const [period, setPeriod] = useState<Period>(() => thisMonth());
  const [priority, setPriority] = useState<TicketPriority | undefined>(undefined);
  const filter = useMemo<DashboardFilterState>(() => ({ period, priority, setPeriod, setPriority }), [period, priority]);

  if (pages.length === 0) return <Result status="403" title={t('dashboard.notAllowed')} subTitle={t('dashboard.noDashboards')} />;
  return (
    <div className="dashboards">
      <DashboardTabs pages={pages} />
      <Outlet context={filter} />
    </div>
  );
}

/** /dashboards: the first page the viewer may open (DashboardsLayout refuses a viewer who may open none). */
export function DashboardsIndex() {
  const me = useCurrentUser();
  const [first] = dashboardPagesFor(me.roles);
  return <Navigate to={`/dashboards/${first}`} replace />;
}

/** A page of the dashboards, or a refusal for a viewer who may not open it (the server would refuse its figures), with a way to the first page they may. */
export function DashboardGate({ page, children }: { page: DashboardPage; children: ReactNode }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  if (mayOpenDashboard(me.roles, page)) return children;
  const [first] = dashboardPagesFor(me.roles);
  return (
    <Result
      status="403"
      title={t('dashboard.notAllowed')}
      subTitle={t('dashboard.notAllowedHint')}
      extra={
        first && (
          <Button type="primary" onClick={() => void navigate(`/dashboards/${first}`)}>
            {t('dashboard.goTo', { page: t(`dashboard.pages.${first}`) })}
          </Button>
        )
      }
    />
  );
}
