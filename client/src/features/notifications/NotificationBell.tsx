import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Popover } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NotificationPanel } from './NotificationPanel';
import { useUnreadNotifications } from './useNotifications';
import './notifications.css';

/** The header's bell: the unread count, live, and the latest notifications in a popover. */
export function NotificationBell() {
  const { t } = useTranslation();
  const unread = useUnreadNotifications();
  const [open, setOpen] = useState(false);
  const label = t('notifications.bell', { count: unread });
  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      placement="bottomRight"
      arrow={false}
      destroyOnHidden
      content={<NotificationPanel unread={unread} onDone={() => setOpen(false)} />}
    >
      <Badge count={unread} size="small" overflowCount={99} offset={[-4, 4]}>
        <Button type="text" icon={<BellOutlined />} aria-label={label} title={label} data-testid="notification-bell" data-unread={unread} />
      </Badge>
    </Popover>
  );
}
