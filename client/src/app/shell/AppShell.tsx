import { Alert, ConfigProvider, Layout, Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { useCurrentUser } from '../../features/auth/current-user';
import { mayReportFeedback } from '../../features/bug-feedback/feedback-meta';
import { ReportFeedbackButton } from '../../features/bug-feedback/ReportFeedbackButton';
import { NotificationBell } from '../../features/notifications/NotificationBell';
import { isPortalUser } from '../../features/portal/portal-meta';
import { useLiveStatus } from '../live-connection';
import { LanguageSwitch } from './LanguageSwitch';
import { LiveStatus } from './LiveStatus';
import { NAV_SECTIONS, useNavItems } from './nav-items';
import { UserMenu } from './UserMenu';
import './shell.css';

/** The header's menu a little tighter than antd's default, so that more entries fit. */
const NAV_THEME = { components: { Menu: { itemPaddingInline: 12 } } };

/** The signed-in frame: header with navigation, live status, language and user; the page below. */
export function AppShell() {
  const { t } = useTranslation();
  const status = useLiveStatus();
  const me = useCurrentUser();
  const { pathname } = useLocation();
  const navItems = useNavItems();
  const section = NAV_SECTIONS.find((key) => pathname.startsWith(`/${key}`)) ?? 'board';
  return (
    <Layout className="shell">
      <Layout.Header className="shell__header">
        <Link to="/" className="shell__brand">
          <img src="/favicon.svg" alt="" width={28} height={28} />
          <span>{t('app.brand')}</span>
        </Link>
        <ConfigProvider theme={NAV_THEME}>
          {/* Groups are rendered while closed too, so that their entries (and counts) are always in the page. */}
          <Menu mode="horizontal" className="shell__nav" selectedKeys={[section]} items={navItems} forceSubMenuRender />
        </ConfigProvider>
        <div className="shell__actions">
          {mayReportFeedback(me.roles) && <ReportFeedbackButton />}
          {!isPortalUser(me.roles) && <NotificationBell />}
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
