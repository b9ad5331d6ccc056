import { AuditOutlined, BarChartOutlined, BookOutlined, CarryOutOutlined, ContactsOutlined, CustomerServiceOutlined, ExperimentOutlined, FieldTimeOutlined, HourglassOutlined, MailOutlined, ProjectOutlined, SettingOutlined, SolutionOutlined, TableOutlined, ToolOutlined, WarningOutlined } from '@ant-design/icons';
import type { MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { mayApprove } from '../../features/approvals/approval-meta';
import { ApprovalsNavLabel } from '../../features/approvals/ApprovalsNavLabel';
import { useCurrentUser } from '../../features/auth/current-user';
import { mayOpenTestingQueue } from '../../features/bug-feedback/feedback-meta';
import { TestingNavLabel } from '../../features/bug-feedback/TestingNavLabel';
import { mayOpenComplaints } from '../../features/complaints/complaint-meta';
import { type DashboardPage, dashboardPagesFor } from '../../features/dashboards/dashboard-meta';
import { isPortalUser } from '../../features/portal/portal-meta';
import { mayOpenApplications } from '../../features/presales-applications/application-meta';
import { mayOpenRndQueue } from '../../features/rnd/rnd-meta';
import { RndNavLabel } from '../../features/rnd/RndNavLabel';
import { mayAdministerSla } from '../../features/sla-admin/sla-admin-meta';
import { MyTasksNavLabel } from '../../features/tasks/MyTasksNavLabel';
import { mayHaveTasks } from '../../features/tasks/task-meta';
import { mayOpenTicketQueue } from '../../features/tickets/ticket-meta';
import { TicketsNavLabel } from '../../features/tickets/TicketsNavLabel';
import { useWaitingTicketCount } from '../../features/tickets/useWaitingTicketCount';
import { mayOpenUninitiatedWork } from '../../features/uninitiated-work/uninitiated-meta';
import { NavGroupTitle } from './NavGroupTitle';

type Items = NonNullable<MenuProps['items']>;

/** Pages with their own entry in the header (the menu's keys); everything else belongs to the board. */
export const NAV_SECTIONS = [
  'tasks',
  'tracking',
  'approvals',
  'applications',
  'uninitiated',
  'complaints',
  'rnd',
  'testing',
  'tickets',
  'portal',
  'knowledge',
  'customers',
  'dashboards/service-desk',
  'dashboards/satisfaction',
  'dashboards/workload',
  'dashboards/rnd',
  'dashboards/work-reports',
  'admin/outbox',
  'admin',
] as const;

/** The test ids (`nav-…`) of the dashboards' entries. */
const DASHBOARD_NAV_IDS: Record<DashboardPage, string> = {
  'service-desk': 'service-desk-dashboard',
  satisfaction: 'satisfaction-dashboard',
  workload: 'workload-dashboard',
  rnd: 'rnd-dashboard',
  'work-reports': 'work-reports',
};

/**
 * The header's entries for the viewer's roles. The project work comes first, each entry on its
 * own; the service desk (the ticket queue, the knowledge base, the customers) and the
 * administration are a group each, so that the work stays in sight on a 1440 px screen. The
 * group of the ticket queue shows how many tickets wait, as the queue's own entry does.
 */
export function useNavItems(): Items {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const ticketQueue = mayOpenTicketQueue(me.roles);
  const waitingTickets = useWaitingTicketCount(!ticketQueue);

  // A customer in the portal sees the portal only.
  if (isPortalUser(me.roles)) return [{ key: 'portal', icon: <CustomerServiceOutlined />, label: <Link to="/portal" data-testid="nav-portal">{t('nav.portal')}</Link> }];

  const link = (to: string, name: string, label: string) => (
    <Link to={to} data-testid={`nav-${name}`}>
      {label}
    </Link>
  );
  const items: Items = [{ key: 'board', icon: <ProjectOutlined />, label: <Link to="/">{t('nav.board')}</Link> }];
  // Tasks go to the sales and the pre-sales of a project; the count of open ones stays fresh.
  if (mayHaveTasks(me.roles)) items.push({ key: 'tasks', icon: <CarryOutOutlined />, label: <MyTasksNavLabel /> });
  // The tracking table is a pre-sales' own (SPEC §4); others have none.
  if (me.roles.includes('PRESALES')) items.push({ key: 'tracking', icon: <TableOutlined />, label: link('/tracking', 'tracking', t('nav.tracking')) });
  // The inbox is for the roles of the approval chains; its count stays live.
  if (mayApprove(me.roles)) items.push({ key: 'approvals', icon: <AuditOutlined />, label: <ApprovalsNavLabel /> });
  if (mayOpenApplications(me.roles)) items.push({ key: 'applications', icon: <SolutionOutlined />, label: link('/applications', 'applications', t('nav.applications')) });
  if (mayOpenUninitiatedWork(me.roles)) items.push({ key: 'uninitiated', icon: <HourglassOutlined />, label: link('/uninitiated', 'uninitiated', t('nav.uninitiated')) });
  if (mayOpenComplaints(me.roles)) items.push({ key: 'complaints', icon: <WarningOutlined />, label: link('/complaints', 'complaints', t('nav.complaints')) });
  // R&D's queue, live with its count; work orders open from it.
  if (mayOpenRndQueue(me.roles)) items.push({ key: 'rnd', icon: <ToolOutlined />, label: <RndNavLabel /> });
  // The testers' queue counts what waits for them; the pre-sales are copied on it.
  if (me.roles.includes('TESTER')) items.push({ key: 'testing', icon: <ExperimentOutlined />, label: <TestingNavLabel /> });
  else if (mayOpenTestingQueue(me.roles)) items.push({ key: 'testing', icon: <ExperimentOutlined />, label: link('/testing', 'testing', t('nav.testing')) });

  // The service desk: the queue (counting the open tickets that are the viewer's or nobody's yet) for who works tickets; the knowledge base and customer profiles for all staff.
  const serviceDesk: Items = [];
  if (ticketQueue) serviceDesk.push({ key: 'tickets', icon: <CustomerServiceOutlined />, label: <TicketsNavLabel count={waitingTickets} /> });
  serviceDesk.push({ key: 'knowledge', icon: <BookOutlined />, label: link('/knowledge', 'knowledge', t('nav.knowledge')) });
  serviceDesk.push({ key: 'customers', icon: <ContactsOutlined />, label: link('/customers', 'customers', t('nav.customers')) });
  items.push({ key: 'service-desk', icon: <CustomerServiceOutlined />, label: <NavGroupTitle name="service-desk" label={t('nav.serviceDesk')} count={waitingTickets} />, children: serviceDesk });

  // The figures (SPEC §9): a page each, for the roles that may open it; the managers and the GM see all, an engineer their own.
  const dashboards = dashboardPagesFor(me.roles);
  if (dashboards.length > 0) {
    items.push({
      key: 'dashboards',
      icon: <BarChartOutlined />,
      label: <NavGroupTitle name="dashboards" label={t('nav.dashboards')} />,
      children: dashboards.map((page) => ({ key: `dashboards/${page}`, label: link(`/dashboards/${page}`, DASHBOARD_NAV_IDS[page], t(`dashboard.pages.${page}`)) })),
    });
  }

  // The administrator's settings.
  if (mayAdministerSla(me.roles)) {
    items.push({
      key: 'administration',
      icon: <SettingOutlined />,
      label: <NavGroupTitle name="administration" label={t('nav.administration')} />,
      children: [
        { key: 'admin', icon: <FieldTimeOutlined />, label: link('/admin/sla', 'sla', t('nav.slaAdmin')) },
        { key: 'admin/outbox', icon: <MailOutlined />, label: link('/admin/outbox', 'outbox', t('nav.outbox')) },
      ],
    });
  }
  return items;
}
