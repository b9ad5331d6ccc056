import { SettingOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Empty, Segmented, Space, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ListPage } from '../../app/ListPage';
import { PAGE_LIMIT } from './notification-meta';
import { NOTIFICATIONS } from './notifications.operations';
import { NotificationItem } from './NotificationItem';
import { useMarkRead, useUnreadNotifications } from './useNotifications';
import './notifications.css';

type Filter = 'all' | 'unread';

/** All of the viewer's notifications, newest first, or the unread ones only (?filter=unread); live with the bell. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const filter: Filter = searchParams.get('filter') === 'unread' ? 'unread' : 'all';
  const unread = useUnreadNotifications();
  const { data, error, loading, refetch } = useQuery(NOTIFICATIONS, { variables: { unreadOnly: filter === 'unread', limit: PAGE_LIMIT }, fetchPolicy: 'cache-and-network' });
  const { markRead, marking } = useMarkRead();
  const notifications = data?.notifications ?? [];

  return (
    <ListPage
      title={t('notifications.title')}
      extra={
        <Link to="/settings/notifications">
          <Button icon={<SettingOutlined />}>{t('notifications.settings')}</Button>
        </Link>
      }
      hint={t('notifications.hint')}
      loadFailed={t('notifications.loadFailed')}
      error={error}
      onRetry={() => void refetch().catch(() => undefined)}
    >
      <div className="notifications-page__toolbar">
        <Segmented<Filter>
          value={filter}
          onChange={(value) => setSearchParams(value === 'all' ? {} : { filter: value }, { replace: true })}
          options={[
            { value: 'all', label: t('notifications.filterAll') },
            { value: 'unread', label: t('notifications.filterUnread', { count: unread }) },
          ]}
          data-testid="notifications-filter"
        />
        <Space>
          <Button disabled={unread === 0} loading={marking} onClick={() => void markRead(null).catch(() => undefined)} data-testid="notifications-page-read-all">
            {t('notifications.markAllRead')}
          </Button>
        </Space>
      </div>
      <div data-testid="notifications-list" data-filter={filter}>
        {!data && loading && <Spin />}
        {data && notifications.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(filter === 'unread' ? 'notifications.noneUnread' : 'notifications.empty')} />}
        {notifications.map((notification) => (
          <NotificationItem key={notification.id} notification={notification} />
        ))}
      </div>
    </ListPage>
  );
}
