import { AuditOutlined, BookOutlined, CarryOutOutlined, ContactsOutlined, CustomerServiceOutlined, ExperimentOutlined, FieldTimeOutlined, HourglassOutlined, ProjectOutlined, SolutionOutlined, TableOutlined, ToolOutlined, WarningOutlined } from '@ant-design/icons';
import { Alert, Layout, Menu, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { mayApprove } from '../../features/approvals/approval-meta';
import { ApprovalsNavLabel } from '../../features/approvals/ApprovalsNavLabel';
import { useCurrentUser } from '../../features/auth/current-user';
import { mayOpenTestingQueue, mayReportFeedback } from '../../features/bug-feedback/feedback-meta';
import { ReportFeedbackButton } from '../../features/bug-feedback/ReportFeedbackButton';
import { TestingNavLabel } from '../../features/bug-feedback/TestingNavLabel';
import { mayOpenComplaints } from '../../features/complaints/complaint-meta';
import { isPortalUser } from '../../features/portal/portal-meta';
import { mayOpenApplications } from '../../features/presales-applications/application-meta';
import { mayOpenRndQueue } from '../../features/rnd/rnd-meta';
import { mayAdministerSla } from '../../features/sla-admin/sla-admin-meta';
import { RndNavLabel } from '../../features/rnd/RndNavLabel';
import { MyTasksNavLabel } from '../../features/tasks/MyTasksNavLabel';
import { mayHaveTasks } from '../../features/tasks/task-meta';
import { mayOpenTicketQueue } from '../../features/tickets/ticket-meta';
import { TicketsNavLabel } from '../../features/tickets/TicketsNavLabel';
import { mayOpenUninitiatedWork } from '../../features/uninitiated-work/uninitiated-meta';
import { useLiveStatus } from '../live-connection';
import { LanguageSwitch } from './LanguageSwitch';
import { LiveStatus } from './LiveStatus';
import { UserMenu } from './UserMenu';
import './shell.css';

/** Pages with their own entry in the header; everything else belongs to the board. */
const NAV_SECTIONS = ['tasks', 'tracking', 'approvals', 'applications', 'uninitiated', 'complaints', 'rnd', 'testing', 'tickets', 'portal', 'knowledge', 'customers', 'admin'] as const;

/** The signed-in frame: header with navigation, live status, language and user; the page below. */
export function AppShell() {
  const { t } = useTranslation();
  const status = useLiveStatus();
  const me = useCurrentUser();
  const { pathname } = useLocation();
  const navItems: NonNullable<MenuProps['items']> = [{ key: 'board', icon: <ProjectOutlined />, label: <Link to="/">{t('nav.board')}</Link> }];
  // Tasks go to the sales and the pre-sales of a project; the count of open ones stays fresh.
  if (mayHaveTasks(me.roles)) navItems.push({ key: 'tasks', icon: <CarryOutOutlined />, label: <MyTasksNavLabel /> });
  // The tracking table is a pre-sales' own (SPEC §4); others have none.
  if (me.roles.includes('PRESALES')) {
    navItems.push({ key: 'tracking', icon: <TableOutlined />, label: <Link to="/tracking" data-testid="nav-tracking">{t('nav.tracking')}</Link> });
  }
  // The inbox is for the roles of the approval chains; its count stays live.
  if (mayApprove(me.roles)) navItems.push({ key: 'approvals', icon: <AuditOutlined />, label: <ApprovalsNavLabel /> });
  if (mayOpenApplications(me.roles)) {
    navItems.push({ key: 'applications', icon: <SolutionOutlined />, label: <Link to="/applications" data-testid="nav-applications">{t('nav.applications')}</Link> });
  }
  if (mayOpenUninitiatedWork(me.roles)) {
    navItems.push({ key: 'uninitiated', icon: <HourglassOutlined />, label: <Link to="/uninitiated" data-testid="nav-uninitiated">{t('nav.uninitiated')}</Link> });
  }
  if (mayOpenComplaints(me.roles)) {
    navItems.push({ key: 'complaints', icon: <WarningOutlined />, label: <Link to="/complaints" data-testid="nav-complaints">{t('nav.complaints')}</Link> });
  }
  // R&D's queue, live with its count; work orders open from it.
  if (mayOpenRndQueue(me.roles)) navItems.push({ key: 'rnd', icon: <ToolOutlined />, label: <RndNavLabel /> });
  // The testers' queue counts what waits for them; the pre-sales are copied on it.
  if (me.roles.includes('TESTER')) navItems.push({ key: 'testing', icon: <ExperimentOutlined />, label: <TestingNavLabel /> });
  else if (mayOpenTestingQueue(me.roles)) {
    navItems.push({ key: 'testing', icon: <ExperimentOutlined />, label: <Link to="/testing" data-testid="nav-testing">{t('nav.testing')}</Link> });
  }
  // The service desk's queue, counting the open tickets that are the viewer's or nobody's yet.
  if (mayOpenTicketQueue(me.roles)) navItems.push({ key: 'tickets', icon: <CustomerServiceOutlined />, label: <TicketsNavLabel /> });
  // The knowledge base and customer profiles are for all staff; the SLA settings are the administrator's.
  if (!isPortalUser(me.roles)) {
    navItems.push({ key: 'knowledge', icon: <BookOutlined />, label: <Link to="/knowledge" data-testid="nav-knowledge">{t('nav.knowledge')}</Link> });
    navItems.push({ key: 'customers', icon: <ContactsOutlined />, label: <Link to="/customers" data-testid="nav-customers">{t('nav.customers')}</Link> });
  }
  if (mayAdministerSla(me.roles)) navItems.push({ key: 'admin', icon: <FieldTimeOutlined />, label: <Link to="/admin/sla" data-testid="nav-sla">{t('nav.slaAdmin')}</Link> });
  // A customer in the portal sees the portal only.
  const portalItems: NonNullable<MenuProps['items']> = [
    { key: 'portal', icon: <CustomerServiceOutlined />, label: <Link to="/portal" data-testid="nav-portal">{t('nav.portal')}</Link> },
  ];
  const section = NAV_SECTIONS.find((key) => pathname.startsWith(`/${key}`)) ?? 'board';
  return (
    <Layout className="shell">
      <Layout.Header className="shell__header">
        <Link to="/" className="shell__brand">
          <img src="/favicon.svg" alt="" width={28} height={28} />
          <span>{t('app.brand')}</span>
        </Link>
        <Menu
          mode="horizontal"
          className="shell__nav"
          selectedKeys={[section]}
          items={isPortalUser(me.roles) ? portalItems : navItems}
        />
        <div className="shell__actions">
          {mayReportFeedback(me.roles) && <ReportFeedbackButton />}
          <LiveStatus status={status} />
          <LanguageSwitch />
          <UserMenu />
        </div>
      </Layout.Header>
      {status === 'reconnecting' && (
        <div data-testid="live-banner">
          <Alert banner type="warning" showIcon title={t('live.disconnected')} />
        </div>
      )}
      <Layout.Content className="shell__content">
        <Outlet />
      </Layout.Content>
    </Layout>
  );
}
