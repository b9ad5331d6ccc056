import { ProjectOutlined, TableOutlined } from '@ant-design/icons';
import { Alert, Layout, Menu, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { useCurrentUser } from '../../features/auth/current-user';
import { useLiveStatus } from '../live-connection';
import { LanguageSwitch } from './LanguageSwitch';
import { LiveStatus } from './LiveStatus';
import { UserMenu } from './UserMenu';
import './shell.css';

/** The signed-in frame: header with navigation, live status, language and user; the page below. */
export function AppShell() {
  const { t } = useTranslation();
  const status = useLiveStatus();
  const me = useCurrentUser();
  const { pathname } = useLocation();
  const navItems: NonNullable<MenuProps['items']> = [{ key: 'board', icon: <ProjectOutlined />, label: <Link to="/">{t('nav.board')}</Link> }];
  // The tracking table is a pre-sales' own (SPEC §4); others have none.
  if (me.roles.includes('PRESALES')) {
    navItems.push({ key: 'tracking', icon: <TableOutlined />, label: <Link to="/tracking" data-testid="nav-tracking">{t('nav.tracking')}</Link> });
  }
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
          selectedKeys={[pathname.startsWith('/tracking') ? 'tracking' : 'board']}
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
