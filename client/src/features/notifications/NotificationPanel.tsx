import { useQuery } from '@apollo/client/react';
import { Button, Empty, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeError } from '../../app/errors';
import { BELL_LIMIT } from './notification-meta';
import { NOTIFICATIONS } from './notifications.operations';
import { NotificationItem } from './NotificationItem';
import { useMarkRead } from './useNotifications';

interface Props {
  unread: number;
  /** Closes the popover (after a notification or a link was opened). */
  onDone(): void;
}

/** The bell's popover: the latest notifications, "mark all read", and the ways to the full list and the settings. */
export function NotificationPanel({ unread, onDone }: Props) {
  const { t } = useTranslation();
  const { data, error, loading } = useQuery(NOTIFICATIONS, { variables: { unreadOnly: false, limit: BELL_LIMIT }, fetchPolicy: 'cache-and-network' });
  const { markRead, marking } = useMarkRead();
  const notifications = data?.notifications ?? [];

  return (
    <div className="notification-panel" data-testid="notification-panel">
      <div className="notification-panel__head">
        <Typography.Text strong>{t('notifications.title')}</Typography.Text>
        <Button size="small" type="link" disabled={unread === 0} loading={marking} onClick={() => void markRead(null).catch(() => undefined)} data-testid="notifications-read-all">
          {t('notifications.markAllRead')}
        </Button>
      </div>
      <div className="notification-panel__list">
        {error && <Typography.Text type="danger">{describeError(t, error)}</Typography.Text>}
        {!data && loading && <Spin className="notification-panel__loading" />}
        {data && notifications.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} />}
        {notifications.map((notification) => (
          <NotificationItem key={notification.id} notification={notification} onOpened={onDone} />
        ))}
      </div>
      <div className="notification-panel__foot">
        <Link to="/notifications" onClick={onDone} data-testid="notifications-all">
          {t('notifications.viewAll')}
        </Link>
        <Link to="/settings/notifications" onClick={onDone} data-testid="notifications-settings">
          {t('notifications.settings')}
        </Link>
      </div>
    </div>
  );
}
