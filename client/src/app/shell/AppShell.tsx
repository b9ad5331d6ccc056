import { AuditOutlined, CarryOutOutlined, HourglassOutlined, ProjectOutlined, SolutionOutlined, TableOutlined, WarningOutlined } from '@ant-design/icons';
import { Alert, Layout, Menu, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { mayApprove } from '../../features/approvals/approval-meta';
import { ApprovalsNavLabel } from '../../features/approvals/ApprovalsNavLabel';
import { useCurrentUser } from '../../features/auth/current-user';
import { mayOpenComplaints } from '../../features/complaints/complaint-meta';
import { mayOpenApplications } from '../../features/presales-applications/application-meta';
import { MyTasksNavLabel } from '../../features/tasks/MyTasksNavLabel';
import { mayHaveTasks } from '../../features/tasks/task-meta';
import { mayOpenUninitiatedWork } from '../../features/uninitiated-work/uninitiated-meta';
import { useLiveStatus } from '../live-connection';
import { LanguageSwitch } from './LanguageSwitch';
import { LiveStatus } from './LiveStatus';
import { UserMenu } from './UserMenu';
import './shell.css';

/** Pages with their own entry in the header; everything else belongs to the board. */
const NAV_SECTIONS = ['tasks', 'tracking', 'approvals', 'applications', 'uninitiated', 'complaints'] as const;

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
          items={navItems}
        />
        <div className="shell__actions">
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
