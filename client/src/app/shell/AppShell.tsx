import { ProjectOutlined } from '@ant-design/icons';
import { Alert, Layout, Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { useLiveStatus } from '../live-connection';
import { LanguageSwitch } from './LanguageSwitch';
import { LiveStatus } from './LiveStatus';
import { UserMenu } from './UserMenu';
import './shell.css';

/** The signed-in frame: header with navigation, live status, language and user; the page below. */
export function AppShell() {
  const { t } = useTranslation();
  const status = useLiveStatus();
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
          selectedKeys={['board']}
          items={[{ key: 'board', icon: <ProjectOutlined />, label: <Link to="/">{t('nav.board')}</Link> }]}
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
