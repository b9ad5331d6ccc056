import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useFormatDateTime } from '../../app/format';
import type { NotificationItemFragment } from '../../gql/graphql';
import { useRuleName } from './notification-meta';
import { useMarkRead } from './useNotifications';

interface Props {
  notification: NotificationItemFragment;
  /** After it was opened (e.g. to close the popover it is in). */
  onOpened?(): void;
}

/** One notification: unread mark, subject, whether the viewer is its addressee or copied, the rule and when. Opening it marks it read and goes to its record. */
export function NotificationItem({ notification, onOpened }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const formatDateTime = useFormatDateTime();
  const ruleName = useRuleName();
  const { markRead } = useMarkRead();
  const unread = notification.readAt === null;

  const open = () => {
    if (unread) void markRead([notification.id]).catch(() => undefined);
    onOpened?.();
    void navigate(notification.link);
  };

  return (
    <button
      type="button"
      className={`notification-item${unread ? ' notification-item--unread' : ''}`}
      onClick={open}
      data-testid={`notification-${notification.id}`}
      data-read={unread ? 'false' : 'true'}
    >
      <span className="notification-item__dot" aria-hidden />
      <span className="notification-item__main">
        <span className="notification-item__subject" data-testid="notification-subject">
          {notification.subject}
        </span>
        <span className="notification-item__meta">
          <Tag color={notification.recipientRole === 'TO' ? 'blue' : 'default'} variant="filled" data-testid="notification-role">
            {t(`notifications.role.${notification.recipientRole}`)}
          </Tag>
          <span>{ruleName(notification.rule)}</span>
          <span>{formatDateTime(notification.createdAt)}</span>
        </span>
      </span>
    </button>
  );
}
